using System.Globalization;
using TokenFlex.Core.Time;

namespace TokenFlex.Scenarios.Diagnostics;

/// <summary>Amounts with units and period ranges as they appear in diagnosis sentences.</summary>
public static class DiagnosisText
{
    /// <summary>A token rate: "5.2 M tok/s", "950 k tok/s", "12 tok/s".</summary>
    /// <param name="tokensPerSecond">Rate [tok/s].</param>
    public static string Rate(double tokensPerSecond) => Scaled(tokensPerSecond) + "tok/s";

    /// <summary>A token volume: "1.2 G tokens".</summary>
    /// <param name="tokens">Volume [tokens].</param>
    public static string Tokens(double tokens) => Scaled(tokens) + "tokens";

    /// <summary>A power: "1,250 kW", or "0.35 kW" below 100 kW.</summary>
    /// <param name="kw">Power [kW].</param>
    public static string Kw(double kw) => Number(kw) + " kW";

    /// <summary>A number with three significant digits below 100 and thousands separators above.</summary>
    /// <param name="value">The number.</param>
    public static string Number(double value) => Math.Abs(value) >= 100
        ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// The time span of periods <paramref name="first"/>…<paramref name="last"/>: "2025-03-24 17:00–20:00 UTC",
    /// "2025-03-24 22:00 – 2025-03-25 03:00 UTC", or "the whole horizon" for -1.
    /// </summary>
    /// <param name="grid">The scenario's time grid.</param>
    /// <param name="first">First period (0-based).</param>
    /// <param name="last">Last period (inclusive).</param>
    public static string Range(TimeGrid grid, int first, int last)
    {
        if (first < 0)
        {
            return "the whole horizon";
        }

        var start = grid.PeriodStartUtc(first).UtcDateTime;
        var end = grid.PeriodStartUtc(last + 1).UtcDateTime;
        var day = start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        if (end.Date == start.Date)
        {
            return $"{day}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";
        }

        return end == start.Date.AddDays(1)
            ? $"{day}–24:00 UTC"
            : $"{day} – {end.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
    }

    /// <summary>"campus pjm" or "campuses caiso, pjm"; empty for none.</summary>
    /// <param name="campusIds">Campus ids.</param>
    public static string Campuses(IReadOnlyList<string> campusIds) => campusIds.Count switch
    {
        0 => "",
        1 => $"campus {campusIds[0]}",
        _ => $"campuses {string.Join(", ", campusIds)}",
    };

    /// <summary>Splits ascending periods into runs of consecutive periods: [1,2,3,7] → (1,3), (7,7).</summary>
    /// <param name="periods">Periods in ascending order.</param>
    public static IEnumerable<(int First, int Last)> Runs(IEnumerable<int> periods)
    {
        int? first = null;
        var last = 0;
        foreach (var t in periods)
        {
            if (first is not null && t == last + 1)
            {
                last = t;
                continue;
            }

            if (first is { } f)
            {
                yield return (f, last);
            }

            (first, last) = (t, t);
        }

        if (first is { } open)
        {
            yield return (open, last);
        }
    }

    private static string Scaled(double value)
    {
        var magnitude = Math.Abs(value);
        var (divisor, prefix) = magnitude switch
        {
            >= 1e9 => (1e9, "G "),
            >= 1e6 => (1e6, "M "),
            >= 1e3 => (1e3, "k "),
            _ => (1.0, ""),
        };
        var scaled = value / divisor;
        var format = Math.Abs(scaled) >= 100 ? "0" : Math.Abs(scaled) >= 10 ? "0.#" : "0.##";
        return scaled.ToString(format, CultureInfo.InvariantCulture) + " " + prefix;
    }
}
