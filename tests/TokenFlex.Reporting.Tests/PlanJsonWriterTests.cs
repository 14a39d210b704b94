using System.Text.Json;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Tests;

public class PlanJsonWriterTests
{
    [Fact]
    public void ToUtf8Bytes_SolvedMicroCase_HoldsStrategyAndSchedulesKeyedLikeCsv()
    {
        // Arrange
        var result = Plans.Micro;

        // Act
        using var json = JsonDocument.Parse(PlanJsonWriter.ToUtf8Bytes(result, Plans.Start, savingVsB0: 0.25));

        // Assert
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["tokenflexVersion", "scenario", "generatedAtUtc", "strategy", "campusPeriods", "instances", "tokenFlows",
             "backlogs", "costPeriods"]);
        root.GetProperty("strategy").GetProperty("objectiveUsd").GetDouble().ShouldBe(35.0, 1e-6);
        root.GetProperty("strategy").GetProperty("savingVsB0").GetDouble().ShouldBe(0.25);
        var periods = root.GetProperty("campusPeriods");
        periods.GetArrayLength().ShouldBe(2);
        var csvHeader = Csv.Parse(CsvWriters.CampusPeriods([]))[0];
        periods[0].EnumerateObject().Select(p => p.Name).ShouldBe(csvHeader);
        periods[0].GetProperty("itPowerKw").GetDouble().ShouldBe(350, 1e-6);
        periods[1].GetProperty("startUtc").GetString().ShouldBe("2025-07-15T01:00:00Z");
        root.GetProperty("instances")[0].GetProperty("instances").GetInt32().ShouldBe(2);
        root.GetProperty("tokenFlows").GetArrayLength().ShouldBe(2);
        var costs = root.GetProperty("costPeriods");
        costs.GetArrayLength().ShouldBe(2);
        costs[0].EnumerateObject().Select(p => p.Name).ShouldBe(Csv.Parse(CsvWriters.CostPeriods([]))[0]);
        costs[1].GetProperty("component").GetString().ShouldBe("energy");
        costs[1].GetProperty("usd").GetDouble().ShouldBe(17.5, 1e-6);
    }

    [Fact]
    public void ToUtf8Bytes_HorizonAndOriginCosts_WritesNullPeriodAndCampus()
    {
        // Arrange: a demand charge (no period) and an unserved penalty (no campus).
        var result = Plans.WithTotal("P", 100) with
        {
            CostPeriods =
            [
                new CostPeriodResult("c1", null, null, "demandCharge", 80),
                new CostPeriodResult(null, 0, Plans.Start, "unservedPenalty", 20),
            ],
        };

        // Act
        using var json = JsonDocument.Parse(PlanJsonWriter.ToUtf8Bytes(result, Plans.Start));

        // Assert
        var costs = json.RootElement.GetProperty("costPeriods");
        costs[0].GetProperty("period").ValueKind.ShouldBe(JsonValueKind.Null);
        costs[0].GetProperty("startUtc").ValueKind.ShouldBe(JsonValueKind.Null);
        costs[1].GetProperty("campusId").ValueKind.ShouldBe(JsonValueKind.Null);
        costs[1].GetProperty("period").GetInt32().ShouldBe(0);
    }

    [Fact]
    public void ToUtf8Bytes_NoSolution_EmptySchedulesAndNullCosts()
    {
        // Arrange
        var result = Plans.NoSolution("P");

        // Act
        using var json = JsonDocument.Parse(PlanJsonWriter.ToUtf8Bytes(result, Plans.Start));

        // Assert
        var root = json.RootElement;
        root.GetProperty("strategy").GetProperty("costs").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("campusPeriods").GetArrayLength().ShouldBe(0);
        root.GetProperty("instances").GetArrayLength().ShouldBe(0);
    }
}
