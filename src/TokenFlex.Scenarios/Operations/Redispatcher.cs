using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;

namespace TokenFlex.Scenarios.Operations;

/// <summary>
/// Event response (reading C): re-solves stage 2 of a committed plan on realised data (a DR event called at
/// short notice, a price spike, a demand surge) with stage 1 fixed, or with limited recourse on instances.
/// The plan's own stage 2 on the forecast is solved too, so that the result says what changed and what the
/// surprise cost.
/// </summary>
public sealed class Redispatcher(Func<SolverKind, IMilpSolver> solverFactory)
{
    public RedispatchResult Run(
        Scenario forecast,
        Scenario realised,
        StageOneDecisions plan,
        ModelRestrictions restrictions,
        SolveOptions options,
        int instanceRecourse = 0)
    {
        var planner = new Planner(solverFactory);
        var fixedPlan = restrictions with { FixedStageOne = plan, AllowUnserved = true };
        var plannedRequest = new PlanRequest { Scenario = forecast, Strategy = "planned", Restrictions = fixedPlan, Solve = options };
        // The commitments were made against the plan's baselines; a plan file without them falls back to a first pass.
        var baseline = plan.DrBaselines.Count > 0
            ? plan.DrBaselines.ToDictionary(b => b.CampusId, b => b.BaselineKwByPeriod.ToArray())
            : planner.Baseline(plannedRequest) ?? new Dictionary<string, double[]>();
        var planned = planner.Solve(plannedRequest with { DrBaselineKw = baseline });

        // Campuses with a new short-notice event measure it against the planned load.
        var withNew = new Dictionary<string, double[]>(baseline);
        if (planned.HasSolution)
        {
            foreach (var (campus, load) in Planner.MeteredBaseline(forecast, planned))
            {
                withNew.TryAdd(campus, load);
            }
        }

        var realisedResult = planner.Solve(new PlanRequest
        {
            Scenario = realised,
            Strategy = "realised",
            Restrictions = fixedPlan with { InstanceRecourse = instanceRecourse },
            Solve = options,
            DrBaselineKw = withNew,
        });
        return new RedispatchResult(planned, realisedResult, RedispatchChanges.Describe(planned, realisedResult));
    }
}

/// <summary>The plan on its forecast, the plan re-dispatched on realised data, and what changed.</summary>
/// <param name="Planned">Stage 2 of the plan on the forecast.</param>
/// <param name="Realised">Stage 2 re-dispatched on the realised data.</param>
/// <param name="Changes">What changed, one sentence each.</param>
public sealed record RedispatchResult(PlanResult Planned, PlanResult Realised, IReadOnlyList<string> Changes)
{
    /// <summary>Cost of the surprise: realised total cost minus planned total cost (penalties included) [USD].</summary>
    public double SurpriseCostUsd => Realised.Costs.ObjectiveUsd - Planned.Costs.ObjectiveUsd;
}
