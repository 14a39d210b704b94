using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Scenarios.Diagnostics;

/// <summary>
/// The demand a plan leaves unserved (with <c>--allow-unserved</c>), per class, origin and run of consecutive
/// periods: interactive demand minus the token flows of the plan, and deferrable work given up at its deadline.
/// </summary>
public static class UnservedReport
{
    /// <summary>Shortfalls of a plan, one per (class, origin) and run of periods; empty when all is served.</summary>
    /// <param name="scenario">The scenario the plan was made for.</param>
    /// <param name="plan">A plan with a solution.</param>
    /// <returns>The shortfalls, in demand order, with the largest rate and the tokens of each run.</returns>
    public static IReadOnlyList<DiagnosisFinding> From(Scenario scenario, PlanResult plan)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        var served = plan.TokenFlows.GroupBy(f => (f.ClassId, f.OriginId, f.Period))
            .ToDictionary(g => g.Key, g => g.Sum(f => f.TokensPerSecond));
        var interactive = scenario.Classes.Where(c => c.Kind == WorkloadKind.Interactive).Select(c => c.Id).ToHashSet();
        var findings = new List<DiagnosisFinding>();
        foreach (var series in scenario.Demand.Where(d => interactive.Contains(d.ClassId)))
        {
            var shortfall = series.TokensPerSecond
                .Select((demand, t) => demand - served.GetValueOrDefault((series.ClassId, series.OriginId, t)))
                .ToArray();
            var periods = Enumerable.Range(0, shortfall.Length)
                .Where(t => shortfall[t] > Math.Max(1, 1e-6 * series.TokensPerSecond[t]));
            foreach (var (first, last) in DiagnosisText.Runs(periods))
            {
                findings.Add(Finding(scenario, series, shortfall, first, last));
            }
        }

        foreach (var series in scenario.Demand.Where(d => !interactive.Contains(d.ClassId)))
        {
            var givenUp = GivenUpTokens(scenario, plan, series, served);
            var periods = Enumerable.Range(0, givenUp.Length).Where(t => givenUp[t] > Math.Max(1e3, 1e-6 * series.TokensPerSecond.Sum()));
            foreach (var (first, last) in DiagnosisText.Runs(periods))
            {
                findings.Add(GivenUpFinding(scenario, series, givenUp, first, last));
            }
        }

        return findings;
    }

    /// <summary>
    /// Deferrable tokens given up in each period, from the backlog balance R2: Q[t−1] + arrivals − served − Q[t].
    /// </summary>
    private static double[] GivenUpTokens(
        Scenario scenario, PlanResult plan, DemandSeries series, Dictionary<(string, string, int), double> served)
    {
        var seconds = 3600 * scenario.TimeGrid.StepHours;
        var backlog = plan.Backlogs.Where(b => b.ClassId == series.ClassId && b.OriginId == series.OriginId)
            .ToDictionary(b => b.Period, b => b.BacklogTokens);
        var givenUp = new double[series.TokensPerSecond.Length];
        var previous = series.InitialBacklogTokens;
        for (var t = 0; t < givenUp.Length; t++)
        {
            var current = backlog.GetValueOrDefault(t);
            var servedTokens = served.GetValueOrDefault((series.ClassId, series.OriginId, t)) * seconds;
            givenUp[t] = previous + series.TokensPerSecond[t] * seconds - servedTokens - current;
            previous = current;
        }

        return givenUp;
    }

    private static DiagnosisFinding GivenUpFinding(
        Scenario scenario, DemandSeries series, double[] givenUp, int first, int last)
    {
        var tokens = Enumerable.Range(first, last - first + 1).Sum(t => givenUp[t]);
        var range = DiagnosisText.Range(scenario.TimeGrid, first, last);
        return new DiagnosisFinding
        {
            ClassId = series.ClassId,
            OriginId = series.OriginId,
            FirstPeriod = first,
            LastPeriod = last,
            Families = ["R2_Deadline"],
            Shortfall = tokens,
            Unit = "tokens",
            Message = $"class {series.ClassId} from origin {series.OriginId}, {range}: {DiagnosisText.Tokens(tokens)} of "
                      + "deferrable work given up at its deadline",
        };
    }

    private static DiagnosisFinding Finding(
        Scenario scenario, DemandSeries series, double[] shortfall, int first, int last)
    {
        var run = Enumerable.Range(first, last - first + 1).ToList();
        var worst = run.MaxBy(t => shortfall[t]);
        var tokens = run.Sum(t => shortfall[t]) * 3600 * scenario.TimeGrid.StepHours;
        var range = DiagnosisText.Range(scenario.TimeGrid, first, last);
        return new DiagnosisFinding
        {
            ClassId = series.ClassId,
            OriginId = series.OriginId,
            FirstPeriod = first,
            LastPeriod = last,
            Families = ["R1_Demand"],
            Shortfall = shortfall[worst],
            Unit = "tok/s",
            Message = $"class {series.ClassId} from origin {series.OriginId}, {range}: up to "
                      + $"{DiagnosisText.Rate(shortfall[worst])} of "
                      + $"{DiagnosisText.Rate(series.TokensPerSecond[worst])} "
                      + $"not served ({DiagnosisText.Tokens(tokens)} in all)",
        };
    }
}
