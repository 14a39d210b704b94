using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TokenFlex.OpenAdr.Reading;

/// <summary>
/// ISO 8601 durations as OpenADR 3 writes them (<c>PT1H</c>, <c>PT15M</c>, <c>P1D</c>), with the pattern of the
/// specification's <c>duration</c> schema. Years and months have no fixed length and are refused, except the
/// specification's <c>P9999Y</c>, which means "infinity" and is read as <see cref="TimeSpan.MaxValue"/>.
/// </summary>
public static partial class IsoDuration
{
    /// <summary>Parses a duration; null with a reason when the text is not one TokenFlex can use.</summary>
    /// <param name="text">The duration text, e.g. <c>PT1H</c>.</param>
    /// <param name="reason">Why the text was refused, or null.</param>
    public static TimeSpan? TryParse(string text, out string? reason)
    {
        reason = null;
        if (text == "P9999Y")
        {
            return TimeSpan.MaxValue;
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            reason = "must be an ISO 8601 duration such as PT1H or PT15M";
            return null;
        }

        if (match.Groups["y"].Success || match.Groups["mo"].Success)
        {
            reason = "years and months have no fixed length; give the duration in weeks, days, hours, minutes or seconds";
            return null;
        }

        var days = Number(match, "d") * (match.Groups["unit"].Value == "W" ? 7 : 1);
        var span = TimeSpan.FromDays(days) + TimeSpan.FromHours(Number(match, "h"))
                   + TimeSpan.FromMinutes(Number(match, "mi")) + TimeSpan.FromSeconds(Number(match, "s"));
        return match.Groups["neg"].Value == "-" ? -span : span;
    }

    /// <summary>Writes a duration in the shortest form, e.g. <c>PT1H</c>, <c>PT15M</c>, <c>PT1H30M</c>, <c>PT0S</c>.</summary>
    /// <param name="duration">A non-negative duration.</param>
    public static string Format(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var text = new StringBuilder("P");
        if (duration.Days > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{duration.Days}D");
        }

        var rest = duration - TimeSpan.FromDays(duration.Days);
        if (rest > TimeSpan.Zero || duration == TimeSpan.Zero)
        {
            text.Append('T');
            Append(text, rest.Hours, 'H');
            Append(text, rest.Minutes, 'M');
            var seconds = rest.Seconds + rest.Milliseconds / 1000.0;
            if (seconds > 0 || rest == TimeSpan.Zero)
            {
                text.Append(seconds.ToString("0.###", CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, int value, char unit)
    {
        if (value > 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    private static double Number(Match match, string group) =>
        match.Groups[group].Success ? double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?<neg>-?)P(?=\d|T\d)(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<d>\d+)(?<unit>[DW]))?"
                    + @"(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
