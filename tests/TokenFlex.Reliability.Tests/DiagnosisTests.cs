using System.Text.Json.Nodes;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Diagnostics;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Reliability.Tests;

/// <summary>
/// Issue 4, point 3: an infeasible plan says which campus, periods, classes and constraints conflict, and by how much.
/// </summary>
public class DiagnosisTests
{
    [Fact]
    public void Solve_BuiltInB0WithHalfTheGpusAtPjm_BlamesPjmEastAndItsGpuBudgetInTheEveningPeak()
    {
        // Arrange: B0 serves every origin at home on a peak-sized BF16 fleet; PJM's peak needs 75 % of 4,096 GPUs.
        var scenario = Scenarios.BuiltInWith(
            "pjm", c => c with { GpuInventory = new Dictionary<string, int> { ["H100-SXM"] = 2048 } });

        // Act
        var result = Scenarios.Solve(scenario, StrategyCatalog.B0);

        // Assert: only PJM and its home origin (east) are at fault, in a run that holds the chat peak (15:00 EDT =
        // 19:00 UTC = period 12), with the GPU budget binding.
        result.Solve.Status.ShouldBe(SolveStatus.Infeasible);
        var findings = result.Diagnosis.ShouldNotBeNull().Findings;
        findings.ShouldNotBeEmpty();
        findings.ShouldAllBe(f => f.CampusIds.Count == 1 && f.CampusIds[0] == "pjm" && f.OriginId == "east");
        findings.ShouldAllBe(f => f.ClassId == "chat" || f.ClassId == "code" || f.ClassId == "batch");
        var demand = findings.First(f => f.Families[0] == "R1_Demand");
        demand.Families.ShouldContain("S1_GpuBudget");
        demand.FirstPeriod.ShouldBeLessThanOrEqualTo(12);
        demand.LastPeriod.ShouldBeGreaterThanOrEqualTo(12);
        demand.Message.ShouldStartWith("campus pjm, 2025-03-24 ");
        result.Solve.Message.ShouldContain("diagnosis (capacity check; elastic re-solve (Optimal))");
    }

    [Fact]
    public void Solve_BuiltInB0WithPjmGridBelowItsFloorLoad_ReportsFloorLoadAndGridExcessAtPjm()
    {
        // Arrange: 1 MW of interconnection for a campus whose own demand needs about 2 MW even at its lightest.
        var scenario = Scenarios.BuiltInWith("pjm", c => c with { GridImportLimitKw = 1000 });

        // Act
        var result = Scenarios.Solve(scenario, StrategyCatalog.B0);

        // Assert
        result.Solve.Status.ShouldBe(SolveStatus.Infeasible);
        var findings = result.Diagnosis.ShouldNotBeNull().Findings;
        findings.ShouldAllBe(f => f.CampusIds.Count == 1 && f.CampusIds[0] == "pjm");
        var floor = findings.First(f => f.Message.Contains("floor load", StringComparison.Ordinal));
        floor.Families.ShouldBe(["E3_PowerBalance", "E4_GridImportLimit"]);
        floor.Message.ShouldStartWith("campus pjm, 2025-03-24 ");
        floor.Message.ShouldContain("but the campus can draw at most 1,000 kW (grid import limit 1,000 kW plus PV, "
                                    + "battery and generators)");
        var grid = findings.Single(f => f.Families[0] == "E4_GridImportLimit" && f != floor);
        (grid.FirstPeriod, grid.LastPeriod).ShouldBe((0, 23));
        grid.Unit.ShouldBe("kW");
        grid.Shortfall.ShouldBeGreaterThan(floor.Shortfall);
    }

    [Fact]
    public void Solve_MicroWithImportCapBelowTheFloorInHourOne_NamesTheCapAndThatHour()
    {
        // Arrange: hour 1 needs 1.5 Mtok/s; its import is capped at 100 kW (the interconnection is 10,000 kW).
        var scenario = Scenarios.Micro(n => n["campuses"]![0]!["gridImportCapKw"] = new JsonArray(10_000, 100));

        // Act
        var result = Scenarios.Solve(scenario, StrategyCatalog.P);

        // Assert: the floor is 1.5 M tok/s × (0.1 J/tok / 1000 + 100 kW / 1 M tok/s) = 300 kW against 100 kW.
        result.Solve.Status.ShouldBe(SolveStatus.Infeasible);
        var findings = result.Diagnosis.ShouldNotBeNull().Findings;
        findings.First(f => f.Message.Contains("floor load", StringComparison.Ordinal)).Message.ShouldBe(
            "campus c1, 2025-07-15 01:00–02:00 UTC: the floor load is 300 kW (auxiliary load 0 kW plus the least "
            + "power of the demand only this campus can serve, times the PUE), but the campus can draw at most 100 kW "
            + "(grid import cap 100 kW plus PV, battery and generators), short by 200 kW (E3_PowerBalance, "
            + "E4_GridImportLimit)");
        findings.ShouldAllBe(f => f.FirstPeriod == 1 && f.LastPeriod == 1);

        // The elastic re-solve runs 2 instances: 2 × 100 kW + 0.1 J/tok × 1.5 M tok/s = 350 kW, 250 kW over the cap.
        findings.ShouldContain(f => f.Message == "campus c1, 2025-07-15 01:00–02:00 UTC: needs 350 kW from the grid, "
                                    + "above the import cap of 100 kW by 250 kW (E4_GridImportLimit, E3_PowerBalance)");
    }

    [Fact]
    public void Diagnose_MicroWithDemandAboveItsEightGpus_GivesExactCapacityAndElasticSentences()
    {
        // Arrange: 9 Mtok/s in the first hour on 8 instances of 1 Mtok/s.
        var scenario = Scenarios.Micro(n => n["demand"]![0]!["tokensPerSecond"] = new JsonArray(9e6, 1.5e6));

        // Act
        var result = Scenarios.Solve(scenario, StrategyCatalog.P);

        // Assert
        result.Diagnosis.ShouldNotBeNull().Findings.Select(f => f.Message).ShouldBe(
        [
            "campus c1, 2025-07-15 00:00–01:00 UTC: class chat from origin o1 needs 9 M tok/s, admissible capacity 8 M "
            + "tok/s with every GPU serving it, short by 1 M tok/s (R1_Demand, R3_Capacity, S1_GpuBudget)",
            "campus c1, 2025-07-15 00:00–01:00 UTC: class chat from origin o1 needs 9 M tok/s, admissible capacity 8 M "
            + "tok/s, short by 1 M tok/s (R1_Demand, S1_GpuBudget)",
        ]);
    }

    [Fact]
    public void Diagnose_MicroWithCarbonCapTooLow_GivesTheExcessOverTheCap()
    {
        // Arrange: 350 kW for 2 h at 400 g/kWh emits 0.28 t; the cap is 0.1 t.
        var scenario = Scenarios.Micro(n =>
        {
            n["carbonCapTonnes"] = 0.1;
            n["campuses"]![0]!["carbonGPerKwh"] = 400;
        });

        // Act
        var result = Scenarios.Solve(scenario, StrategyCatalog.P);

        // Assert
        var finding = result.Diagnosis.ShouldNotBeNull().Findings.ShouldHaveSingleItem();
        finding.Message.ShouldBe("the whole horizon: serving the demand emits 0.28 t CO2, above the carbon cap of "
                                 + "0.1 t by 0.18 t (C1_CarbonCap)");
        finding.Shortfall.ShouldBe(0.18, 1e-6);
    }

    [Fact]
    public void CapacityCheck_LocalRoutingFromAnOriginWithoutGpusAtHome_SaysNoRouteIsAdmissible()
    {
        // Arrange: origin o2 lives at c2, which has no GPUs; only a path to c1 serves it, and B0 routes locally.
        var scenario = Scenarios.Micro(n =>
        {
            n["campuses"]!.AsArray().Add(JsonNode.Parse(
                "{\"id\":\"c2\",\"gpuInventory\":{\"G\":0},\"gridImportLimitKw\":1000,\"cooling\":{\"pue\":1},"
                + "\"priceUsdPerMwh\":50,\"carbonGPerKwh\":0}"));
            n["origins"]!.AsArray().Add(JsonNode.Parse(
                "{\"id\":\"o2\",\"homeCampusId\":\"c2\",\"paths\":[{\"campusId\":\"c1\",\"rttMs\":20}]}"));
            n["demand"]!.AsArray().Add(
                JsonNode.Parse("{\"classId\":\"chat\",\"originId\":\"o2\",\"tokensPerSecond\":1000}"));
        });
        var inputs = new FormulationInputs { Scenario = scenario, Restrictions = StrategyCatalog.B0.Restrictions };

        // Act
        var findings = CapacityCheck.Run(inputs);

        // Assert
        findings.ShouldHaveSingleItem().Message.ShouldBe(
            "no campus, 2025-07-15 00:00–02:00 UTC: class chat from origin o2 needs 1 k tok/s, no admissible route "
            + "under this strategy (model, precision, quality and SLO rules, local routing), short by 1 k tok/s "
            + "(R1_Demand, R3_Capacity, S1_GpuBudget)");
    }

    [Fact]
    public void Solve_MicroWithAllowUnserved_ServesWhatItCanAndReportsTheShortfall()
    {
        // Arrange
        var scenario = Scenarios.Micro(n => n["demand"]![0]!["tokensPerSecond"] = new JsonArray(9e6, 1.5e6));

        // Act
        var result = Scenarios.Solve(scenario, Scenarios.PAllowingUnserved);
        var shortfalls = UnservedReport.From(scenario, result);

        // Assert: 1 Mtok/s for one hour = 3.6 G tokens.
        result.Solve.Status.ShouldBe(SolveStatus.Optimal);
        result.Kpis.UnservedTokens.ShouldBe(3.6e9, 1);
        shortfalls.ShouldHaveSingleItem().Message.ShouldBe(
            "class chat from origin o1, 2025-07-15 00:00–01:00 UTC: up to 1 M tok/s of 9 M tok/s not served (3.6 G "
            + "tokens in all)");
    }
}
