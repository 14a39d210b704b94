using TokenFlex.Optimization;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Golden;

/// <summary>The capacity-cover bound tightens the LP relaxation where demand has a single deployment.</summary>
[Trait("Category", "Golden")]
public sealed class CapacityCoverGoldenTests
{
    [Fact]
    public void LpRelaxation_CaptiveDemand_RoundsInstancesUp()
    {
        // Arrange: 1.5 Mtok/s in 2 hours on one configuration (Θ = 1 Mtok/s, 100 kW static, 0.1 J/tok, 50 $/MWh).
        var built = Formulation.Build(new FormulationInputs { Scenario = Micro.Interactive(1.5, 1.5) });

        // Act
        var lp = new HighsSolver().Solve(built.Model, new SolveOptions { RelaxIntegrality = true });

        // Assert: without the bound the LP runs 1.5 instances (150 + 150 kW ⇒ $30 over 2 h); with n ≥ ⌈1.5⌉ = 2 it
        // equals the integer optimum, 350 kW ⇒ $35 (0.035 k$).
        lp.Objective!.Value.ShouldBe(0.035, 1e-9);
    }

    [Fact]
    public void LpRelaxation_UnservedAllowed_KeepsFractionalInstances()
    {
        // Arrange: the same, but demand may go unserved, so serving it is not implied and the bound must not apply.
        var built = Formulation.Build(new FormulationInputs
        {
            Scenario = Micro.Interactive(1.5, 1.5),
            Restrictions = new ModelRestrictions { AllowUnserved = true },
        });

        // Act
        var lp = new HighsSolver().Solve(built.Model, new SolveOptions { RelaxIntegrality = true });

        // Assert: 1.5 fractional instances: $30.
        lp.Objective!.Value.ShouldBe(0.030, 1e-9);
    }
}
