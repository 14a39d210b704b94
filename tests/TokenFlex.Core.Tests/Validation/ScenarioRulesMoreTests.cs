using TokenFlex.Core.Domain;
using TokenFlex.Core.Validation;

namespace TokenFlex.Core.Tests.Validation;

public class ScenarioRulesMoreTests
{
    [Fact]
    public void Validate_InteractiveWithDeadline_ReportsUnusedDeadline()
    {
        // Arrange
        var scenario = ScenarioFixture.WithChat(c => c with { DeadlineHours = 2 });

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("workloadClasses[0].deadlineHours", "applies only to deferrable classes");
    }

    [Fact]
    public void Validate_ZeroBandwidth_ReportsBandwidth()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        var west = scenario.Origins[0];
        var paths = new[] { west.Paths[0], west.Paths[1] with { BandwidthGbps = 0 } };
        scenario = scenario with { Origins = [west with { Paths = paths }, scenario.Origins[1]] };

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("origins[0].paths[1].bandwidthGbps", "must be > 0");
    }

    [Fact]
    public void Validate_EventOfPartialPeriods_ReportsDuration()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        var ev = scenario.DemandResponseEvents[0] with { DurationHours = 1.5 };
        scenario = scenario with { DemandResponseEvents = [ev] };

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("demandResponseEvents[0].durationHours", "whole number of periods of 1 h");
    }

    [Fact]
    public void Validate_InitialInstancesOnMissingGpuType_ReportsKey()
    {
        // Arrange
        var configurations = ScenarioFixture.Configurations().ToList();
        configurations.Add(ScenarioFixture.Config("b200-70b", "llama-3.1-70b", Precision.Fp4, 1, 1, 100) with
        {
            GpuType = "B200",
        });
        var scenario = ScenarioFixture.WithPhoenix(c => c with
        {
            InitialInstances = new Dictionary<string, int> { ["b200-70b"] = 1 },
        });
        scenario = scenario with { Configurations = configurations };

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("campuses[0].initialInstances['b200-70b']",
            "runs on B200, which campus 'phx' has none of");
    }

    [Fact]
    public void Validate_UnusedCoolingInputs_AreReported()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with
        {
            Cooling = new Cooling { Pue = 1.2, AmbientTemperatureC = [1, 2, 3, 4], OtherOverheadFraction = 0.05 },
        });

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.ShouldContainError("campuses[0].cooling.ambientTemperatureC", "used only with copCurve");
        errors.ShouldContainError("campuses[0].cooling.otherOverheadFraction", "applies only with copCurve");
    }

    [Fact]
    public void Validate_AmbientSeriesOfWrongLength_ReportsLength()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        var dal = scenario.Campuses[1];
        var cooling = dal.Cooling with { AmbientTemperatureC = [20, 21] };
        scenario = scenario with { Campuses = [scenario.Campuses[0], dal with { Cooling = cooling }] };

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("campuses[1].cooling.ambientTemperatureC", "has 2 values; the time grid has 4");
    }

    [Fact]
    public void Validate_TpotSloTooTight_NamesTpotAsTheReason()
    {
        // Arrange
        var scenario = ScenarioFixture.WithChat(c => c with { TpotSloMs = 10 });

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("workloadClasses[0]", "llama-70b-bf16-h100-tp4 (tpotMs 30 > tpotSloMs 10)");
    }

    [Fact]
    public void Validate_OnlyReachableCampusLacksGpus_ReportsDemand()
    {
        // Arrange: us-east is homed at dal, which gets no GPUs.
        var scenario = ScenarioFixture.Valid();
        var dal = scenario.Campuses[1] with { GpuInventory = new Dictionary<string, int> { ["H100-SXM"] = 0 } };
        scenario = scenario with { Campuses = [scenario.Campuses[0], dal] };

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("demand[1]",
            "no campus can serve class 'chat' from origin 'us-east': dal has no GPUs for an admissible configuration");
    }

    [Fact]
    public void Validate_ConfigurationWithoutModelOrGpu_ReportsBoth()
    {
        // Arrange
        var scenario = ScenarioFixture.WithConfiguration(c => c with { ModelId = " ", GpuType = "" });

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.ShouldContainError("configurations[2].modelId", "modelId must not be empty");
        errors.ShouldContainError("configurations[2].gpuType", "gpuType must be a GPU type");
    }

    [Fact]
    public void Validate_StartInYear9999_ReportsStartWithoutOverflow()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        var start = new DateTimeOffset(9999, 12, 31, 22, 0, 0, TimeSpan.Zero);
        scenario = scenario with { TimeGrid = scenario.TimeGrid with { StartUtc = start } };

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("timeGrid.startUtc", "between the years 1900 and 2200");
    }
}
