using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Scenarios.Benchmarks;

/// <summary>One period of a scenario (interactive demand) with the stage-1 decisions a solved plan took for it (re-dispatch timing).</summary>
internal static class IntervalSlice
{
    public static (Scenario Scenario, StageOneDecisions StageOne) Of(Scenario scenario, BuiltModel built, double[] values, int period)
    {
        var stageOne = StageOneExtractor.Extract(built, values);
        var tau = scenario.TimeGrid.CommitmentPeriodOf(period);
        var slice = scenario with
        {
            TimeGrid = scenario.TimeGrid with
            {
                StartUtc = scenario.TimeGrid.PeriodStartUtc(period),
                PeriodCount = 1,
                CommitmentStepHours = null,
            },
            Campuses = scenario.Campuses.Select(c => c.MapSeries(series => [series[period]]) with
            {
                DemandResponse = null,
                InitialInstances = null,
            }).ToArray(),
            // Interactive demand of the period; batch work is left to the next plan (it has hours of slack).
            Demand = scenario.Demand.Select(d => d with
            {
                TokensPerSecond = [scenario.Classes.First(r => r.Id == d.ClassId).Kind == WorkloadKind.Interactive ? d.TokensPerSecond[period] : 0],
                InitialBacklogTokens = 0,
            }).ToArray(),
            DemandResponseEvents = [],
            StochasticScenarios = [],
        };
        var sliced = new StageOneDecisions
        {
            Instances = stageOne.Instances.Select(i => i with { CountsByCommitmentPeriod = [i.CountsByCommitmentPeriod[tau]] }).ToArray(),
        };
        return (slice, sliced);
    }
}
