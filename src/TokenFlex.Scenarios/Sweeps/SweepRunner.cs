using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Scenarios.Sweeps;

/// <summary>
/// Solves B0 and P at every value of one or more sweeps. Each point is independent (B0's load at that point is
/// the common DR baseline, as in <see cref="StrategyRunner"/>), so the points of all sweeps run in parallel,
/// one single-threaded solve per core.
/// </summary>
/// <param name="solverFactory">Creates the MILP engine for each solve.</param>
public sealed class SweepRunner(Func<SolverKind, IMilpSolver> solverFactory)
{
    /// <summary>Points solved at once; the machine's core count by default, 1 to solve one after another.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Runs the sweeps on a scenario; never throws for infeasible or time-limited points.</summary>
    /// <param name="scenario">The base scenario (a validated one).</param>
    /// <param name="sweeps">The sweeps, in the order to return them.</param>
    /// <param name="options">Solve options; the thread count is set to 1 per solve.</param>
    /// <param name="progress">Called (from any thread, one call at a time) as each point finishes.</param>
    public IReadOnlyList<SweepResult> Run(
        Scenario scenario,
        IReadOnlyList<SweepDefinition> sweeps,
        SolveOptions options,
        Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(sweeps);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1);
        var jobs = sweeps.SelectMany((sweep, s) => sweep.Values.Select((value, v) => (Sweep: s, Point: v, value)))
            .ToArray();
        var points = sweeps.Select(s => new SweepPoint[s.Values.Count]).ToArray();
        var single = options with { Threads = 1 };
        var gate = new Lock();
        var done = 0;
        Parallel.ForEach(
            jobs,
            new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism },
            job =>
            {
                var sweep = sweeps[job.Sweep];
                points[job.Sweep][job.Point] = SolvePoint(scenario, sweep, job.value, single);
                lock (gate)
                {
                    done++;
                    progress?.Invoke($"{sweep.Name} = {sweep.LabelOf(job.value)} solved ({done}/{jobs.Length})");
                }
            });
        return [.. sweeps.Select((s, i) => new SweepResult(s.Name, s.Parameter, s.Unit, s.Description, points[i]))];
    }

    /// <summary>B0 and P at one value of a sweep.</summary>
    /// <param name="scenario">The base scenario.</param>
    /// <param name="sweep">The sweep.</param>
    /// <param name="value">The parameter value.</param>
    /// <param name="options">Solve options.</param>
    public SweepPoint SolvePoint(Scenario scenario, SweepDefinition sweep, double value, SolveOptions options)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var changed = sweep.Apply(scenario, value);
        var proposed = StrategyCatalog.P with
        {
            Restrictions = sweep.RestrictProposed?.Invoke(StrategyCatalog.P.Restrictions, value)
                           ?? StrategyCatalog.P.Restrictions,
        };
        var results = new StrategyRunner(solverFactory).Run(
            changed, [StrategyCatalog.B0, proposed], options, DrBaselineSource.Bau);
        return new SweepPoint(value, sweep.LabelOf(value), Outcome(results[0]), Outcome(results[1]));
    }

    private static SweepOutcome Outcome(PlanResult result)
    {
        var solved = result.HasSolution;
        double? IfSolved(double x) => solved ? x : null;
        return new SweepOutcome(
            result.Strategy,
            result.Solve.Status.ToString(),
            IfSolved(result.Costs.TotalCostUsd),
            IfSolved(result.Costs.GrossCostUsd),
            IfSolved(result.Costs.DrRevenueUsd),
            IfSolved(result.Kpis.EmissionsTonnesCo2),
            IfSolved(result.Kpis.ServedTokens),
            result.Solve.MipGap,
            result.Solve.SolveSeconds);
    }
}
