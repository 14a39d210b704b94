using TokenFlex.Reporting.Plots;

namespace TokenFlex.Reporting.Tests;

public sealed class CostWaterfallTests
{
    [Fact]
    public void Steps_ChainWithAMissingStrategy_JoinsItsLeverIntoTheNextStep()
    {
        // Arrange: B0 100, B1 80, B2 85 (switching costs 5 here), B3 without a plan, P 50.
        var results = new[]
        {
            Plans.WithTotal("B0", 100), Plans.WithTotal("B1", 80), Plans.WithTotal("B2", 85), Plans.NoSolution("B3"),
            Plans.WithTotal("P", 50), Plans.WithTotal("P-local", 10),
        };

        // Act
        var steps = CostWaterfall.Steps(results);

        // Assert
        steps.Select(s => (s.Label, s.StartUsd, s.EndUsd, s.IsTotal)).ShouldBe(
        [
            ("B0", 0, 100, true),
            ("+ energy management & DR", 100, 80, false),
            ("+ instance switching", 80, 85, false),
            ("+ spatial routing + precision selection", 85, 50, false),
            ("P", 0, 50, true),
        ]);
        steps[2].ChangeUsd.ShouldBe(5);
        steps.Where(s => !s.IsTotal).Sum(s => s.ChangeUsd).ShouldBe(50 - 100);
    }

    [Fact]
    public void Steps_WithoutProposedPlan_IsEmpty()
    {
        // Act
        var steps = CostWaterfall.Steps([Plans.WithTotal("B0", 100), Plans.NoSolution("P")]);

        // Assert
        steps.ShouldBeEmpty();
    }
}
