using System.Text.Json;

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
             "backlogs"]);
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
