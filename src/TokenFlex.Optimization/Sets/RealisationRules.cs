using TokenFlex.Core.Domain;

namespace TokenFlex.Optimization.Sets;

/// <summary>Resolves the stage-2 scenarios of a scenario into realisations (one when deterministic).</summary>
internal static class RealisationRules
{
    public static Realisation[] Build(ModelSets sets)
    {
        var scenario = sets.Scenario;
        var stochastic = scenario.StochasticScenarios.Count > 0
            ? scenario.StochasticScenarios
            : [new StochasticScenario { Id = scenario.Name, Probability = 1 }];
        return stochastic.Select((s, i) => Resolve(sets, s, i)).ToArray();
    }

    private static Realisation Resolve(ModelSets sets, StochasticScenario s, int index)
    {
        var campuses = sets.Campuses;
        return new Realisation
        {
            Index = index,
            Id = s.Id,
            Probability = s.Probability,
            PriceUsdPerMwh = campuses.Select(c => s.PriceUsdPerMwh.GetValueOrDefault(c.Id) ?? c.PriceUsdPerMwh).ToArray(),
            CarbonGPerKwh = campuses.Select(c => s.CarbonGPerKwh.GetValueOrDefault(c.Id) ?? c.CarbonGPerKwh).ToArray(),
            PvAvailableKw = campuses.Select(c => c.Pv is null ? null : s.PvAvailableKw.GetValueOrDefault(c.Id) ?? c.Pv.AvailableKw)
                .ToArray(),
            DemandTokensPerSecond = sets.DemandKeys.Select(k => DemandOf(s, k)).ToArray(),
            Called = campuses.Select(c => CalledPeriods(sets, s, c.Id)).ToArray(),
        };
    }

    private static double[] DemandOf(StochasticScenario s, DemandKey key) =>
        s.Demand.FirstOrDefault(d => d.ClassId == key.Series.ClassId && d.OriginId == key.Series.OriginId)?.TokensPerSecond
        ?? key.Series.TokensPerSecond;

    private static bool[] CalledPeriods(ModelSets sets, StochasticScenario s, string campusId)
    {
        var called = new bool[sets.PeriodCount];
        foreach (var ev in sets.Scenario.DemandResponseEvents.Where(e => e.CampusId == campusId))
        {
            if (s.EventCalled.GetValueOrDefault(ev.Id, ev.Called))
            {
                foreach (var t in EventPeriods(sets, ev))
                {
                    called[t] = true;
                }
            }
        }

        return called;
    }

    /// <summary>The periods whose start lies in the event window.</summary>
    public static IEnumerable<int> EventPeriods(ModelSets sets, DemandResponseEvent ev)
    {
        var grid = sets.Scenario.TimeGrid;
        var endUtc = ev.StartUtc.AddHours(ev.DurationHours);
        for (var t = 0; t < sets.PeriodCount; t++)
        {
            var periodStart = grid.PeriodStartUtc(t);
            if (periodStart >= ev.StartUtc.AddSeconds(-1) && periodStart < endUtc.AddSeconds(-1))
            {
                yield return t;
            }
        }
    }
}
