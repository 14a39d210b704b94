using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;

namespace TokenFlex.Scenarios.Strategies;

/// <summary>Solves a list of strategies on one scenario, settling the DR baseline as chosen.</summary>
public sealed class StrategyRunner(Func<SolverKind, IMilpSolver> solverFactory)
{
    public IReadOnlyList<PlanResult> Run(
        Scenario scenario,
        IReadOnlyList<StrategyDefinition> strategies,
        SolveOptions options,
        DrBaselineSource baselineSource = DrBaselineSource.Bau,
        Action<string>? progress = null)
    {
        var planner = new Planner(solverFactory);
        if (progress is not null)
        {
            planner.Progress += progress;
        }

        PlanResult? bau = null;
        IReadOnlyDictionary<string, double[]>? baseline = null;
        if (baselineSource == DrBaselineSource.Bau && strategies.Any(s => NeedsBaseline(scenario, s)))
        {
            progress?.Invoke("business-as-usual load (B0) for the common DR baseline");
            bau = planner.Solve(Request(scenario, StrategyCatalog.B0, options, null));
            baseline = bau.HasSolution ? Planner.MeteredBaseline(scenario, bau) : null;
        }

        var results = new List<PlanResult>();
        foreach (var strategy in strategies)
        {
            if (bau is not null && strategy.Name == StrategyCatalog.B0.Name)
            {
                results.Add(bau);
                continue;
            }

            results.Add(planner.Solve(Request(scenario, strategy, options, baseline)));
        }

        return results;
    }

    private static bool NeedsBaseline(Scenario scenario, StrategyDefinition strategy) =>
        Planner.NeedsBaselinePass(new PlanRequest { Scenario = scenario, Restrictions = strategy.Restrictions });

    private static PlanRequest Request(
        Scenario scenario, StrategyDefinition strategy, SolveOptions options, IReadOnlyDictionary<string, double[]>? baseline) =>
        new()
        {
            Scenario = scenario,
            Strategy = strategy.Name,
            Restrictions = strategy.Restrictions,
            Solve = options,
            DrBaselineKw = baseline,
        };
}
