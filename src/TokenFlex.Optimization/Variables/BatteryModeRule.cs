using TokenFlex.Core.Domain;

namespace TokenFlex.Optimization.Variables;

/// <summary>Whether the battery mode binary ζ of E6 is modelled for a campus.</summary>
public static class BatteryModeRule
{
    /// <summary>
    /// Auto uses ζ only when some price of the campus is negative: with non-negative prices,
    /// simultaneous charge and discharge only loses energy and is never optimal.
    /// </summary>
    public static bool UsesModeBinary(Campus campus, IReadOnlyList<double> prices) => campus.Battery?.ModeBinary switch
    {
        BatteryModeBinary.Always => true,
        BatteryModeBinary.Never or null => false,
        _ => prices.Any(p => p < 0),
    };
}
