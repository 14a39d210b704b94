using TokenFlex.Core.Domain;

namespace TokenFlex.Scenarios.Stochastic;

/// <summary>
/// Builds the deterministic scenarios of a stochastic one: the mean-value problem (every uncertain series
/// replaced by its probability-weighted mean; a DR event called when its call probability is at least one
/// half) and the single-scenario problems of the wait-and-see solution.
/// </summary>
public static class MeanValue
{
    /// <summary>The mean-value (expected-value) scenario.</summary>
    public static Scenario Of(Scenario scenario)
    {
        var s = scenario.StochasticScenarios;
        return scenario with
        {
            StochasticScenarios = [],
            Campuses = scenario.Campuses.Select(c => c with
            {
                PriceUsdPerMwh = Mean(s, x => x.PriceUsdPerMwh.GetValueOrDefault(c.Id) ?? c.PriceUsdPerMwh),
                CarbonGPerKwh = Mean(s, x => x.CarbonGPerKwh.GetValueOrDefault(c.Id) ?? c.CarbonGPerKwh),
                Pv = c.Pv is null ? null : new PvSystem { AvailableKw = Mean(s, x => x.PvAvailableKw.GetValueOrDefault(c.Id) ?? c.Pv.AvailableKw) },
            }).ToArray(),
            Demand = scenario.Demand.Select(d => d with { TokensPerSecond = Mean(s, x => DemandOf(x, d)) }).ToArray(),
            DemandResponseEvents = scenario.DemandResponseEvents
                .Select(e => e with { Called = s.Sum(x => x.Probability * (x.EventCalled.GetValueOrDefault(e.Id, e.Called) ? 1 : 0)) >= 0.5 })
                .ToArray(),
        };
    }

    /// <summary>The deterministic scenario of one stage-2 scenario (its data with probability 1).</summary>
    public static Scenario Single(Scenario scenario, StochasticScenario s) =>
        scenario with { StochasticScenarios = [s with { Probability = 1 }] };

    private static double[] DemandOf(StochasticScenario s, DemandSeries d) =>
        s.Demand.FirstOrDefault(x => x.ClassId == d.ClassId && x.OriginId == d.OriginId)?.TokensPerSecond ?? d.TokensPerSecond;

    private static double[] Mean(IReadOnlyList<StochasticScenario> scenarios, Func<StochasticScenario, double[]> series)
    {
        var length = series(scenarios[0]).Length;
        var mean = new double[length];
        foreach (var s in scenarios)
        {
            var values = series(s);
            for (var t = 0; t < length; t++)
            {
                mean[t] += s.Probability * values[t];
            }
        }

        return mean;
    }
}
