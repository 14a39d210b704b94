using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Sets;

namespace TokenFlex.Scenarios.Diagnostics;

/// <summary>
/// A fast check, without a solver, of whether each (class, origin) with demand can be served at all: its demand
/// against the most its admissible routes could carry if every GPU they reach served only this class
/// (Σ over campuses and GPU types of max_k ρ_k·Θ_k·⌊N/g_k⌋, capped by path bandwidth). The bound is optimistic,
/// so a shortfall it finds is a proof of infeasibility; one it misses is left to the elastic re-solve.
/// </summary>
public static class CapacityCheck
{
    private const double Tolerance = 1e-6;

    /// <summary>Demand above admissible capacity, one finding per (class, origin) and run of periods.</summary>
    /// <param name="inputs">The scenario with the strategy's restrictions.</param>
    /// <returns>The findings, in demand order.</returns>
    public static IReadOnlyList<DiagnosisFinding> Run(FormulationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var sets = ModelSets.Build(inputs);
        var findings = new List<DiagnosisFinding>();
        foreach (var key in sets.DemandKeys)
        {
            var routes = sets.RoutesByDemand[key.Index];
            var campuses = routes.Select(r => r.Deployment.Campus).Distinct().Order().ToList();
            var capacity = campuses.Sum(c => CampusCapacity(sets, key, routes, c));
            findings.AddRange(key.Kind == WorkloadKind.Interactive
                ? Interactive(sets, key, campuses, capacity)
                : Deferrable(sets, key, campuses, capacity));
        }

        return findings;
    }

    /// <summary>Most tokens per second campus c could serve for one demand key through its routes [tok/s].</summary>
    private static double CampusCapacity(ModelSets sets, DemandKey key, IReadOnlyList<Route> routes, int c)
    {
        var atCampus = routes.Where(r => r.Deployment.Campus == c).ToList();
        var fixedCounts = sets.Inputs.Restrictions.FixedInstances;
        var campusId = sets.Campuses[c].Id;
        var capacity = atCampus.GroupBy(r => sets.Configs[r.Deployment.Config].GpuType).Sum(byType =>
        {
            var rates = byType.Select(r =>
            {
                var config = sets.Configs[r.Deployment.Config];
                var instances = fixedCounts?.GetValueOrDefault((campusId, config.Id)) ?? r.Deployment.MaxInstances;
                return config.SloHeadroomFraction * config.ThroughputTokensPerSecond * instances;
            }).ToList();
            return fixedCounts is null ? rates.Max() : rates.Sum();
        });
        var origin = sets.Origins[key.Origin];
        var path = origin.Paths.FirstOrDefault(p => p.CampusId == campusId);
        if (campusId != origin.HomeCampusId && path?.BandwidthGbps is { } gbps)
        {
            // (R5) β bytes/token · 8 bit: Gbit/s → tok/s.
            capacity = Math.Min(capacity, gbps * 1e9 / (8 * sets.Classes[key.Class].BytesPerToken));
        }

        return capacity;
    }

    private static IEnumerable<DiagnosisFinding> Interactive(
        ModelSets sets, DemandKey key, IReadOnlyList<int> campuses, double capacity)
    {
        var demand = key.Series.TokensPerSecond;
        var shortPeriods = Enumerable.Range(0, sets.PeriodCount)
            .Where(t => demand[t] > capacity * (1 + Tolerance) + Tolerance);
        foreach (var (first, last) in DiagnosisText.Runs(shortPeriods))
        {
            var worst = Enumerable.Range(first, last - first + 1).MaxBy(t => demand[t]);
            yield return Finding(sets, key, campuses, first, last, demand[worst], capacity);
        }
    }

    private static IEnumerable<DiagnosisFinding> Deferrable(
        ModelSets sets, DemandKey key, IReadOnlyList<int> campuses, double capacity)
    {
        var seconds = 3600.0 * sets.StepHours;
        var work = key.Series.TokensPerSecond.Sum() * seconds + key.Series.InitialBacklogTokens;
        var servable = capacity * seconds * sets.PeriodCount;
        if (work <= servable * (1 + Tolerance) + Tolerance)
        {
            yield break;
        }

        var ids = campuses.Select(c => sets.Campuses[c].Id).ToList();
        var where = ids.Count == 0
            ? "no campus (no admissible route under this strategy)"
            : DiagnosisText.Campuses(ids);
        yield return new DiagnosisFinding
        {
            CampusIds = ids,
            ClassId = sets.Classes[key.Class].Id,
            OriginId = sets.Origins[key.Origin].Id,
            Families = ["R2_Backlog", "R2_Deadline", "R3_Capacity", "S1_GpuBudget"],
            Shortfall = work - servable,
            Unit = "tokens",
            Message = $"{DiagnosisText.Range(sets.Scenario.TimeGrid, -1, -1)}: deferrable class "
                      + $"{sets.Classes[key.Class].Id} from origin {sets.Origins[key.Origin].Id} brings "
                      + $"{DiagnosisText.Tokens(work)}, but {where} can serve at most {DiagnosisText.Tokens(servable)} "
                      + $"over the horizon, short by {DiagnosisText.Tokens(work - servable)} "
                      + "(R2_Deadline, R3_Capacity, S1_GpuBudget)",
        };
    }

    private static DiagnosisFinding Finding(
        ModelSets sets, DemandKey key, IReadOnlyList<int> campuses, int first, int last, double demand, double capacity)
    {
        var ids = campuses.Select(c => sets.Campuses[c].Id).ToList();
        var where = ids.Count == 0 ? "no campus" : DiagnosisText.Campuses(ids);
        var reason = ids.Count == 0
            ? "no admissible route under this strategy (model, precision, quality and SLO rules, local routing)"
            : $"admissible capacity {DiagnosisText.Rate(capacity)} with every GPU serving it";
        return new DiagnosisFinding
        {
            CampusIds = ids,
            ClassId = sets.Classes[key.Class].Id,
            OriginId = sets.Origins[key.Origin].Id,
            FirstPeriod = first,
            LastPeriod = last,
            Families = ["R1_Demand", "R3_Capacity", "S1_GpuBudget"],
            Shortfall = demand - capacity,
            Unit = "tok/s",
            Message = $"{where}, {DiagnosisText.Range(sets.Scenario.TimeGrid, first, last)}: class "
                      + $"{sets.Classes[key.Class].Id} from origin {sets.Origins[key.Origin].Id} needs "
                      + $"{DiagnosisText.Rate(demand)}, {reason}, short by {DiagnosisText.Rate(demand - capacity)} "
                      + "(R1_Demand, R3_Capacity, S1_GpuBudget)",
        };
    }
}
