using System.Globalization;

namespace TokenFlex.Scenarios.Benchmarks;

/// <summary>A benchmark fleet size: campuses × periods × configurations × stage-2 scenarios.</summary>
/// <param name="Campuses">Number of campuses.</param>
/// <param name="Periods">Periods in the day: 24 (hourly) or 96 (15-minute).</param>
/// <param name="Configurations">Configurations: 8 (the catalogue on H100) or 16 (plus an H200 variant of each).</param>
/// <param name="Scenarios">Stage-2 scenarios (1 = deterministic).</param>
public sealed record FleetSize(int Campuses, int Periods, int Configurations, int Scenarios)
{
    /// <summary>Parses <c>30x96x16</c> or <c>30x96x16x10</c>.</summary>
    public static FleetSize Parse(string text)
    {
        var parts = text.Split('x', StringSplitOptions.TrimEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (parts.Length is < 3 or > 4 || parts.Any(p => p < 1))
        {
            throw new FormatException($"'{text}' is not a fleet size; write campusesxperiodsxconfigurations[xscenarios], e.g. 30x96x16.");
        }

        return new FleetSize(parts[0], parts[1], parts[2], parts.Length == 4 ? parts[3] : 1);
    }

    public override string ToString() =>
        Scenarios == 1 ? $"{Campuses}x{Periods}x{Configurations}" : $"{Campuses}x{Periods}x{Configurations}x{Scenarios}";
}
