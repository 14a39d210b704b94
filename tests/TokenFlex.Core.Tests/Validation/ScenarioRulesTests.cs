using TokenFlex.Core.Domain;
using TokenFlex.Core.Validation;

namespace TokenFlex.Core.Tests.Validation;

public class ScenarioRulesTests
{
    [Fact]
    public void Validate_ValidFixture_ReturnsNoErrors()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.ShouldBeEmpty(string.Join("\n", errors));
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(24)]
    public void IsSensibleStep_DividesOrMultipliesAnHour_ReturnsTrue(double stepHours)
    {
        // Act / Assert
        ScenarioRules.IsSensibleStep(stepHours).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.4)]
    [InlineData(1.5)]
    [InlineData(25)]
    [InlineData(double.NaN)]
    public void Validate_BadStepHours_ReportsStepHours(double stepHours)
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        scenario = scenario with { TimeGrid = scenario.TimeGrid with { StepHours = stepHours } };

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.ShouldContainError("timeGrid.stepHours", "whole fraction of an hour");
    }

    [Fact]
    public void Validate_ZeroPeriods_ReportsPeriodsAndSkipsSeriesLengths()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        scenario = scenario with { TimeGrid = scenario.TimeGrid with { PeriodCount = 0 } };

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.ShouldContainError("timeGrid.periods", "between 1 and");
        errors.ShouldNotContain(e => e.Message.Contains("values; the time grid has"));
    }

    [Fact]
    public void Validate_StartNotUtc_ReportsStartUtc()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        var start = new DateTimeOffset(2025, 7, 15, 2, 0, 0, TimeSpan.FromHours(2));
        scenario = scenario with { TimeGrid = scenario.TimeGrid with { StartUtc = start } };

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("timeGrid.startUtc", "must be in UTC");
    }

    [Fact]
    public void Validate_NegativeCarbonPrice_ReportsIt()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid() with { CarbonPriceUsdPerTonne = -1, CarbonCapTonnes = -3 };

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.ShouldContainError("carbonPriceUsdPerTonne", "must be ≥ 0");
        errors.ShouldContainError("carbonCapTonnes", "must be ≥ 0");
    }

    [Fact]
    public void Validate_DuplicateCampusId_ReportsSecondOccurrence()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        scenario = scenario with { Campuses = [scenario.Campuses[0], scenario.Campuses[1] with { Id = "phx" }] };

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("campuses[1].id", "duplicate campus id 'phx' (first used at campuses[0].id)");
    }

    [Theory]
    [InlineData("phx campus", "may contain only letters, digits")]
    [InlineData("phx/1", "may contain only letters, digits")]
    [InlineData("", "must not be empty")]
    public void Validate_BadCampusId_ReportsId(string id, string fragment)
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with { Id = id });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("campuses[0].id", fragment);
    }

    [Fact]
    public void Validate_DuplicateConfigurationId_ReportsIt()
    {
        // Arrange
        var configurations = ScenarioFixture.Configurations().ToList();
        configurations.Add(configurations[0]);
        var scenario = ScenarioFixture.Valid() with { Configurations = configurations };

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("configurations[4].id", "duplicate configuration id 'llama-8b-bf16-h100'");
    }

    [Fact]
    public void Validate_SeriesOfWrongLength_ReportsLength()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with { PriceUsdPerMwh = [1, 2, 3] });

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("campuses[0].priceUsdPerMwh", "has 3 values; the time grid has 4 periods");
    }

    [Fact]
    public void Validate_NaNInSeries_ReportsElementPath()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with { PriceUsdPerMwh = [1, 2, double.NaN, 4] });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("campuses[0].priceUsdPerMwh[2]", "finite number");
    }

    [Fact]
    public void Validate_ManyBadValuesInOneSeries_ListsFiveAndCountsTheRest()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        scenario = scenario with { TimeGrid = scenario.TimeGrid with { PeriodCount = 8 } };
        var price = Enumerable.Repeat(double.PositiveInfinity, 8).ToArray();
        scenario = scenario with
        {
            Campuses = [scenario.Campuses[0] with { PriceUsdPerMwh = price }, scenario.Campuses[1]],
        };

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.Count(e => e.Path.StartsWith("campuses[0].priceUsdPerMwh[", StringComparison.Ordinal)).ShouldBe(5);
        errors.ShouldContainError("campuses[0].priceUsdPerMwh", "3 more values");
    }

    [Fact]
    public void Validate_InfiniteScalar_ReportsFinite()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with { GridImportLimitKw = double.PositiveInfinity });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("campuses[0].gridImportLimitKw", "finite number");
    }

    [Fact]
    public void Validate_NegativePrices_AreAllowed()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with { PriceUsdPerMwh = [-50, -20, -1, -0.5] });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_NegativeCarbon_ReportsElement()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with { CarbonGPerKwh = [1, -2, 3, 4] });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("campuses[0].carbonGPerKwh[1]", "must be ≥ 0");
    }

    [Fact]
    public void Validate_AbsurdGridLimit_ReportsPlausibilityLimit()
    {
        // Arrange: 20 GW, most likely W given as kW.
        var scenario = ScenarioFixture.WithPhoenix(c => c with { GridImportLimitKw = 2e7 });

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("campuses[0].gridImportLimitKw", "above the plausibility limit of 1E+07 kW");
    }

    [Fact]
    public void Validate_NegativeGpuCount_ReportsInventoryKey()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with
        {
            GpuInventory = new Dictionary<string, int> { ["H100-SXM"] = -1 },
            InitialInstances = null,
        });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("campuses[0].gpuInventory['H100-SXM']", "must be ≥ 0");
    }

    [Fact]
    public void Validate_ManyProblems_ListsThemAll()
    {
        // Arrange
        var scenario = ScenarioFixture.WithBattery(b => b with { MinSocFraction = 0.9, MaxSocFraction = 0.8 });
        scenario = scenario with
        {
            Name = "",
            CarbonPriceUsdPerTonne = -1,
            Classes = [scenario.Classes[0] with { ModelId = "llama-9b" }, scenario.Classes[1]],
        };

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.ShouldContainError("name", "must not be empty");
        errors.ShouldContainError("carbonPriceUsdPerTonne", "must be ≥ 0");
        errors.ShouldContainError("campuses[0].battery.minSocFraction", "must be ≤ maxSocFraction");
        errors.ShouldContainError("workloadClasses[0].modelId", "matches no configuration");
    }
}
