using System.Text.Json.Nodes;
using TokenFlex.Core.Domain;
using TokenFlex.OpenAdr.Mapping;
using TokenFlex.OpenAdr.Model;
using TokenFlex.OpenAdr.Reading;

namespace TokenFlex.OpenAdr.Tests;

/// <summary>The built-in case starts at 2025-03-24 07:00 UTC, hourly: 21:00 UTC is period 14.</summary>
public class AdapterTests
{
    private static IReadOnlyList<OpenAdrEvent> Events(params JsonObject[] events) =>
        OpenAdrReader.ReadEvents(TestFiles.Array(events), "test");

    /// <summary>An import cap: <paramref name="capsKw"/> in their periods, else 6,000 kW.</summary>
    private static double[] CapsKw(params (int Period, double CapKw)[] capsKw)
    {
        // Every built-in campus has a 6,000 kW interconnection and no cap, so uncovered periods keep 6,000 kW.
        var caps = Enumerable.Repeat(6000.0, TestFiles.Scenario.TimeGrid.PeriodCount).ToArray();
        foreach (var (period, capKw) in capsKw)
        {
            caps[period] = capKw;
        }

        return caps;
    }

    [Fact]
    public void Apply_ImportCapacityLimit_CapsThosePeriodsWithoutEnrolling()
    {
        // Arrange: 1,000 kW at ercot (not enrolled) for 10:00 and 11:00 UTC = periods 3 and 4.
        var events = Events(TestFiles.Event(OpenAdrVersion.V31, "lim", "clr", "ercot", "2025-03-24T10:00:00Z",
            "IMPORT_CAPACITY_LIMIT", "KW", 1000, 1000));

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, events, CampusMapping.Identity);

        // Assert: a hard cap in periods 3 and 4; no enrolment and no DR event (an order, not a paid program).
        var ercot = result.Scenario.Campuses.Single(c => c.Id == "ercot");
        ercot.GridImportCapKw.ShouldBe(CapsKw((3, 1000), (4, 1000)));
        ercot.DemandResponse.ShouldBeNull();
        result.Scenario.DemandResponseEvents.ShouldBe(TestFiles.Scenario.DemandResponseEvents);
        var signal = result.Signals.ShouldHaveSingleItem();
        (signal.EventId, signal.ProgramId, signal.CampusId, signal.PayloadType)
            .ShouldBe(("lim", "clr", "ercot", "IMPORT_CAPACITY_LIMIT"));
        signal.Periods.ShouldBe([3, 4]);
        signal.LimitsKw.ShouldBe([1000, 1000]);
        result.Notes.ShouldContain(new AdapterNote("campus ercot", true, "grid import is capped at 1,000 kW in 2 "
            + "period(s) (a hard limit, E4); the campus has no DR enrolment, so the cap is an order without DR payment "
            + "or penalty"));
    }

    [Fact]
    public void Apply_LimitWithProgramTermsAtCampusWithoutEnrolment_ProgramTermsNotApplied()
    {
        // Arrange: ercot-clr carries a penalty and a capacity payment, but ercot is not enrolled in it.
        var programs = OpenAdrReader.ReadPrograms(TestFiles.Text("programs-3.1.json"), "programs");
        var events = Events(TestFiles.Event(OpenAdrVersion.V31, "lim", "ercot-clr", "ercot", "2025-03-24T10:00:00Z",
            "IMPORT_CAPACITY_LIMIT", "KW", 1000));

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, events, CampusMapping.Identity, programs);

        // Assert
        var ercot = result.Scenario.Campuses.Single(c => c.Id == "ercot");
        ercot.DemandResponse.ShouldBeNull();
        ercot.GridImportCapKw.ShouldBe(CapsKw((3, 1000)));
    }

    [Fact]
    public void Apply_LimitAtEnrolledCampus_CallsItsEnrolmentWithProgramTerms()
    {
        // Arrange: pjm is enrolled in pjm-load-management (two-pass baseline); its program sets a 2,500 USD/MWh
        // penalty. 3,000 kW for 10:00 and 11:00 UTC = periods 3 and 4.
        var program = TestFiles.Program("pjm-load-management", "PJM load management");
        program["attributes"] = new JsonArray(new JsonObject
        {
            ["type"] = ProgramTerms.Penalty,
            ["values"] = new JsonArray(2500),
        });
        var programs = OpenAdrReader.ReadPrograms(TestFiles.Array(program), "programs");
        var events = Events(TestFiles.Event(OpenAdrVersion.V31, "lim", "pjm-load-management", "pjm",
            "2025-03-24T10:00:00Z", "IMPORT_CAPACITY_LIMIT", "KW", 3000, 3000));
        var before = TestFiles.Scenario.Campuses.Single(c => c.Id == "pjm").DemandResponse!;

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, events, CampusMapping.Identity, programs);

        // Assert: the cap, the enrolment as it was apart from the program's penalty, and one called window.
        var pjm = result.Scenario.Campuses.Single(c => c.Id == "pjm");
        pjm.GridImportCapKw.ShouldBe(CapsKw((3, 3000), (4, 3000)));
        pjm.DemandResponse.ShouldBe(before with { PenaltyUsdPerMwh = 2500 });
        result.Scenario.DemandResponseEvents.ShouldBe(
        [
            .. TestFiles.Scenario.DemandResponseEvents,
            new DemandResponseEvent
            {
                Id = "lim.pjm",
                CampusId = "pjm",
                StartUtc = new DateTimeOffset(2025, 3, 24, 10, 0, 0, TimeSpan.Zero),
                DurationHours = 2,
            },
        ]);
        result.Notes.ShouldContain(new AdapterNote("campus pjm", true, "grid import is capped at 3,000 kW in 2 "
            + "period(s) (a hard limit, E4); the capped periods are called DR events of its enrolment in "
            + "pjm-load-management"));
    }

    [Fact]
    public void Apply_DispatchSetpointInMwVaryingByInterval_ExactCapPerPeriod()
    {
        // Arrange: 1.5 MW then 1.2 MW at ercot for periods 3 and 4.
        var events = Events(TestFiles.Event(OpenAdrVersion.V31, "sp", "clr", "ercot", "2025-03-24T10:00:00Z",
            "DISPATCH_SETPOINT", "MW", 1.5, 1.2));

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, events, CampusMapping.Identity);

        // Assert: 1.5 MW × 1000 = 1,500 kW and 1.2 MW × 1000 = 1,200 kW, each in its own period.
        var caps = result.Scenario.Campuses.Single(c => c.Id == "ercot").GridImportCapKw.ShouldNotBeNull();
        caps[3].ShouldBe(1500, 1e-9);
        caps[4].ShouldBe(1200, 1e-9);
        caps.Where((_, t) => t is not (3 or 4)).ShouldAllBe(c => c == 6000);
        result.Signals.ShouldHaveSingleItem().LimitsKw!.Select(v => Math.Round(v, 9)).ShouldBe([1500, 1200]);
        result.Notes.ShouldContain(new AdapterNote("campus ercot", true, "grid import is capped at each interval's "
            + "limit, 1,200 kW to 1,500 kW, in 2 period(s) (a hard limit, E4); the campus has no DR enrolment, so the "
            + "cap is an order without DR payment or penalty"));
    }

    [Fact]
    public void Apply_TwoOverlappingLimits_LowestPerPeriod()
    {
        // Arrange: "a" limits periods 3 and 4 to 2,000 kW; "b" limits period 4 to 1,500 kW and period 5 to 2,500 kW.
        var a = TestFiles.Event(OpenAdrVersion.V31, "a", "clr", "ercot", "2025-03-24T10:00:00Z",
            "IMPORT_CAPACITY_LIMIT", "KW", 2000, 2000);
        var b = TestFiles.Event(OpenAdrVersion.V31, "b", "clr", "ercot", "2025-03-24T11:00:00Z",
            "IMPORT_CAPACITY_LIMIT", "KW", 1500, 2500);

        // Act
        var result = OpenAdrScenarioAdapter.Apply(TestFiles.Scenario, Events(a, b), CampusMapping.Identity);

        // Assert: period 4 takes min(2,000, 1,500); each signal reports the limit in force in its periods.
        result.Scenario.Campuses.Single(c => c.Id == "ercot").GridImportCapKw
            .ShouldBe(CapsKw((3, 2000), (4, 1500), (5, 2500)));
        result.Signals.Single(s => s.EventId == "a").LimitsKw.ShouldBe([2000, 1500]);
        result.Signals.Single(s => s.EventId == "b").LimitsKw.ShouldBe([1500, 2500]);
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
