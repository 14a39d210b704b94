using System.Text.Json.Nodes;
using TokenFlex.OpenAdr.Mapping;
using TokenFlex.OpenAdr.Model;
using TokenFlex.OpenAdr.Reports;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.OpenAdr.Tests;

public class ReportTests
{
    /// <summary>A plan of the built-in case where every campus imports 1,000 + 10·t kW and pjm commits 2,000 kW.</summary>
    private static PlanResult Plan(double offsetKw = 0) => new()
    {
        ScenarioName = "three-campus",
        Strategy = "P",
        Solve = new SolveSummary { Status = SolveStatus.Optimal, Solver = "test" },
        Costs = new CostBreakdown(),
        Kpis = new PlanKpis(),
        CampusPeriods = TestFiles.Scenario.Campuses.SelectMany(c => Enumerable.Range(0, 24).Select(t => new CampusPeriodResult
        {
            CampusId = c.Id,
            Period = t,
            StartUtc = TestFiles.Scenario.TimeGrid.PeriodStartUtc(t),
            GridImportKw = 1000 + 10 * t + offsetKw,
            DrCommitmentKw = c.Id == "pjm" ? 2000 : 0,
        })).ToArray(),
    };

    private static ReportRequest Request(OpenAdrVersion version) => new()
    {
        EventId = "lim",
        ProgramId = "clr",
        ClientName = "tokenflex-ven",
        Version = version,
        CampusIds = ["pjm"],
    };

    [Theory]
    [InlineData(OpenAdrVersion.V31)]
    [InlineData(OpenAdrVersion.V30)]
    public void Write_Plan_ValidReportRequest(OpenAdrVersion version)
    {
        // Arrange
        var mapping = CampusMapping.Identity with { Targets = new Dictionary<string, string> { ["campus-pjm"] = "pjm" } };

        // Act
        var json = OpenAdrReportWriter.Write(Plan(), Plan(500), TestFiles.Scenario, mapping, Request(version));

        // Assert: 3.1 POSTs a reportRequest; 3.0 POSTs a report.
        OpenApiSchemas.Validate(json, version, version == OpenAdrVersion.V31 ? "reportRequest" : "report").ShouldBeEmpty();
        var resource = JsonNode.Parse(json)!["resources"]!.AsArray().ShouldHaveSingleItem()!;
        resource["resourceName"]!.GetValue<string>().ShouldBe("campus-pjm");
        resource["intervals"]!.AsArray().Count.ShouldBe(24);
    }

    [Fact]
    public void Build_PeriodTwo_PayloadsInKwAndKwh()
    {
        // Act
        var report = OpenAdrReportWriter.Build(Plan(), Plan(500), TestFiles.Scenario, CampusMapping.Identity, Request(OpenAdrVersion.V31));

        // Assert: import 1,020 kW for 1 h; baseline = the plan without events (1,520 kW);
        // available shed = min(import, maxCommitment 6,000 − committed 2,000) = 1,020 kW.
        var interval = report["resources"]![0]!["intervals"]![2]!;
        interval["intervalPeriod"]!.ToJsonString().ShouldBe("""{"start":"2025-03-24T09:00:00Z","duration":"PT1H"}""");
        var values = interval["payloads"]!.AsArray().ToDictionary(p => p!["type"]!.GetValue<string>(), p => p!["values"]![0]!.GetValue<double>());
        values.ShouldBe(new Dictionary<string, double>
        {
            ["USAGE_FORECAST"] = 1020,
            ["DEMAND"] = 1020,
            ["BASELINE"] = 1520,
            ["LOAD_SHED_DELTA_AVAILABLE"] = 1020,
        });
        report.ContainsKey("programID").ShouldBeFalse();
    }
}
