using TokenFlex.Core.Domain;
using TokenFlex.OpenAdr.Mapping;
using TokenFlex.OpenAdr.Model;
using TokenFlex.OpenAdr.Reading;

namespace TokenFlex.OpenAdr.Tests;

/// <summary>The built-in case starts at 2025-03-24 07:00 UTC, hourly: 21:00 UTC is period 14.</summary>
public class AdapterTests
{
    private static IReadOnlyList<OpenAdrEvent> Events(params System.Text.Json.Nodes.JsonObject[] events) =>
        OpenAdrReader.ReadEvents(TestFiles.Array(events), "test");

    [Fact]
    public void Apply_ImportCapacityLimit_FirmServiceLevelAndCalledWindow()
    {
        // Arrange: 1,000 kW at ercot (not enrolled) for 10:00 and 11:00 UTC = periods 3 and 4.
        var events = Events(TestFiles.Event(OpenAdrVersion.V31, "lim", "clr", "ercot", "2025-03-24T10:00:00Z",
            "IMPORT_CAPACITY_LIMIT", "KW", 1000, 1000));

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, events, CampusMapping.Identity);

        // Assert
        var enrolment = result.Scenario.Campuses.Single(c => c.Id == "ercot").DemandResponse.ShouldNotBeNull();
        enrolment.BaselineMode.ShouldBe(BaselineMode.FirmServiceLevel);
        enrolment.FirmServiceLevelKw.ShouldBe(1000);
        enrolment.PenaltyUsdPerMwh.ShouldBe(5000);
        enrolment.MaxCommitmentKw.ShouldBe(5000); // import limit 6,000 − 1,000
        enrolment.ProgramId.ShouldBe("clr");
        var window = result.Scenario.DemandResponseEvents.Single(e => e.CampusId == "ercot");
        window.ShouldBe(new DemandResponseEvent
        {
            Id = "lim.ercot",
            CampusId = "ercot",
            StartUtc = new DateTimeOffset(2025, 3, 24, 10, 0, 0, TimeSpan.Zero),
            DurationHours = 2,
        });
        var signal = result.Signals.ShouldHaveSingleItem();
        (signal.EventId, signal.ProgramId, signal.CampusId, signal.PayloadType, signal.LimitKw)
            .ShouldBe(("lim", "clr", "ercot", "IMPORT_CAPACITY_LIMIT", (double?)1000));
        signal.Periods.ShouldBe([3, 4]);
    }

    [Fact]
    public void Apply_LimitWithProgramTerms_TakesPenaltyFromProgram()
    {
        // Arrange
        var programs = OpenAdrReader.ReadPrograms(TestFiles.Text("programs-3.1.json"), "programs");
        var events = Events(TestFiles.Event(OpenAdrVersion.V31, "lim", "ercot-clr", "ercot", "2025-03-24T10:00:00Z",
            "IMPORT_CAPACITY_LIMIT", "KW", 1000));

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, events, CampusMapping.Identity, programs);

        // Assert
        var enrolment = result.Scenario.Campuses.Single(c => c.Id == "ercot").DemandResponse!;
        enrolment.PenaltyUsdPerMwh.ShouldBe(2500);
        enrolment.CapacityPaymentUsdPerKwHour.ShouldBe(0.01);
    }

    [Fact]
    public void Apply_DispatchSetpointInMwVaryingByInterval_LowestLevelWithNote()
    {
        // Arrange
        var events = Events(TestFiles.Event(OpenAdrVersion.V31, "sp", "clr", "ercot", "2025-03-24T10:00:00Z",
            "DISPATCH_SETPOINT", "MW", 1.5, 1.2));

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, events, CampusMapping.Identity);

        // Assert
        result.Scenario.Campuses.Single(c => c.Id == "ercot").DemandResponse!.FirmServiceLevelKw!.Value.ShouldBe(1200, 1e-9);
        result.Notes.ShouldContain(new AdapterNote("campus ercot", true, "the import limit varies from 1,200 kW to 1,500 kW; a firm "
            + "service level is one number per campus, so the lowest applies in every called period"));
    }

    [Fact]
    public void Apply_PricePerKwh_OverridesThosePeriodsInUsdPerMwh()
    {
        // Arrange
        var events = Events(TestFiles.Event(OpenAdrVersion.V31, "tou", "tariff", "caiso", "2025-03-24T21:00:00Z", "PRICE", "KWH", 0.5, 0.25));
        var before = TestFiles.Scenario.Campuses.Single(c => c.Id == "caiso").PriceUsdPerMwh;

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, events, CampusMapping.Identity);

        // Assert
        var price = result.Scenario.Campuses.Single(c => c.Id == "caiso").PriceUsdPerMwh;
        price[14].ShouldBe(500, 1e-9);
        price[15].ShouldBe(250, 1e-9);
        price[13].ShouldBe(before[13]);
        result.Scenario.DemandResponseEvents.ShouldBe(TestFiles.Scenario.DemandResponseEvents);
    }

    [Fact]
    public void Apply_PriceAsAdder_AddsToScenarioPrice()
    {
        // Arrange
        var events = Events(TestFiles.Event(OpenAdrVersion.V31, "adder", "tariff", "caiso", "2025-03-24T21:00:00Z", "PRICE", "MWH", 40));
        var before = TestFiles.Scenario.Campuses.Single(c => c.Id == "caiso").PriceUsdPerMwh[14];

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, events, CampusMapping.Identity with { PriceIsAdder = true });

        // Assert
        result.Scenario.Campuses.Single(c => c.Id == "caiso").PriceUsdPerMwh[14].ShouldBe(before + 40, 1e-9);
    }

    [Fact]
    public void Apply_TwoOverlappingPrices_HigherPriorityWins()
    {
        // Arrange: priority 0 outranks priority 5, whatever the order.
        var high = TestFiles.Event(OpenAdrVersion.V31, "high", "tariff", "caiso", "2025-03-24T21:00:00Z", "PRICE", "MWH", 900);
        high["priority"] = 0;
        var low = TestFiles.Event(OpenAdrVersion.V31, "low", "tariff", "caiso", "2025-03-24T21:00:00Z", "PRICE", "MWH", 100);
        low["priority"] = 5;

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, Events(high, low), CampusMapping.Identity);

        // Assert
        result.Scenario.Campuses.Single(c => c.Id == "caiso").PriceUsdPerMwh[14].ShouldBe(900);
    }

    [Fact]
    public void Apply_Ghg_OverridesCarbonIntensity()
    {
        // Arrange
        var events = Events(TestFiles.Event(OpenAdrVersion.V31, "ghg", "signals", "pjm", "2025-03-24T21:00:00Z", "GHG", "GHG", 812));

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, events, CampusMapping.Identity);

        // Assert
        result.Scenario.Campuses.Single(c => c.Id == "pjm").CarbonGPerKwh[14].ShouldBe(812);
    }

    [Fact]
    public void Apply_SimpleLevelTwoAtEnrolledCampus_HalfTheContractedReductionAsMinimum()
    {
        // Arrange: pjm is enrolled with maxCommitmentKw 6,000; level 2 asks 0.5 of it.
        var events = Events(TestFiles.Event(OpenAdrVersion.V30, "simple", "pjm-load-management", "pjm", "2025-03-25T02:00:00Z", "SIMPLE", null, 2, 0));

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, events, CampusMapping.Identity);

        // Assert
        result.Scenario.Campuses.Single(c => c.Id == "pjm").DemandResponse!.MinCommitmentKw.ShouldBe(3000);
        result.Scenario.DemandResponseEvents[^1].ShouldBe(new DemandResponseEvent
        {
            Id = "simple.pjm",
            CampusId = "pjm",
            StartUtc = new DateTimeOffset(2025, 3, 25, 2, 0, 0, TimeSpan.Zero),
            DurationHours = 1,
        });
    }

    [Fact]
    public void Apply_SimpleAtCampusWithoutEnrolment_IgnoredWithReason()
    {
        // Arrange
        var events = Events(TestFiles.Event(OpenAdrVersion.V31, "simple", "p", "caiso", "2025-03-24T21:00:00Z", "SIMPLE", null, 3));

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, events, CampusMapping.Identity);

        // Assert
        result.Scenario.Campuses.Single(c => c.Id == "caiso").DemandResponse.ShouldBeNull();
        result.Signals.ShouldBeEmpty();
        result.Notes.ShouldContain(new AdapterNote("campus caiso", false, "SIMPLE events need a DR enrolment (the shed is a share of its "
            + "contracted reduction); the campus has none, so they are not applied"));
    }

    [Fact]
    public void Apply_UnknownTargetAndPayload_NotedNotApplied()
    {
        // Arrange
        var ev = TestFiles.Event(OpenAdrVersion.V31, "e", "p", "feeder-9", "2025-03-24T21:00:00Z", "EXPORT_PRICE", null, 1);

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, Events(ev), CampusMapping.Identity);

        // Assert
        result.Notes.Select(n => n.ToString()).ShouldBe(
        [
            "ignored: e: targets feeder-9 match no campus; add them to the mapping",
            "ignored: e: no target of the event matches a campus",
        ]);
        result.Signals.ShouldBeEmpty();
        result.Scenario.DemandResponseEvents.ShouldBe(TestFiles.Scenario.DemandResponseEvents);
    }

    [Fact]
    public void Apply_MappedTargetOutsideHorizon_Noted()
    {
        // Arrange
        var ev = TestFiles.Event(OpenAdrVersion.V31, "late", "p", "feeder-9", "2025-04-01T00:00:00Z", "GHG", null, 300);
        var mapping = CampusMapping.Identity with { Targets = new Dictionary<string, string> { ["feeder-9"] = "pjm" } };

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, Events(ev), mapping);

        // Assert
        result.Notes.ShouldHaveSingleItem().ToString().ShouldBe("ignored: late: interval 0 lies outside the planning horizon");
    }
}
