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
            Campuses = scenario.Campuses.Select(c => Refine(c, subdivisions)).ToArray(),
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

    private static Campus Refine(Campus c, int k) => c with
    {
        PriceUsdPerMwh = Hold(c.PriceUsdPerMwh, k),
        CarbonGPerKwh = Hold(c.CarbonGPerKwh, k),
        GridImportCapKw = c.GridImportCapKw is null ? null : Hold(c.GridImportCapKw, k),
        Pv = c.Pv is null ? null : new PvSystem { AvailableKw = Hold(c.Pv.AvailableKw, k) },
        Cooling = c.Cooling.AmbientTemperatureC is null
            ? c.Cooling
            : c.Cooling with { AmbientTemperatureC = Hold(c.Cooling.AmbientTemperatureC, k) },
        DemandResponse = c.DemandResponse?.BaselineKw is null
            ? c.DemandResponse
            : c.DemandResponse with { BaselineKw = Hold(c.DemandResponse.BaselineKw, k) },
    };

    private static double[] Hold(double[] values, int k) => values.SelectMany(v => Enumerable.Repeat(v, k)).ToArray();

    private static Dictionary<string, double[]> HoldAll(IReadOnlyDictionary<string, double[]> map, int k) =>
        map.ToDictionary(p => p.Key, p => Hold(p.Value, k));
}
