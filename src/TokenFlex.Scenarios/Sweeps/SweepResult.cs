namespace TokenFlex.Scenarios.Sweeps;

/// <summary>What a sweep found: one point per value, in the order of the definition.</summary>
/// <param name="Name">Sweep name, e.g. <c>carbon-price</c>.</param>
/// <param name="Parameter">What the parameter is.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Description">What the sweep changes.</param>
/// <param name="Points">One point per value.</param>
public sealed record SweepResult(
    string Name, string Parameter, string Unit, string Description, IReadOnlyList<SweepPoint> Points);

/// <summary>B0 and P solved at one value of the parameter.</summary>
/// <param name="Value">The parameter value.</param>
/// <param name="Label">Its text, e.g. <c>BF16+FP8</c>.</param>
/// <param name="Baseline">B0 at this value.</param>
/// <param name="Proposed">P at this value.</param>
public sealed record SweepPoint(double Value, string Label, SweepOutcome Baseline, SweepOutcome Proposed)
{
    /// <summary>(C_B0 − C_P)/|C_B0| on total cost (DR revenue netted) [fraction]; null without both plans.</summary>
    public double? SavingFraction => Saving(Baseline.TotalCostUsd, Proposed.TotalCostUsd);

    /// <summary>The same on gross cost (before DR revenue) [fraction]; null without both plans.</summary>
    public double? GrossSavingFraction => Saving(Baseline.GrossCostUsd, Proposed.GrossCostUsd);

    private static double? Saving(double? baselineUsd, double? proposedUsd)
    {
        if (baselineUsd is not { } b || proposedUsd is not { } p || b == 0)
        {
            return null;
        }

        return (b - p) / Math.Abs(b);
    }
}

/// <summary>The figures of one strategy at one sweep point; the money and KPI values are null without a plan.</summary>
/// <param name="Strategy">B0 or P.</param>
/// <param name="Status">Solve status, e.g. <c>Optimal</c>.</param>
/// <param name="TotalCostUsd">Total cost, DR revenue netted [USD].</param>
/// <param name="GrossCostUsd">Cost before DR revenue [USD].</param>
/// <param name="DrRevenueUsd">DR capacity and energy revenue [USD].</param>
/// <param name="EmissionsTonnesCo2">Emissions [tCO₂].</param>
/// <param name="ServedTokens">Tokens served [tokens].</param>
/// <param name="MipGap">Relative MIP gap at the end of the solve; null when unknown.</param>
/// <param name="SolveSeconds">Solve time, DR baseline pass included [s].</param>
public sealed record SweepOutcome(
    string Strategy,
    string Status,
    double? TotalCostUsd,
    double? GrossCostUsd,
    double? DrRevenueUsd,
    double? EmissionsTonnesCo2,
    double? ServedTokens,
    double? MipGap,
    double SolveSeconds)
{
    /// <summary>True when the strategy has a plan at this point.</summary>
    public bool HasSolution => TotalCostUsd is not null;
}
