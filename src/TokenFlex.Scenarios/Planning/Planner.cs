using System.Diagnostics;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Diagnostics;

namespace TokenFlex.Scenarios.Planning;

/// <summary>
/// The application service behind every front end: builds the model of a strategy, settles the DR
/// baseline (two-pass mode solves the same strategy without DR first), solves and extracts results.
/// </summary>
public sealed class Planner(Func<SolverKind, IMilpSolver> solverFactory)
{
    /// <summary>Reports progress lines ("baseline pass", "solving P") while a plan is made.</summary>
    public event Action<string>? Progress;

    /// <summary>Solves a strategy; never throws for infeasible or time-limited solves.</summary>
    public PlanResult Solve(PlanRequest request)
    {
        var baseline = SolveBaselinePass(request, out var baselineSeconds, out var failed);
        if (failed is not null)
        {
            return failed;
        }

        var inputs = new FormulationInputs
        {
            Scenario = request.Scenario,
            Restrictions = request.Restrictions,
            TwoPassBaselineKw = baseline,
        };
        Progress?.Invoke($"solving {request.Strategy}");
        var result = SolveModel(inputs, request);
        return result with
        {
            Solve = result.Solve with { SolveSeconds = result.Solve.SolveSeconds + baselineSeconds },
        };
    }

    /// <summary>
    /// Builds the model a solve would use (running the baseline pass when the DR baseline needs one),
    /// e.g. for MPS/LP export. Returns null with a message when the baseline pass has no solution.
    /// </summary>
    public BuiltModel? BuildModel(PlanRequest request, out string message)
    {
        var baseline = SolveBaselinePass(request, out _, out var failed);
        message = failed?.Solve.Message ?? "";
        if (failed is not null)
        {
            return null;
        }

        return Formulation.Build(new FormulationInputs
        {
            Scenario = request.Scenario,
            Restrictions = request.Restrictions,
            TwoPassBaselineKw = baseline,
        });
    }

    /// <summary>
    /// The DR baseline a solve of this request uses: the given one, or the two-pass first pass's metered load
    /// (solving it), or an empty map when no campus needs one. Null when the first pass finds no plan.
    /// </summary>
    public IReadOnlyDictionary<string, double[]>? Baseline(PlanRequest request)
    {
        var baseline = SolveBaselinePass(request, out _, out var failed);
        return failed is null ? baseline : null;
    }

    /// <summary>True when some campus settles DR against a two-pass baseline in this request.</summary>
    public static bool NeedsBaselinePass(PlanRequest request) =>
        request.Restrictions.AllowDemandResponse
        && request.Scenario.Campuses.Any(c => c.DemandResponse?.BaselineMode == BaselineMode.TwoPass
            && request.Scenario.DemandResponseEvents.Any(e => e.CampusId == c.Id));

    private IReadOnlyDictionary<string, double[]> SolveBaselinePass(
        PlanRequest request, out double seconds, out PlanResult? failed)
    {
        seconds = 0;
        failed = null;
        if (request.DrBaselineKw is { } given)
        {
            return given;
        }

        if (!NeedsBaselinePass(request))
        {
            return new Dictionary<string, double[]>();
        }

        Progress?.Invoke($"baseline pass for {request.Strategy} (same strategy without DR)");
        var inputs = new FormulationInputs
        {
            Scenario = request.Scenario,
            Restrictions = request.Restrictions,
            DisableDemandResponse = true,
        };
        var pass = SolveModel(inputs, request with { Strategy = request.Strategy + " (baseline pass)" });
        seconds = pass.Solve.SolveSeconds;
        if (!pass.HasSolution)
        {
            failed = pass with
            {
                Strategy = request.Strategy,
                Solve = pass.Solve with { Message = "DR baseline pass found no solution: " + pass.Solve.Message },
            };
            return new Dictionary<string, double[]>();
        }

        return MeteredBaseline(request.Scenario, pass);
    }

    /// <summary>The metered load of a plan at every DR-enrolled campus, usable as a DR baseline [kW].</summary>
    public static IReadOnlyDictionary<string, double[]> MeteredBaseline(Scenario scenario, PlanResult plan) =>
        scenario.Campuses.Where(c => c.DemandResponse is not null).ToDictionary(
            c => c.Id,
            c => plan.CampusPeriods.Where(p => p.CampusId == c.Id).OrderBy(p => p.Period)
                .Select(p => MeteredKw(c.DemandResponse!, p)).ToArray());

    /// <summary>
    /// The quantity the program meters, so that the baseline and the delivery row measure the same thing:
    /// grid import plus the output of assets the program does not credit.
    /// </summary>
    public static double MeteredKw(DemandResponseEnrolment enrolment, CampusPeriodResult period) =>
        period.GridImportKw
        + (enrolment.GeneratorCountsTowardDelivery ? 0 : period.GeneratorKw)
        + (enrolment.BatteryCountsTowardDelivery ? 0 : period.BatteryDischargeKw - period.BatteryChargeKw);

    private PlanResult SolveModel(FormulationInputs inputs, PlanRequest request)
    {
        var watch = Stopwatch.StartNew();
        var built = Formulation.Build(inputs);
        var buildSeconds = watch.Elapsed.TotalSeconds;
        var solver = solverFactory(request.Solve.Solver);
        var method = Method(request.Solve, built);
        var outcome = method == SolveMethod.LpNeighbourhood
            ? new LpNeighbourhoodSolver(solver).Solve(built.Model, request.Solve)
            : solver.Solve(built.Model, request.Solve);
        var result = ResultExtractor.Extract(
            built, outcome, request.Strategy, request.Solve.Solver.ToString(), buildSeconds);
        return outcome.Status is SolveStatus.Infeasible or SolveStatus.Unbounded
            ? Diagnosed(result, inputs, solver, request)
            : result;
    }

    /// <summary>The method a solve uses: as asked, or by the model's integer count when asked for Auto.</summary>
    public static SolveMethod Method(SolveOptions options, BuiltModel built)
    {
        if (options.Method != SolveMethod.Auto || options.RelaxIntegrality)
        {
            return options.Method == SolveMethod.Auto ? SolveMethod.Exact : options.Method;
        }

        var helper = built.Model.Helper;
        var integers = 0;
        for (var i = 0; i < helper.VariablesCount(); i++)
        {
            integers += helper.VarIsIntegral(i) ? 1 : 0;
        }

        return integers > options.NeighbourhoodThresholdIntegers ? SolveMethod.LpNeighbourhood : SolveMethod.Exact;
    }

    /// <summary>Attaches the diagnosis of an infeasible (or infeasible-or-unbounded) model to its result.</summary>
    private PlanResult Diagnosed(PlanResult result, FormulationInputs inputs, IMilpSolver solver, PlanRequest request)
    {
        Progress?.Invoke($"diagnosing why {request.Strategy} has no plan");
        var diagnosis = InfeasibilityDiagnoser.Diagnose(inputs, solver, request.Solve);
        var summary = diagnosis.HasFindings
            ? $"diagnosis ({diagnosis.Method}): {diagnosis.Findings.Count} conflict(s); first: "
              + diagnosis.Findings[0].Message
            : $"diagnosis ({diagnosis.Method}): no conflict found. {diagnosis.Note}";
        return result with
        {
            Diagnosis = diagnosis,
            Solve = result.Solve with { Message = $"{result.Solve.Message}; {summary}" },
        };
    }
}
