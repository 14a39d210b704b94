namespace TokenFlex.Scenarios.Diagnostics;

/// <summary>On which side of its bound a row may be violated in the elastic model.</summary>
internal enum SlackSide
{
    /// <summary>The row's activity may fall short of its lower bound or right-hand side: + s.</summary>
    Below,

    /// <summary>The row's activity may exceed its upper bound: − s.</summary>
    Above,
}

/// <summary>A constraint family that the elastic re-solve may violate, at a price per unit of violation.</summary>
/// <param name="Family">Row-name prefix before '[', e.g. R1_Demand.</param>
/// <param name="Side">Which bound may be violated.</param>
/// <param name="Weight">Objective weight per model unit of violation (Mtok/s, Mtok, MW, tCO₂, GPU, Gbit/s).</param>
internal sealed record ElasticFamily(string Family, SlackSide Side, double Weight);

/// <summary>
/// The families relaxed in the elastic re-solve and their weights. The weights order the explanations: exceeding
/// the grid limit (0.01 per MW) or the carbon cap (0.001 per tCO₂) is preferred to leaving tokens unserved (1 per
/// Mtok/s, about 1 MW of load), so a power shortage is blamed on the power limit and a capacity shortage on the
/// demand; GPU budget, reload rate, bandwidth, minimum up/down and availability rows are relaxed only as a last
/// resort (100 per unit), for conflicts that unserved demand cannot explain.
/// </summary>
internal static class ElasticFamilies
{
    /// <summary>Rows the elastic model adds for the grid import limit (a variable bound in the model).</summary>
    public const string GridImportLimit = "E4_GridImportLimit";

    private const double LastResort = 100;

    /// <summary>The relaxed row families; R2_Deadline's weight is per Mtok, so it is scaled by 1/(3600Δ).</summary>
    public static IReadOnlyList<ElasticFamily> For(double stepHours) =>
    [
        new("R1_Demand", SlackSide.Below, 1),
        new("R2_Deadline", SlackSide.Above, 1 / (3600 * stepHours)),
        new("C1_CarbonCap", SlackSide.Above, 1e-3),
        new(GridImportLimit, SlackSide.Above, 1e-2),
        new("S1_GpuBudget", SlackSide.Above, LastResort),
        new("S3_MinUp", SlackSide.Above, LastResort),
        new("S3_MinDown", SlackSide.Above, LastResort),
        new("S4_ReloadRate", SlackSide.Above, LastResort),
        new("S5_Availability", SlackSide.Below, LastResort),
        new("R5_Bandwidth", SlackSide.Above, LastResort),
    ];

    /// <summary>Families whose rows, tight where and when a shortfall occurs, are named as its cause.</summary>
    public static IReadOnlyList<string> Binding { get; } =
        ["S1_GpuBudget", "S4_ReloadRate", "R5_Bandwidth", "R4_QualityCap", GridImportLimit, "C1_CarbonCap"];

    /// <summary>Splits a row name "Family[k1,k2,t]" into its family and keys.</summary>
    public static (string Family, string[] Keys) Parse(string rowName)
    {
        var open = rowName.IndexOf('[', StringComparison.Ordinal);
        if (open < 0 || !rowName.EndsWith(']'))
        {
            return (rowName, []);
        }

        return (rowName[..open], rowName[(open + 1)..^1].Split(','));
    }

    /// <summary>The period of a row (its last key), or -1 when it has none.</summary>
    public static int Period(string[] keys) =>
        keys.Length > 0 && int.TryParse(keys[^1], System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : -1;
}
