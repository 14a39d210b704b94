using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Reporting.Tables;

/// <summary>A sweep as text columns, one row per value: B0's and P's total cost, the savings, P's DR revenue, emissions.</summary>
public static class SweepTable
{
    /// <summary>The columns of <paramref name="sweep"/>'s table.</summary>
    public static IReadOnlyList<TextColumn<SweepPoint>> Columns(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var unit = sweep.Unit.Length == 0 ? "" : $" [{sweep.Unit}]";
        return
        [
            new(sweep.Parameter + unit, p => p.Label),
            new("B0 total $", p => TableText.Number(p.Baseline.TotalCostUsd, "N0")),
            new("P total $", p => TableText.Number(p.Proposed.TotalCostUsd, "N0")),
            new("Saving", p => TableText.Percent(p.SavingFraction)),
            new("Gross saving", p => TableText.Percent(p.GrossSavingFraction)),
            new("P DR revenue $", p => TableText.Number(p.Proposed.DrRevenueUsd, "N0")),
            new("B0 tCO2", p => TableText.Number(p.Baseline.EmissionsTonnesCo2, "N1")),
            new("P tCO2", p => TableText.Number(p.Proposed.EmissionsTonnesCo2, "N1")),
            new("P status", p => p.Proposed.Status),
            new("P gap", p => p.Proposed.MipGap is { } gap ? TableText.Number(100 * gap, "F3") + " %" : TableText.Missing),
            new("Solve s", p => TableText.Number(p.Baseline.SolveSeconds + p.Proposed.SolveSeconds, "F1")),
        ];
    }
}
