using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;

namespace TokenFlex.Scenarios.Strategies;

/// <summary>
/// Solves a list of strategies on one scenario, settling the DR baseline as chosen. Once the common baseline
/// is known the strategies are independent, so they are solved in parallel, one single-threaded solve per
/// core (<see cref="Parallelism"/>); results come back in the order asked and do not depend on it.
/// </summary>
public sealed class StrategyRunner(Func<SolverKind, IMilpSolver> solverFactory)
{
    /// <summary>Strategies solved at once; the machine's core count by default.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

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

        var (bau, baseline) = CommonBaseline(planner, scenario, strategies, options, baselineSource, progress);

        // The baseline pass is B0's own result only when it was solved on the scenario as given (no import caps).
        var reuse = bau is not null && !HasImportCaps(scenario);
        var results = new PlanResult[strategies.Count];
        Parallel.For(0, strategies.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Parallelism) }, i =>
        {
            results[i] = reuse && strategies[i].Name == StrategyCatalog.B0.Name
                ? bau!
                : planner.Solve(Request(scenario, strategies[i], options, baseline));
        });
        return results;
    }

    /// <summary>
    /// Builds the model a strategy is solved with in a run (after the B0 pass that sets the common DR
    /// baseline, or its own first pass), e.g. for MPS/LP export; null with a message when a pass fails.
    /// </summary>
    public Optimization.BuiltModel? BuildModel(
        Scenario scenario, StrategyDefinition strategy, SolveOptions options, DrBaselineSource baselineSource, out string message)
    {
        var planner = new Planner(solverFactory);
        var (bau, baseline) = CommonBaseline(planner, scenario, [strategy], options, baselineSource, null);
        if (bau is { HasSolution: false })
        {
            message = "the business-as-usual pass (B0) for the DR baseline found no solution: " + bau.Solve.Message;
            return null;
        }

        return planner.BuildModel(Request(scenario, strategy, options, baseline), out message);
    }

    /// <summary>
    /// The common DR baseline: B0's metered load. B0 is solved without the per-period import caps
    /// (<see cref="Campus.GridImportCapKw"/>): the baseline is the load without grid orders, which a static fleet
    /// could not follow anyway, so a cap neither makes the baseline infeasible nor removes the reduction it causes.
    /// </summary>
    private static (PlanResult? Bau, IReadOnlyDictionary<string, double[]>? Baseline) CommonBaseline(
        Planner planner,
        Scenario scenario,
        IReadOnlyList<StrategyDefinition> strategies,
        SolveOptions options,
        DrBaselineSource baselineSource,
        Action<string>? progress)
    {
        if (baselineSource != DrBaselineSource.Bau || !strategies.Any(s => NeedsBaseline(scenario, s)))
        {
            return (null, null);
        }

        progress?.Invoke("business-as-usual load (B0) for the common DR baseline");
        var uncapped = HasImportCaps(scenario)
            ? scenario with { Campuses = scenario.Campuses.Select(c => c with { GridImportCapKw = null }).ToArray() }
            : scenario;
        var bau = planner.Solve(Request(uncapped, StrategyCatalog.B0, options, null));
        return (bau, bau.HasSolution ? Planner.MeteredBaseline(scenario, bau) : null);
    }

    private static bool HasImportCaps(Scenario scenario) => scenario.Campuses.Any(c => c.GridImportCapKw is not null);

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
