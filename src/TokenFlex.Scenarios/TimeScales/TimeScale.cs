using TokenFlex.Core.Domain;

namespace TokenFlex.Scenarios.TimeScales;

/// <summary>
/// Two time scales (reading A): splits every dispatch period of a scenario into finer periods while
/// keeping instance and generator commitment at the original step. Series are held constant within the
/// original period (a forecast at finer resolution can replace them afterwards).
/// </summary>
public static class TimeScale
{
    /// <summary>Refines the dispatch step by <paramref name="subdivisions"/> (4 turns hourly into 15-minute dispatch).</summary>
    public static Scenario Refine(Scenario scenario, int subdivisions)
    {
        if (subdivisions < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(subdivisions), "Subdivisions must be at least 1.");
        }

        if (subdivisions == 1)
        {
            return scenario;
        }

        var grid = scenario.TimeGrid;
        return scenario with
        {
            TimeGrid = grid with
            {
                StepHours = grid.StepHours / subdivisions,
                PeriodCount = grid.PeriodCount * subdivisions,
                CommitmentStepHours = grid.CommitmentStepHours ?? grid.StepHours,
            },
            Campuses = scenario.Campuses.Select(c => c.MapSeries(series => Hold(series, subdivisions))).ToArray(),
            Demand = scenario.Demand.Select(d => d with { TokensPerSecond = Hold(d.TokensPerSecond, subdivisions) }).ToArray(),
            StochasticScenarios = scenario.StochasticScenarios.Select(s => s with
            {
                PriceUsdPerMwh = HoldAll(s.PriceUsdPerMwh, subdivisions),
                CarbonGPerKwh = HoldAll(s.CarbonGPerKwh, subdivisions),
                PvAvailableKw = HoldAll(s.PvAvailableKw, subdivisions),
                Demand = s.Demand.Select(d => d with { TokensPerSecond = Hold(d.TokensPerSecond, subdivisions) }).ToArray(),
            }).ToArray(),
        };
    }

    private static double[] Hold(double[] values, int k) => values.SelectMany(v => Enumerable.Repeat(v, k)).ToArray();

    private static Dictionary<string, double[]> HoldAll(IReadOnlyDictionary<string, double[]> map, int k) =>
        map.ToDictionary(p => p.Key, p => Hold(p.Value, k));
}
