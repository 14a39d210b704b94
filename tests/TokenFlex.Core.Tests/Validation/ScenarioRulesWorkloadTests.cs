using TokenFlex.Core.Domain;
using TokenFlex.Core.Validation;

namespace TokenFlex.Core.Tests.Validation;

public class ScenarioRulesWorkloadTests
{
    [Fact]
    public void Validate_ClassModelWithoutConfiguration_ListsKnownModels()
    {
        // Arrange
        var scenario = ScenarioFixture.WithChat(c => c with { ModelId = "llama-9b" });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("workloadClasses[0].modelId",
            "modelId 'llama-9b' matches no configuration; known models: llama-3.1-8b, llama-3.1-70b");
    }

    [Fact]
    public void Validate_DeferrableWithoutDeadline_ReportsDeadline()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        scenario = scenario with { Classes = [scenario.Classes[0], scenario.Classes[1] with { DeadlineHours = 0 }] };

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("workloadClasses[1].deadlineHours", "deferrable class needs deadlineHours > 0");
    }

    [Fact]
    public void Validate_NoAdmissibleConfiguration_SaysWhyForEach()
    {
        // Arrange: BF16 is excluded by precision, INT4 by the 3 % quality cap.
        var scenario = ScenarioFixture.WithChat(c => c with { AdmissiblePrecisions = [Precision.Int4] });

        // Act
        var error = ScenarioRules.Validate(scenario).ShouldContainError("workloadClasses[0]",
            "class 'chat' has demand but no admissible configuration");

        // Assert
        error.Message.ShouldContain("llama-70b-bf16-h100-tp4 (BF16 is not in admissiblePrecisions)");
        error.Message.ShouldContain("llama-70b-int4-h100-tp2 (quality loss 4 % > maxQualityLossPercent 3)");
    }

    [Fact]
    public void Validate_NoAdmissibleConfigurationButNoDemand_IsAccepted()
    {
        // Arrange
        var scenario = ScenarioFixture.WithChat(c => c with { TtftSloMs = 10 });
        scenario = scenario with { Demand = [scenario.Demand[2]] };

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_OriginOutOfTtftReach_ReportsDemand()
    {
        // Arrange: 250 ms SLO, 200 ms TTFT; us-west reaches phx at 5 ms (fine), so move it to 60 ms and drop dal.
        var scenario = ScenarioFixture.WithChat(c => c with { TtftSloMs = 250 });
        scenario = scenario with
        {
            Origins =
            [
                scenario.Origins[0] with { Paths = [new NetworkPath { CampusId = "phx", RttMs = 60 }] },
                scenario.Origins[1],
            ],
        };

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("demand[0]",
            "no campus can serve class 'chat' from origin 'us-west': phx: rtt 60 ms + ttft 200 ms > ttftSloMs 250");
    }

    [Fact]
    public void ReachableCampuses_HomeWithoutPath_IsReachableAtZeroRtt()
    {
        // Arrange
        var origin = new DemandOrigin
        {
            Id = "o",
            HomeCampusId = "a",
            Paths = [new NetworkPath { CampusId = "b", RttMs = 40 }],
        };

        // Act
        var reach = ScenarioRules.ReachableCampuses(origin).ToList();

        // Assert
        reach.ShouldBe([("a", 0.0), ("b", 40.0)]);
    }

    [Fact]
    public void Validate_UnknownReferences_ReportEachPath()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        scenario = scenario with
        {
            Origins =
            [
                scenario.Origins[0] with
                {
                    HomeCampusId = "lax",
                    Paths =
                    [
                        new NetworkPath { CampusId = "sea", RttMs = 5 },
                        new NetworkPath { CampusId = "sea", RttMs = 5 },
                    ],
                },
                scenario.Origins[1],
            ],
            Demand = [.. scenario.Demand, ScenarioFixture.Demand("code", "eu", 1)],
        };

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.ShouldContainError(
            "origins[0].homeCampusId", "homeCampusId 'lax' matches no campus; known campuses: phx, dal");
        errors.ShouldContainError("origins[0].paths[1].campusId", "campusId 'sea' matches no campus");
        errors.ShouldContainError("demand[3].classId", "classId 'code' matches no workload class");
        errors.ShouldContainError("demand[3].originId", "originId 'eu' matches no origin");
    }

    [Fact]
    public void Validate_DuplicatePath_ReportsSecond()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        var path = new NetworkPath { CampusId = "dal", RttMs = 5 };
        scenario = scenario with { Origins = [scenario.Origins[0], scenario.Origins[1] with { Paths = [path, path] }] };

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("origins[1].paths[1].campusId", "a second path to campus 'dal'");
    }

    [Fact]
    public void Validate_DemandGivenTwice_ReportsSecondSeries()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        scenario = scenario with { Demand = [.. scenario.Demand, ScenarioFixture.Demand("chat", "us-west", 5)] };

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("demand[3]",
            "a second demand series for class 'chat' from origin 'us-west' (first at demand[0])");
    }

    [Fact]
    public void Validate_AbsurdDemand_ReportsElement()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        var demand = scenario.Demand[0] with { TokensPerSecond = [1, 2, 3e12, 4] };
        scenario = scenario with { Demand = [demand, scenario.Demand[1], scenario.Demand[2]] };

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("demand[0].tokensPerSecond[2]", "plausibility limit");
    }

    [Fact]
    public void Validate_EventAtCampusWithoutEnrolment_ReportsCampusId()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        var ev = scenario.DemandResponseEvents[0] with { CampusId = "dal" };
        scenario = scenario with { DemandResponseEvents = [ev] };

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("demandResponseEvents[0].campusId", "campus 'dal' has no demandResponse enrolment");
    }

    [Fact]
    public void Validate_EventUnknownCampus_ReportsCampusId()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        scenario = scenario with { DemandResponseEvents = [scenario.DemandResponseEvents[0] with { CampusId = "x" }] };

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("demandResponseEvents[0].campusId", "campusId 'x' matches no campus");
    }

    [Fact]
    public void Validate_EventPastHorizon_ReportsWindow()
    {
        // Arrange: starts at hour 3 of 4 and lasts 2 h.
        var scenario = ScenarioFixture.Valid();
        var ev = scenario.DemandResponseEvents[0] with { StartUtc = ScenarioFixture.Start.AddHours(3) };
        scenario = scenario with { DemandResponseEvents = [ev] };

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("demandResponseEvents[0].startUtc", "must lie inside the horizon");
    }

    [Fact]
    public void Validate_EventOffPeriodBoundary_ReportsStart()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        var ev = scenario.DemandResponseEvents[0] with { StartUtc = ScenarioFixture.Start.AddMinutes(30) };
        scenario = scenario with { DemandResponseEvents = [ev] };

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("demandResponseEvents[0].startUtc", "must fall on a period boundary");
    }

    [Fact]
    public void Validate_BadConfigurationNumbers_ReportsEach()
    {
        // Arrange
        var scenario = ScenarioFixture.WithConfiguration(c => c with
        {
            GpusPerInstance = 0,
            ThroughputTokensPerSecond = 0,
            StaticPowerKw = -1,
            EnergyJPerToken = -0.1,
            SloHeadroomFraction = 1.5,
        });

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.ShouldContainError("configurations[2].gpusPerInstance", "must be ≥ 1");
        errors.ShouldContainError("configurations[2].throughputTokensPerSecond", "must be > 0");
        errors.ShouldContainError("configurations[2].staticPowerKw", "must be ≥ 0");
        errors.ShouldContainError("configurations[2].energyJPerToken", "must be ≥ 0");
        errors.ShouldContainError("configurations[2].sloHeadroomFraction", "in (0, 1]");
    }

    [Fact]
    public void Validate_InteractiveBacklog_ReportsBacklog()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        scenario = scenario with
        {
            Demand = [scenario.Demand[0] with { InitialBacklogTokens = 10 }, scenario.Demand[1], scenario.Demand[2]],
        };

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("demand[0].initialBacklogTokens", "applies only to deferrable classes");
    }
}
