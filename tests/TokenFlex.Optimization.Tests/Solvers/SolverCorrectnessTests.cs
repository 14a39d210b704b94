using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Optimization.Tests.Solvers;

public sealed class SolverCorrectnessTests
{
    private static readonly SolveOptions Quick = new() { TimeLimitSeconds = 20 };

    public static TheoryData<SolverKind> Engines => [SolverKind.Highs, SolverKind.Scip, SolverKind.Cbc];

    [Theory]
    [MemberData(nameof(Engines))]
    public void Solve_TinyMip_FindsHandDerivedOptimum(SolverKind kind)
    {
        // Arrange: max 5x + 4y, optimum 20 at (4, 0) (derivation in SolverTestModels.TinyMip).
        var model = SolverTestModels.TinyMip();

        // Act
        var outcome = MilpSolvers.Create(kind).Solve(model, Quick);

        // Assert
        outcome.Status.ShouldBe(SolveStatus.Optimal, outcome.Message);
        outcome.Objective!.Value.ShouldBe(20, 1e-6);
        outcome.BestBound!.Value.ShouldBe(20, 1e-6);
        outcome.RelativeGap!.Value.ShouldBe(0, 1e-6);
        outcome.Values.ShouldNotBeNull();
        outcome.Values[0].ShouldBe(4, 1e-6);
        outcome.Values[1].ShouldBe(0, 1e-6);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Solve_RelaxIntegrality_GivesLpOptimumWithZeroGap(SolverKind kind)
    {
        // Arrange: the LP relaxation has both rows tight: x = 3, y = 1.5, objective 21.
        var model = SolverTestModels.TinyMip();

        // Act
        var outcome = MilpSolvers.Create(kind).Solve(model, Quick with { RelaxIntegrality = true });

        // Assert
        outcome.Status.ShouldBe(SolveStatus.Optimal, outcome.Message);
        outcome.Objective!.Value.ShouldBe(21, 1e-6);
        outcome.RelativeGap!.Value.ShouldBe(0, 1e-9);
        outcome.Values!.ShouldBe([3.0, 1.5], tolerance: 1e-6);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Solve_RelaxIntegrality_LeavesCallersModelIntegral(SolverKind kind)
    {
        // Arrange
        var model = SolverTestModels.TinyMip();

        // Act
        MilpSolvers.Create(kind).Solve(model, Quick with { RelaxIntegrality = true });
        var again = MilpSolvers.Create(kind).Solve(model, Quick);

        // Assert
        again.Objective!.Value.ShouldBe(20, 1e-6);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Solve_InfeasibleModel_ReturnsInfeasible(SolverKind kind)
    {
        foreach (var integer in new[] { true, false })
        {
            // Arrange: x + y ≥ 5 and x + y ≤ 3.
            var model = SolverTestModels.Infeasible(integer);

            // Act
            var outcome = MilpSolvers.Create(kind).Solve(model, Quick);

            // Assert
            outcome.Status.ShouldBe(SolveStatus.Infeasible, outcome.Message);
            outcome.HasSolution.ShouldBeFalse();
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Solve_UnboundedModel_ReturnsUnbounded(SolverKind kind)
    {
        foreach (var integer in new[] { true, false })
        {
            // Arrange: max x + y with x − y ≤ 1. HiGHS reports the MIP as "infeasible or unbounded" (9),
            // which SolveStatus.Unbounded covers.
            var model = SolverTestModels.Unbounded(integer);

            // Act
            var outcome = MilpSolvers.Create(kind).Solve(model, Quick);

            // Assert
            outcome.Status.ShouldBe(SolveStatus.Unbounded, outcome.Message);
            outcome.HasSolution.ShouldBeFalse();
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Solve_ModelWithoutRows_SettlesOnBounds(SolverKind kind)
    {
        // Arrange: min 3v + 1 with v ∈ {−2, …, 5} and no rows: v = −2, objective 3·(−2) + 1 = −5.
        var model = new Google.OrTools.ModelBuilder.Model();
        var v = model.NewIntVar(-2, 5, "v");
        model.Minimize(3 * v + 1);

        // Act
        var outcome = MilpSolvers.Create(kind).Solve(model, Quick);

        // Assert
        outcome.Status.ShouldBe(SolveStatus.Optimal, outcome.Message);
        outcome.Objective!.Value.ShouldBe(-5, 1e-9);
        outcome.Values!.ShouldBe([-2.0]);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Solve_EmptyModel_IsOptimalAtTheOffset(SolverKind kind)
    {
        // Arrange: no variables, objective offset 4 (HiGHS reports model status "empty").
        var model = new Google.OrTools.ModelBuilder.Model();
        model.Helper.SetObjectiveOffset(4);

        // Act
        var outcome = MilpSolvers.Create(kind).Solve(model, Quick);

        // Assert
        outcome.Status.ShouldBe(SolveStatus.Optimal, outcome.Message);
        outcome.Objective!.Value.ShouldBe(4, 1e-9);
        outcome.Values!.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Solve_WarmStartOfWrongLength_Throws(SolverKind kind)
    {
        // Arrange: two variables, three start values.
        var model = SolverTestModels.TinyMip();

        // Act
        var act = () => MilpSolvers.Create(kind).Solve(model, Quick with { WarmStart = [1.0, 2.0, 3.0] });

        // Assert
        act.ShouldThrow<ArgumentException>().Message.ShouldContain("WarmStart has 3 values");
    }

    [Fact]
    public void Describe_Highs_ReportsLoadedLibraryVersion()
    {
        // Arrange, Act
        var info = MilpSolvers.Describe(SolverKind.Highs);

        // Assert: the OR-Tools 9.15 runtime ships HiGHS 1.12.
        info.Version.ShouldStartWith("1.12");
        info.ToString().ShouldStartWith("HiGHS 1.12");
    }

    [Fact]
    public void Describe_ScipAndCbc_ReportEngineVersions()
    {
        // Arrange, Act
        var scip = MilpSolvers.Describe(SolverKind.Scip);
        var cbc = MilpSolvers.Describe(SolverKind.Cbc);

        // Assert
        scip.Version.ShouldStartWith("10.");
        cbc.Version.ShouldStartWith("2.10");
        scip.Interface.ShouldContain(MilpSolvers.OrToolsVersion);
    }
}
