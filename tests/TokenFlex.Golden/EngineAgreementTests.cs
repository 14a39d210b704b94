using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Golden;

/// <summary>The three engines reach the same hand-derived optimum on the micro model that uses every family.</summary>
[Trait("Category", "Golden")]
public sealed class EngineAgreementTests
{
    [Theory]
    [InlineData(SolverKind.Highs)]
    [InlineData(SolverKind.Scip)]
    [InlineData(SolverKind.Cbc)]
    public void Solve_FullMicroModel_AllEnginesAgree(SolverKind solver)
    {
        // Arrange: the snapshot model (every constraint family); the HiGHS optimum is the reference.
        var scenario = ModelSnapshotTests.FullMicro();
        var reference = GoldenSolve.Plan(scenario);

        // Act
        var result = GoldenSolve.Plan(scenario, solver: solver);

        // Assert
        reference.Solve.Status.ShouldBe(SolveStatus.Optimal, reference.Solve.Message);
        result.Solve.Status.ShouldBe(SolveStatus.Optimal, result.Solve.Message);
        result.Costs.ObjectiveUsd.ShouldBe(reference.Costs.ObjectiveUsd, 1e-6 * Math.Abs(reference.Costs.ObjectiveUsd) + 1e-6);
    }

    [Theory]
    [InlineData(SolverKind.Scip)]
    [InlineData(SolverKind.Cbc)]
    public void Solve_BatteryArbitrage_OtherEnginesMatchHandDerivation(SolverKind solver)
    {
        // Arrange: the battery case of EnergyGoldenTests, optimum 24 − (500/9)·61/1000.
        var scenario = Micro.Interactive(1, 1).WithCampus(c => c with
        {
            PriceUsdPerMwh = [20, 100],
            Battery = new TokenFlex.Core.Domain.Battery
            {
                EnergyCapacityKwh = 100,
                MinSocFraction = 0,
                MaxSocFraction = 1,
                InitialSocFraction = 0.5,
                MaxChargeKw = 100,
                MaxDischargeKw = 100,
                ChargeEfficiencyFraction = 0.9,
                DischargeEfficiencyFraction = 0.9,
            },
        });

        // Act
        var result = GoldenSolve.Plan(scenario, solver: solver);

        // Assert
        result.Costs.ObjectiveUsd.ShouldBe(24 - 500.0 / 9 * 61 / 1000, 1e-6);
    }
}
