using System.Diagnostics;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Scenarios.Benchmarks;

/// <summary>
/// The built-in case with every strategy, as `tokenflex run` solves it (B0 first for the common DR baseline,
/// then the rest in parallel): total wall time, and the largest gap of any strategy to its own LP bound, relative
/// to the larger of its net objective and its gross cost.
/// </summary>
public static class BuiltInBenchmark
{
    public static BenchmarkRow Run(BenchmarkRunner settings)
    {
        var scenario = PlanningService.BuiltInScenario();
        var options = new SolveOptions { TimeLimitSeconds = settings.TimeLimitSeconds, RelativeGap = 1e-4 };
        var runner = new StrategyRunner(MilpSolvers.Create);
        var clock = Stopwatch.StartNew();
        var results = runner.Run(scenario, StrategyCatalog.All, options);
        var wall = clock.Elapsed.TotalSeconds;
        var gaps = StrategyCatalog.All.Select((s, i) =>
        {
            var built = runner.BuildModel(scenario, s, options, DrBaselineSource.Bau, out _)!;
            var lp = new HighsSolver().Solve(built.Model, options with { RelaxIntegrality = true });
            // Net totals of the flexible strategies are near zero (DR revenue offsets cost), which makes a gap
            // relative to them meaningless; relative to the gross operating cost it measures what is at stake.
            var scale = Math.Max(Math.Abs(results[i].Solve.ModelObjective!.Value), results[i].Costs.GrossCostUsd / 1000);
            return (results[i].Solve.ModelObjective!.Value - lp.Objective!.Value) / Math.Max(scale, 1e-9);
        }).ToArray();
        return new BenchmarkRow
        {
            Size = $"built-in ({results.Count} strat.)",
            Method = "exact, par.",
            Status = string.Join("/", results.Select(r => r.Solve.Status).Distinct()),
            BuildSeconds = results.Sum(r => r.Solve.BuildSeconds),
            SolveSeconds = wall,
            Variables = results.Max(r => r.Solve.Variables),
            Integers = results.Max(r => r.Solve.IntegerVariables),
            Rows = results.Max(r => r.Solve.Constraints),
            GapToLpBound = gaps.Max(),
            PlainStatus = "-",
            PeakMemoryMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6,
        };
    }
}
