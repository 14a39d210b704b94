using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;

namespace TokenFlex.Golden;

/// <summary>Solves micro scenarios to optimality for the golden tests.</summary>
internal static class GoldenSolve
{
    public static PlanResult Plan(Scenario scenario, ModelRestrictions? restrictions = null, SolverKind solver = SolverKind.Highs)
    {
        var planner = new Planner(MilpSolvers.Create);
        var result = planner.Solve(new PlanRequest
        {
            Scenario = scenario,
            Restrictions = restrictions ?? ModelRestrictions.None,
            Solve = new SolveOptions { Solver = solver, RelativeGap = 1e-9, TimeLimitSeconds = 30 },
        });
        return result;
    }

    /// <summary>Objective in USD, asserting the solve was optimal.</summary>
    public static double ObjectiveUsd(Scenario scenario, ModelRestrictions? restrictions = null)
    {
        var result = Plan(scenario, restrictions);
        result.Solve.Status.ShouldBe(SolveStatus.Optimal, result.Solve.Message);
        (1000 * result.Solve.ModelObjective!.Value).ShouldBe(result.Costs.ObjectiveUsd, 1e-6);
        return result.Costs.ObjectiveUsd;
    }
}
