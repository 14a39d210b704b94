using System.Diagnostics;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;

namespace TokenFlex.Scenarios.Benchmarks;

/// <summary>
/// Measures one fleet size: builds strategy P's model (the DR baseline of DR campuses is fixed at 80 % of their
/// grid limit so that no baseline pass is timed), solves it with TokenFlex's method and, separately, with plain
/// HiGHS (exact, default settings) under the same time limit, and solves the LP relaxation of the full model for
/// the bound both are measured against. Optionally times the re-dispatch of one interval with stage 1 fixed.
/// </summary>
public sealed class BenchmarkRunner
{
    public double TimeLimitSeconds { get; init; } = 120;

    public double RelativeGap { get; init; } = 1e-3;

    public bool CompareWithPlainHighs { get; init; } = true;

    public bool MeasureRedispatch { get; init; } = true;

    public BenchmarkRow Run(FleetSize size, bool hourlyCommitment)
    {
        var scenario = FleetGenerator.Create(size);
        if (hourlyCommitment && scenario.TimeGrid.StepHours < 1)
        {
            scenario = scenario with { TimeGrid = scenario.TimeGrid with { CommitmentStepHours = 1 } };
        }

        var inputs = Inputs(scenario, null);
        var clock = Stopwatch.StartNew();
        var built = Formulation.Build(inputs);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var options = new SolveOptions { TimeLimitSeconds = TimeLimitSeconds, RelativeGap = RelativeGap };
        var method = Planner.Method(options, built);
        var ours = method == SolveMethod.LpNeighbourhood
            ? new LpNeighbourhoodSolver(new HighsSolver()).Solve(built.Model, options)
            : new HighsSolver().Solve(built.Model, options);
        var lp = new HighsSolver().Solve(built.Model, options with
        {
            RelaxIntegrality = true,
            LpAlgorithm = LpAlgorithm.InteriorPoint,
            TimeLimitSeconds = 4 * TimeLimitSeconds,
        });
        var plain = CompareWithPlainHighs
            ? new HighsSolver().Solve(built.Model, new SolveOptions { TimeLimitSeconds = TimeLimitSeconds, RelativeGap = 1e-4 })
            : null;
        var helper = built.Model.Helper;
        return new BenchmarkRow
        {
            Size = size + (hourlyCommitment && size.Periods > 24 ? " (h)" : ""),
            Variables = helper.VariablesCount(),
            Integers = Enumerable.Range(0, helper.VariablesCount()).Count(helper.VarIsIntegral),
            Rows = helper.ConstraintsCount(),
            BuildSeconds = buildSeconds,
            Method = method == SolveMethod.LpNeighbourhood ? "LP-nbhd" : "exact",
            Status = ours.Status.ToString(),
            SolveSeconds = ours.SolveSeconds,
            Objective = ours.Objective,
            LpBound = lp.Objective,
            LpSeconds = lp.SolveSeconds,
            GapToLpBound = Gap(ours.Objective, lp.Objective),
            PlainStatus = plain?.Status.ToString() ?? "-",
            PlainSeconds = plain?.SolveSeconds ?? 0,
            PlainGapToLpBound = Gap(plain?.Objective, lp.Objective),
            PeakMemoryMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6,
            RedispatchIntervalMs = MeasureRedispatch && ours.Values is not null ? RedispatchInterval(scenario, built, ours.Values) : null,
        };
    }

    private static FormulationInputs Inputs(Scenario scenario, StageOneDecisions? fixedStageOne) => new()
    {
        Scenario = scenario,
        Restrictions = ModelRestrictions.None with { FixedStageOne = fixedStageOne, AllowUnserved = fixedStageOne is not null },
        TwoPassBaselineKw = scenario.Campuses.Where(c => c.DemandResponse is not null)
            .ToDictionary(c => c.Id, c => Enumerable.Repeat(0.8 * c.GridImportLimitKw, scenario.TimeGrid.PeriodCount).ToArray()),
    };

    private static double? Gap(double? objective, double? bound) =>
        objective is { } o && bound is { } b ? (o - b) / Math.Max(Math.Abs(o), 1e-9) : null;

    /// <summary>Median over five repeats of building and solving one period (the evening peak) with stage 1 fixed [ms].</summary>
    private static double RedispatchInterval(Scenario scenario, BuiltModel built, double[] values)
    {
        var interval = IntervalSlice.Of(scenario, built, values, period: scenario.TimeGrid.PeriodCount * 17 / 24);
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            var model = Formulation.Build(Inputs(interval.Scenario, interval.StageOne)).Model;
            new HighsSolver().Solve(model, new SolveOptions { TimeLimitSeconds = 10 });
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(times.Count / 2);
    }
}
