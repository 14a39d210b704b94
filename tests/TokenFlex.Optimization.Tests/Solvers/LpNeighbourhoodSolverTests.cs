using Google.OrTools.ModelBuilder;
using SolveStatus = TokenFlex.Optimization.Solvers.SolveStatus;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Optimization.Tests.Solvers;

/// <summary>
/// The LP-neighbourhood method on models small enough to solve by hand: the instance counts (names starting
/// with <c>n[</c>) are restricted to the integers around their LP values, everything else stays free, and the
/// reported bound and gap are those of the LP relaxation of the full model.
/// </summary>
public sealed class LpNeighbourhoodSolverTests
{
    private static readonly SolveOptions Options = new() { TimeLimitSeconds = 20, RelativeGap = 1e-3 };

    [Fact]
    public void Solve_RoundingAroundLpPointMissesOptimum_ReportsHonestGapToLpBound()
    {
        // Arrange: min 3a + 5b s.t. 4a + 7b ≥ 10, a, b counts in [0, 100].
        // LP: cost per unit of cover is 3/4 = 0.75 for a and 5/7 ≈ 0.714 for b, so a = 0, b = 10/7, bound 50/7.
        // Neighbourhood: a ∈ [0, 0], b ∈ [1, 2]; b = 1 covers 7 < 10, so b = 2, cost 10.
        // The true optimum is a = b = 1 (cover 11, cost 8), outside the neighbourhood: the method is a heuristic,
        // and its gap to the LP bound says so: (10 − 50/7) / 10 = 2/7.
        var model = Cover(aIsCount: true);

        // Act
        var outcome = new LpNeighbourhoodSolver(new HighsSolver()).Solve(model, Options);

        // Assert
        outcome.Status.ShouldBe(SolveStatus.Feasible, outcome.Message);
        outcome.Objective!.Value.ShouldBe(10, 1e-6);
        outcome.BestBound!.Value.ShouldBe(50.0 / 7, 1e-6);
        outcome.RelativeGap!.Value.ShouldBe(2.0 / 7, 1e-6);
        outcome.Message.ShouldContain("LP relaxation");
    }

    [Fact]
    public void Solve_OnlyCountsAreRestricted_OtherIntegersStayFree()
    {
        // Arrange: the same model with a named x[a], not a count: only b is restricted to [1, 2], and
        // x = 1, b = 1 (cost 8) is in the neighbourhood. Gap to the LP bound: (8 − 50/7) / 8 = 3/28.
        var model = Cover(aIsCount: false);

        // Act
        var outcome = new LpNeighbourhoodSolver(new HighsSolver()).Solve(model, Options);

        // Assert
        outcome.Objective!.Value.ShouldBe(8, 1e-6);
        outcome.RelativeGap!.Value.ShouldBe(3.0 / 28, 1e-6);
        outcome.Values![0].ShouldBe(1, 1e-6);
        outcome.Values[1].ShouldBe(1, 1e-6);
    }

    [Fact]
    public void Solve_NeighbourhoodInfeasible_FallsBackToFullMip()
    {
        // Arrange: max a s.t. a = 2b, a ≤ 3, counts. LP: a = 3, b = 1.5 (bound 3). Neighbourhood a ∈ [3, 3],
        // b ∈ [1, 2] has no point with a = 2b, so the full MIP runs: a = 2, b = 1. Gap |2 − 3| / 2 = 0.5.
        var model = new Model();
        var a = model.NewIntVar(0, 3, "n[a]");
        var b = model.NewIntVar(0, 10, "n[b]");
        model.Add(a - 2 * b == 0);
        model.Maximize(a);

        // Act
        var outcome = new LpNeighbourhoodSolver(new HighsSolver()).Solve(model, Options);

        // Assert
        outcome.Objective!.Value.ShouldBe(2, 1e-6);
        outcome.BestBound!.Value.ShouldBe(3, 1e-6);
        outcome.RelativeGap!.Value.ShouldBe(0.5, 1e-6);
    }

    [Fact]
    public void Solve_InfeasibleModel_ReportsInfeasibleWithoutSearching()
    {
        // Arrange: x + y ≥ 5 and x + y ≤ 3 (SolverTestModels.Infeasible): the LP relaxation is already infeasible.
        var model = SolverTestModels.Infeasible(integer: true);

        // Act
        var outcome = new LpNeighbourhoodSolver(new HighsSolver()).Solve(model, Options);

        // Assert
        outcome.Status.ShouldBe(SolveStatus.Infeasible);
        outcome.Objective.ShouldBeNull();
    }

    private static Model Cover(bool aIsCount)
    {
        var model = new Model();
        var a = model.NewIntVar(0, 100, aIsCount ? "n[a]" : "x[a]");
        var b = model.NewIntVar(0, 100, "n[b]");
        model.Add(4 * a + 7 * b >= 10).WithName("R3_Cover");
        model.Minimize(3 * a + 5 * b);
        return model;
    }
}
