namespace TokenFlex.OpenAdr.Model;

/// <summary>The OpenADR 3 payload type names TokenFlex reads and writes.</summary>
public static class PayloadTypes
{
    /// <summary>Event: level of a basic DR signal, an integer 0 (normal) to 3 (emergency).</summary>
    public const string Simple = "SIMPLE";

    /// <summary>Event: price of energy; units and currency in the payload descriptor.</summary>
    public const string Price = "PRICE";

    /// <summary>Event: marginal greenhouse-gas intensity [g/kWh].</summary>
    public const string Ghg = "GHG";

    /// <summary>Event: maximum import level of the site; units in the payload descriptor.</summary>
    public const string ImportCapacityLimit = "IMPORT_CAPACITY_LIMIT";

    /// <summary>Event: absolute consumption requested of a resource; units in the payload descriptor.</summary>
    public const string DispatchSetpoint = "DISPATCH_SETPOINT";

    /// <summary>Report: expected usage in an interval (energy).</summary>
    public const string UsageForecast = "USAGE_FORECAST";

    /// <summary>Report: power in an interval; the reading type says MEAN, PEAK or FORECAST.</summary>
    public const string Demand = "DEMAND";

    /// <summary>Report: consumption in the absence of load control.</summary>
    public const string Baseline = "BASELINE";

    /// <summary>Report: expected decrease in load a resource can offer in an interval.</summary>
    public const string LoadShedDeltaAvailable = "LOAD_SHED_DELTA_AVAILABLE";

    /// <summary>Event payload types the scenario adapter applies.</summary>
    public static IReadOnlySet<string> Applied { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Simple, Price, Ghg, ImportCapacityLimit, DispatchSetpoint };
}
