using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Sets;

namespace TokenFlex.Scenarios.Diagnostics;

/// <summary>
/// A fast check, without a solver, of each campus's power: the floor load (auxiliary load, plus the least IT power
/// of the demand only this campus can serve, times the PUE) against the most the campus can draw (grid import
/// limit + available PV + battery discharge + generators allowed in the period). The floor is a lower bound and
/// the supply an upper bound, so a deficit is a proof of infeasibility.
/// </summary>
public static class FloorLoadCheck
{
    private const double ToleranceKw = 1e-3;

    /// <summary>Floor load above supply, one finding per campus and run of periods.</summary>
    /// <param name="inputs">The scenario with the strategy's restrictions.</param>
    /// <returns>The findings, in campus order.</returns>
    public static IReadOnlyList<DiagnosisFinding> Run(FormulationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var sets = ModelSets.Build(inputs);
        var findings = new List<DiagnosisFinding>();
        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            var floor = Enumerable.Range(0, sets.PeriodCount).Select(t => FloorKw(sets, c, t)).ToArray();
            var supply = Enumerable.Range(0, sets.PeriodCount).Select(t => SupplyKw(sets, c, t)).ToArray();
            var deficit = Enumerable.Range(0, sets.PeriodCount).Where(t => floor[t] > supply[t] + ToleranceKw);
            foreach (var (first, last) in DiagnosisText.Runs(deficit))
            {
                var worst = Enumerable.Range(first, last - first + 1).MaxBy(t => floor[t] - supply[t]);
                findings.Add(Finding(sets, c, first, last, worst, floor[worst], supply[worst]));
            }
        }

        return findings;
    }

    /// <summary>Least facility power of campus c in period t [kW].</summary>
    internal static double FloorKw(ModelSets sets, int c, int t)
    {
        var campus = sets.Campuses[c];
        var it = 0.0;
        var fixedCounts = sets.Inputs.Restrictions.FixedInstances;
        foreach (var d in sets.DeploymentsByCampus[c])
        {
            var config = sets.Configs[d.Config];
            it += (fixedCounts?.GetValueOrDefault((campus.Id, config.Id)) ?? 0) * config.StaticPowerKw;
        }

        foreach (var key in sets.DemandKeys.Where(k => k.Kind == WorkloadKind.Interactive))
        {
            var routes = sets.RoutesByDemand[key.Index];
            if (routes.Count == 0 || routes.Any(r => r.Deployment.Campus != c))
            {
                continue;
            }

            // Least kW per tok/s: e_k [J/tok] / 1000, plus P⁰_k / (ρ_k·Θ_k) unless the fleet is fixed.
            var kwPerTokenPerSecond = routes.Min(r =>
            {
                var k = sets.Configs[r.Deployment.Config];
                var staticShare = fixedCounts is null
                    ? k.StaticPowerKw / (k.SloHeadroomFraction * k.ThroughputTokensPerSecond)
                    : 0;
                return k.EnergyJPerToken / 1000.0 + staticShare;
            });
            it += key.Series.TokensPerSecond[t] * kwPerTokenPerSecond;
        }

        return campus.Cooling.PueAt(t) * it + campus.AuxiliaryLoadKw;
    }

    /// <summary>Most power campus c can draw in period t [kW].</summary>
    internal static double SupplyKw(ModelSets sets, int c, int t)
    {
        var campus = sets.Campuses[c];
        var restrictions = sets.Inputs.Restrictions;
        var supply = campus.GridImportLimitKwAt(t) + Math.Max(0, campus.Pv?.AvailableKw[t] ?? 0);
        if (restrictions.AllowBattery && campus.Battery is { } battery)
        {
            supply += battery.MaxDischargeKw;
        }

        var called = sets.DemandResponse[c]?.InWindow[t] ?? false;
        supply += sets.Generators.Where(g => g.Campus == c && (!g.Unit.OnlyInDemandResponseWindows || called))
            .Sum(g => g.Unit.MaxOutputKw);
        return supply;
    }

    private static DiagnosisFinding Finding(
        ModelSets sets, int c, int first, int last, int worst, double floorKw, double supplyKw)
    {
        var campus = sets.Campuses[c];
        var limitKw = campus.GridImportLimitKwAt(worst);
        var which = limitKw < campus.GridImportLimitKw ? "grid import cap" : "grid import limit";
        return new DiagnosisFinding
        {
            CampusIds = [campus.Id],
            FirstPeriod = first,
            LastPeriod = last,
            Families = ["E3_PowerBalance", "E4_GridImportLimit"],
            Shortfall = floorKw - supplyKw,
            Unit = "kW",
            Message = $"campus {campus.Id}, {DiagnosisText.Range(sets.Scenario.TimeGrid, first, last)}: the floor load "
                      + $"is {DiagnosisText.Kw(floorKw)} (auxiliary load {DiagnosisText.Kw(campus.AuxiliaryLoadKw)} "
                      + "plus the least power of the demand only this campus can serve, times the PUE), but the "
                      + $"campus can draw at most {DiagnosisText.Kw(supplyKw)} ({which} "
                      + $"{DiagnosisText.Kw(limitKw)} plus PV, battery and generators), short by "
                      + $"{DiagnosisText.Kw(floorKw - supplyKw)} (E3_PowerBalance, E4_GridImportLimit)",
        };
    }
}
