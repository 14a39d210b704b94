using TokenFlex.Core.Domain;
using TokenFlex.Core.Validation;
using TokenFlex.Scenarios.Operations;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Stochastic;
using TokenFlex.Scenarios.TimeScales;

namespace TokenFlex.Scenarios.Tests;

/// <summary>The operations that copy or reshape campus series carry the per-period import cap with them.</summary>
public sealed class ImportCapReshapeTests
{
    /// <summary>The built-in case (24 hourly periods), ercot capped at 1,000 kW in period 3, 2,000 kW in 4.</summary>
    private static Scenario Capped()
    {
        var scenario = PlanningService.BuiltInScenario();
        var caps = Enumerable.Repeat(6000.0, scenario.TimeGrid.PeriodCount).ToArray();
        (caps[3], caps[4]) = (1000, 2000);
        return scenario with
        {
            Campuses = [.. scenario.Campuses.Select(c => c.Id == "ercot" ? c with { GridImportCapKw = caps } : c)],
        };
    }

    private static Campus Ercot(Scenario scenario) => scenario.Campuses.Single(c => c.Id == "ercot");

    [Fact]
    public void Days_TwoDays_RepeatsTheCapEveryDay()
    {
        // Act
        var twoDays = Horizon.Days(Capped(), firstDay: 0, days: 2);

        // Assert: period 3 + 24 = 27 holds day 2's 1,000 kW; caps stay absent where there were none.
        var caps = Ercot(twoDays).GridImportCapKw.ShouldNotBeNull();
        caps.Length.ShouldBe(48);
        (caps[3], caps[4], caps[27], caps[28], caps[29]).ShouldBe((1000, 2000, 1000, 2000, 6000));
        twoDays.Campuses.Where(c => c.Id != "ercot").ShouldAllBe(c => c.GridImportCapKw == null);
        ScenarioRules.Validate(twoDays).ShouldBeEmpty();
    }

    [Fact]
    public void Refine_QuarterHours_HoldsTheCapWithinTheHour()
    {
        // Act
        var quarterHourly = TimeScale.Refine(Capped(), 4);

        // Assert: hour 3 = quarters 12–15, hour 4 = quarters 16–19.
        var caps = Ercot(quarterHourly).GridImportCapKw.ShouldNotBeNull();
        caps.Length.ShouldBe(96);
        caps[11..21].ShouldBe([6000, 1000, 1000, 1000, 1000, 2000, 2000, 2000, 2000, 6000]);
        ScenarioRules.Validate(quarterHourly).ShouldBeEmpty();
    }

    [Fact]
    public void MeanValue_StochasticScenario_KeepsTheCap()
    {
        // Arrange: two equally likely price scenarios; the cap is not uncertain.
        var capped = Capped();
        var ercot = Ercot(capped);
        var stochastic = capped with
        {
            StochasticScenarios =
            [
                new StochasticScenario { Id = "low", Probability = 0.5 },
                new StochasticScenario
                {
                    Id = "high",
                    Probability = 0.5,
                    PriceUsdPerMwh = new Dictionary<string, double[]>
                    {
                        ["ercot"] = [.. ercot.PriceUsdPerMwh.Select(p => 2 * p)],
                    },
                },
            ],
        };

        // Act
        var mean = MeanValue.Of(stochastic);

        // Assert
        Ercot(mean).GridImportCapKw.ShouldBe(ercot.GridImportCapKw);
        Ercot(mean).PriceUsdPerMwh[3].ShouldBe(1.5 * ercot.PriceUsdPerMwh[3], 1e-9);
    }
}
