using System.Globalization;
using System.Text.Json;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Reporting;

/// <summary>
/// Text forms shared by every report file, so a number or a time reads the same in CSV and JSON.
/// </summary>
public static class ReportFormat
{
    /// <summary>
    /// Formats a number losslessly and without an exponent: the shortest string that parses back to
    /// exactly the same <see cref="double"/> ("R"), with any exponent expanded into plain digits, so
    /// 1e-5 is written <c>0.00001</c> and never <c>1E-05</c>. Negative zero is written <c>0</c>;
    /// NaN and infinities are written as an empty string (an empty CSV cell).
    /// </summary>
    /// <param name="value">Any value, in the unit its column names.</param>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return "";
        }

        if (value == 0)
        {
            return "0";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        return e < 0 ? text : ExpandExponent(text[..e], int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>An instant as RFC 3339 UTC, e.g. <c>2025-07-15T00:00:00Z</c> (fractions only if non-zero).</summary>
    /// <param name="value">The instant; converted to UTC.</param>
    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>A solve status in camelCase: optimal, feasible, infeasible, unbounded, noSolution, error.</summary>
    /// <param name="status">The status.</param>
    public static string Status(SolveStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    private static string ExpandExponent(string mantissa, int exponent)
    {
        var negative = mantissa.StartsWith('-');
        if (negative)
        {
            mantissa = mantissa[1..];
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        string body;
        if (point <= 0)
        {
            body = "0." + new string('0', -point) + digits;
        }
        else if (point >= digits.Length)
        {
            body = digits + new string('0', point - digits.Length);
        }
        else
        {
            body = digits[..point] + "." + digits[point..];
        }

        return negative ? "-" + body : body;
    }
}
