using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;

namespace TokenFlex.Scenarios.Stochastic;

/// <summary>
/// Solves the two-stage stochastic model of a scenario (reading B) and the problems that value it: the
/// mean-value plan, that plan evaluated in every scenario with its stage 1 fixed, and the wait-and-see
/// plans. All share one DR baseline (the recourse problem's own first pass, or the one given) and the DR
/// windows of the recourse problem, and price unserved tokens instead of forbidding them, so that WS ≤ RP ≤ EEV.
/// </summary>
public sealed class StochasticAnalysis(Func<SolverKind, IMilpSolver> solverFactory)
{
    public StochasticReport Run(
        Scenario scenario,
        ModelRestrictions restrictions,
        SolveOptions options,
        IReadOnlyDictionary<string, double[]>? drBaselineKw = null,
        Action<string>? progress = null)
    {
        if (scenario.StochasticScenarios.Count == 0)
        {
            throw new ArgumentException("The scenario has no stochastic scenarios.", nameof(scenario));
        }

        // The mean-value plan can lack capacity in a high scenario; unserved tokens are priced rather than made
        // infeasible, in every problem alike, so that EEV is finite. The price is the caller's restriction.
        // Capacity is bid on the windows of the full problem in every problem of the analysis: a wait-and-see
        // scenario that calls no event may still commit (and be paid), as its part of the recourse problem may.
        var windows = scenario.DemandResponseEvents
            .Where(e => scenario.StochasticScenarios.Any(s => s.EventCalled.GetValueOrDefault(e.Id, e.Called)))
            .Select(e => e.Id)
            .ToHashSet();
        restrictions = restrictions with { AllowUnserved = true, CommitmentWindowEventIds = windows };
        var planner = new Planner(solverFactory);
        if (drBaselineKw is null)
        {
            progress?.Invoke("DR baseline: the recourse problem without DR");
            drBaselineKw = planner.Baseline(new PlanRequest { Scenario = scenario, Restrictions = restrictions, Solve = options });
        }

        PlanRequest Request(Scenario s, string name, ModelRestrictions r) =>
            new() { Scenario = s, Strategy = name, Restrictions = r, Solve = options, DrBaselineKw = drBaselineKw };

        progress?.Invoke($"recourse problem over {scenario.StochasticScenarios.Count} scenarios");
        var rp = planner.Solve(Request(scenario, "RP", restrictions));
        progress?.Invoke("mean-value problem");
        var ev = planner.Solve(Request(MeanValue.Of(scenario), "EV", restrictions));
        progress?.Invoke("mean-value plan in every scenario");
        var eev = ev.StageOne is { } evPlan
            ? planner.Solve(Request(scenario, "EEV", restrictions with { FixedStageOne = evPlan }))
            : ev with { Strategy = "EEV" };
        var ws = scenario.StochasticScenarios.Select(s =>
        {
            progress?.Invoke($"wait-and-see: {s.Id}");
            return planner.Solve(Request(MeanValue.Single(scenario, s), $"WS[{s.Id}]", restrictions));
        }).ToArray();
        return new StochasticReport
        {
            RecourseProblem = rp,
            MeanValue = ev,
            ExpectedOfMeanValue = eev,
            WaitAndSee = ws,
            Probabilities = scenario.StochasticScenarios.Select(s => s.Probability).ToArray(),
        };
    }
}
