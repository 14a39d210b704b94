using System.Globalization;

namespace TokenFlex.Data.Json;

/// <summary>
/// Recognises a key written with the wrong unit suffix (<c>gridImportLimitMw</c> for <c>gridImportLimitKw</c>)
/// and says how to convert the value, since renaming the key alone would make it wrong by a factor.
/// </summary>
internal static class UnitSuffixes
{
    /// <summary>Unit suffixes by quantity: suffix, display name and size in the quantity's base unit.</summary>
    private static readonly (string Suffix, string Display, double Size)[][] Quantities =
    [
        [("W", "W", 1e-3), ("Kw", "kW", 1), ("Mw", "MW", 1e3), ("Gw", "GW", 1e6)],
        [("Wh", "Wh", 1e-3), ("Kwh", "kWh", 1), ("Mwh", "MWh", 1e3), ("Gwh", "GWh", 1e6)],
        [("UsdPerWh", "USD/Wh", 1e6), ("UsdPerKwh", "USD/kWh", 1e3), ("UsdPerMwh", "USD/MWh", 1)],
        [("UsdPerKw", "USD/kW", 1), ("UsdPerMw", "USD/MW", 1e-3)],
        [("Ms", "ms", 1e-3), ("Seconds", "s", 1), ("Minutes", "min", 60), ("Hours", "h", 3600)],
        [("Fraction", "fraction", 1), ("Percent", "%", 0.01)],
        [("GPerKwh", "gCO2/kWh", 1), ("KgPerMwh", "kgCO2/MWh", 1), ("KgPerKwh", "kgCO2/kWh", 1e3),
            ("TonnesPerMwh", "tCO2/MWh", 1e3)],
        [("Gbps", "Gbit/s", 1), ("Mbps", "Mbit/s", 1e-3)],
        [("TokensPerSecond", "tok/s", 1), ("TokensPerMinute", "tok/min", 1.0 / 60),
            ("TokensPerHour", "tok/h", 1.0 / 3600)],
    ];

    /// <summary>
    /// "; TokenFlex takes 'xKw' in kW: rename the key and multiply the value by 1000" when <paramref name="key"/>
    /// is a known key with another unit of the same quantity; otherwise null.
    /// </summary>
    public static string? Hint(string key, IEnumerable<string> knownKeys)
    {
        foreach (var known in knownKeys)
        {
            // The longest suffix decides the quantity: priceUsdPerMwh is a price, not an energy.
            var match = Quantities.SelectMany(units => units.Select(unit => (Units: units, Unit: unit)))
                .Where(p => known.EndsWith(p.Unit.Suffix, StringComparison.Ordinal))
                .OrderByDescending(p => p.Unit.Suffix.Length)
                .FirstOrDefault();
            if (match.Units is null)
            {
                continue;
            }

            var expected = match.Unit;
            var stem = known[..^expected.Suffix.Length];
            var given = match.Units.FirstOrDefault(u => key.Length == stem.Length + u.Suffix.Length
                && key.StartsWith(stem, StringComparison.Ordinal)
                && key[stem.Length..].Equals(u.Suffix, StringComparison.OrdinalIgnoreCase));
            if (given.Suffix is not null && !given.Suffix.Equals(expected.Suffix, StringComparison.Ordinal))
            {
                return $"; TokenFlex takes '{known}' in {expected.Display}: rename the key and "
                       + Conversion(given.Size / expected.Size);
            }
        }

        return null;
    }

    private static string Conversion(double factor)
    {
        if (Math.Abs(factor - 1) < 1e-12)
        {
            return "keep the value (the units are equal)";
        }

        return factor > 1
            ? $"multiply the value by {Format(factor)}"
            : $"divide the value by {Format(1 / factor)}";
    }

    private static string Format(double value) => Math.Round(value, 6).ToString("G10", CultureInfo.InvariantCulture);
}
