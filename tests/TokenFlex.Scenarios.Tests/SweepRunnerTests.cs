using TokenFlex.Core.Validation;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Scenarios.Tests;

public sealed class SweepRunnerTests
{
    private static readonly SolveOptions Exact = new() { RelativeGap = 1e-9, TimeLimitSeconds = 30 };

    [Fact]
    public void Run_CarbonPriceOnMicroCase_AddsPriceTimesKnownEmission()
    {
        // Arrange: 2 instances · 100 kW + 0.1 J/tok · 1.5 Mtok/s = 350 kW for 2 h = 0.7 MWh at 50 USD/MWh = 35 USD,
        // emitting 0.7 MWh · 0.5 t/MWh = 0.35 t. B0 and P have nothing to choose between, so both cost 35 + 0.35·π.
        var sweep = SweepCatalog.CarbonPrice with { Values = [0, 100] };

        // Act
        var result = new SweepRunner(MilpSolvers.Create).Run(SweepScenarios.Carbon(), [sweep], Exact).Single();

        // Assert
        result.Name.ShouldBe("carbon-price");
        result.Points.Select(p => p.Value).ShouldBe([0.0, 100.0]);
        result.Points[0].Baseline.TotalCostUsd!.Value.ShouldBe(35, 1e-6);
        result.Points[1].Baseline.TotalCostUsd!.Value.ShouldBe(70, 1e-6);
        result.Points[1].Proposed.TotalCostUsd!.Value.ShouldBe(70, 1e-6);
        result.Points[1].Proposed.EmissionsTonnesCo2!.Value.ShouldBe(0.35, 1e-9);
        result.Points[1].SavingFraction!.Value.ShouldBe(0, 1e-9);
    }

    [Fact]
    public void Run_PrecisionMenu_MorePrecisionsNeverCostMoreAndFp8SavesAsDerived()
    {
        // Arrange: BF16 alone costs 35 USD (above). FP8 serves 1.5 Mtok/s on one instance: 100 kW + 0.05 · 1.5 = 175 kW
        // for 2 h = 17.5 USD, plus QoS 10,800 Mtok · 1 % · 0.0005 = 5.4 USD = 22.9 USD. INT8 (16 + 10.8) and INT4
        // (14.5 + 16.2) cost more, so the larger menus keep FP8.
        var scenario = SweepScenarios.Precisions();

        // Act
        var result = new SweepRunner(MilpSolvers.Create).Run(scenario, [SweepCatalog.PrecisionMenu], Exact).Single();

        // Assert
        var totals = result.Points.Select(p => p.Proposed.TotalCostUsd!.Value).ToArray();
        totals.ShouldBe([35, 22.9, 22.9, 22.9], 1e-6);
        for (var i = 1; i < totals.Length; i++)
        {
            totals[i].ShouldBeLessThanOrEqualTo(totals[i - 1] + 1e-6);
        }

        result.Points.ShouldAllBe(p => Math.Abs(p.Baseline.TotalCostUsd!.Value - 35) < 1e-6);
        result.Points[1].SavingFraction!.Value.ShouldBe((35 - 22.9) / 35, 1e-9);
        result.Points.Select(p => p.Label).ShouldBe(["BF16", "BF16+FP8", "BF16+FP8+INT8", "BF16+FP8+INT8+INT4"]);
    }

    [Fact]
    public void Run_InParallelAndSerially_GivesTheSamePointsInDefinitionOrder()
    {
        // Arrange
        var scenario = SweepScenarios.Precisions();
        SweepDefinition[] sweeps = [SweepCatalog.QosPrice with { Values = [0, 1, 10] }, SweepCatalog.PrecisionMenu];

        // Act
        var serial = new SweepRunner(MilpSolvers.Create) { MaxDegreeOfParallelism = 1 }.Run(scenario, sweeps, Exact);
        var parallel = new SweepRunner(MilpSolvers.Create) { MaxDegreeOfParallelism = 4 }.Run(scenario, sweeps, Exact);

        // Assert
        parallel.Select(s => s.Name).ShouldBe(["qos-price", "precision-menu"]);
        for (var s = 0; s < sweeps.Length; s++)
        {
            parallel[s].Points.Select(p => p.Value).ShouldBe(sweeps[s].Values);
            parallel[s].Points.Select(p => p.Proposed.TotalCostUsd).ShouldBe(serial[s].Points.Select(p => p.Proposed.TotalCostUsd));
        }
    }

    [Fact]
    public void Parse_UnknownName_ThrowsListingEveryUnknownName()
    {
        // Act
        var error = Should.Throw<InputValidationException>(() => SweepCatalog.Parse(["dr-reward,nope", "bogus"], "test"));

        // Assert
        error.Errors.Select(e => e.Value?.ToString()).ShouldBe(["nope", "bogus"]);
    }

    [Fact]
    public void Parse_AllAndNone_SelectEveryOrNoSweep()
    {
        // Act / Assert
        SweepCatalog.Parse(["all"], "test").Count.ShouldBe(SweepCatalog.All.Count);
        SweepCatalog.Parse(["none"], "test").ShouldBeEmpty();
        SweepCatalog.Parse(["Carbon-Price dr-reward"], "test").Select(s => s.Name).ShouldBe(["carbon-price", "dr-reward"]);
    }
}
