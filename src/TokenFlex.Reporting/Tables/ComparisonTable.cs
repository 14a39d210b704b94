using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Tables;

/// <summary>
/// The comparison of strategies as text columns, one row per plan: costs (total, saving against B0, gross cost and
/// every component), operations (tokens, energy, emissions, peak, DR, GPU-hours by precision, quality loss, starts,
/// solve figures) and DR settlement. Cells of a plan without a solution read "-".
/// </summary>
public static class ComparisonTable
{
    /// <summary>Costs [USD] with the saving against B0 on total and on gross cost [%].</summary>
    /// <param name="results">The plans; the one named B0 is the baseline of the savings.</param>
    public static IReadOnlyList<TextColumn<PlanResult>> Costs(IReadOnlyList<PlanResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var baseline = results.FirstOrDefault(r => r.Strategy == BaselineSaving.DefaultBaseline);
        return
        [
            new("Strategy", r => r.Strategy),
            Money("Total", c => c.TotalCostUsd),
            new("Saving", r => TableText.Percent(baseline is null ? null : BaselineSaving.Fraction(baseline, r))),
            Money("Gross", c => c.GrossCostUsd),
            new("Gross saving", r => TableText.Percent(baseline is null ? null : BaselineSaving.GrossFraction(baseline, r))),
            Money("Energy", c => c.EnergyUsd),
            Money("Demand", c => c.DemandChargeUsd),
            Money("Carbon", c => c.CarbonUsd),
            Money("Fuel", c => c.FuelUsd),
            Money("Wear", c => c.BatteryWearUsd),
            Money("Switching", c => c.SwitchingUsd),
            Money("QoS", c => c.QosUsd),
            Money("Network", c => c.NetworkUsd),
            Money("DR revenue", c => c.DrRevenueUsd),
            Money("DR penalty", c => c.DrPenaltyUsd),
        ];
    }

    /// <summary>Operations: tokens, energy, emissions, peak, DR, GPU-hours by precision, δ, starts, solve time, gap.</summary>
    /// <param name="results">The plans; GPU-hour columns appear for every precision any plan uses.</param>
    public static IReadOnlyList<TextColumn<PlanResult>> Operations(IReadOnlyList<PlanResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return
        [
            new("Strategy", r => r.Strategy),
            new("Status", r => r.Solve.Status.ToString()),
            Kpi("Served Mtok", k => k.ServedTokens / 1e6, "N0"),
            Kpi("Grid MWh", k => k.GridEnergyMwh, "N1"),
            Kpi("tCO2", k => k.EmissionsTonnesCo2, "N1"),
            Kpi("Peak kW", k => k.PeakImportKw, "N0"),
            Kpi("DR MWh", k => k.DrDeliveredMwh, "N2"),
            .. PrecisionsUsed(results).Select(p => Kpi("GPU-h " + p, k => k.GpuHoursByPrecision.GetValueOrDefault(p), "N0")),
            new("δ %", r => TableText.Number(QualityLoss.TokenWeightedPercent(r), "F2")),
            Kpi("Starts", k => k.InstanceStarts, "N0"),
            new("Solve s", r => TableText.Number(r.Solve.SolveSeconds, "F1")),
            new("Gap", r => r.Solve.MipGap is { } gap ? TableText.Number(100 * gap, "F3") + " %" : TableText.Missing),
        ];
    }

    /// <summary>DR settlement: committed, delivered and short energy [MWh], revenues and penalty [USD].</summary>
    public static IReadOnlyList<TextColumn<PlanResult>> DemandResponse() =>
    [
        new("Strategy", r => r.Strategy),
        Kpi("Committed MWh", k => k.DrCommittedMwh, "N2"),
        Kpi("Delivered MWh", k => k.DrDeliveredMwh, "N2"),
        Kpi("Shortfall MWh", k => k.DrShortfallMwh, "N2"),
        Money("Capacity revenue", c => c.DrCapacityRevenueUsd),
        Money("Energy revenue", c => c.DrEnergyRevenueUsd),
        Money("Penalty", c => c.DrPenaltyUsd),
    ];

    /// <summary>Precision names with GPU-hours in any plan, in catalogue order, then others by name.</summary>
    public static IReadOnlyList<string> PrecisionsUsed(IReadOnlyList<PlanResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var used = results.Where(r => r.HasSolution).SelectMany(r => r.Kpis.GpuHoursByPrecision.Keys)
            .ToHashSet(StringComparer.Ordinal);
        var known = PrecisionNames.All.Select(p => p.Name).ToArray();
        return [.. known.Where(used.Contains), .. used.Except(known).Order(StringComparer.Ordinal)];
    }

    private static TextColumn<PlanResult> Money(string header, Func<CostBreakdown, double> usd) =>
        new(header, r => r.HasSolution ? TableText.Number(usd(r.Costs), "N0") : TableText.Missing);

    private static TextColumn<PlanResult> Kpi(string header, Func<PlanKpis, double> value, string format) =>
        new(header, r => r.HasSolution ? TableText.Number(value(r.Kpis), format) : TableText.Missing);
}
