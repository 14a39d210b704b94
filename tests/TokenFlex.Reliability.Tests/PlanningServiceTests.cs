using TokenFlex.Core.Validation;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;

namespace TokenFlex.Reliability.Tests;

/// <summary>The application layer refuses a scenario that skipped the reader, instead of letting it reach the model.</summary>
public class PlanningServiceTests
{
    [Fact]
    public void Run_ScenarioWithAnEmptySeries_ThrowsAValidationErrorNotAnIndexError()
    {
        // Arrange: a price series of no values, as an empty CSV reference once produced (FuzzTests, micro-csv case 1778).
        var scenario = Scenarios.BuiltInWith("pjm", c => c with { PriceUsdPerMwh = [] });

        // Act
        var exception = Should.Throw<InputValidationException>(
            () => new PlanningService().Run(scenario, new SolveOptions { TimeLimitSeconds = 5 }));

        // Assert
        exception.Errors.ShouldHaveSingleItem().ToString().ShouldBe(
            "campuses[2].priceUsdPerMwh: priceUsdPerMwh has 0 values; the time grid has 24 periods (timeGrid.periods), "
            + "give one value per period (got 0)");
    }
}
