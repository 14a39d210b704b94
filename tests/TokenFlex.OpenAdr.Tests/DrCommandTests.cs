using System.Text.Json.Nodes;
using TokenFlex.Cli;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Tests;

/// <summary><c>tokenflex dr events</c> end to end: the VEN reads events from a local VTN and the plan responds to them.</summary>
public class DrCommandTests
{
    private const string SecretVariable = "TOKENFLEX_TEST_VTN_SECRET";

    private static (int Code, string Output, string Error) Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static Dictionary<string, double> Payloads(JsonNode interval) =>
        interval["payloads"]!.AsArray().ToDictionary(p => p!["type"]!.GetValue<string>(), p => p!["values"]![0]!.GetValue<double>());

    [Fact]
    public void DrEvents_ImportLimitFromLocalVtn_PlanHoldsErcotToTheLimitAndPostsReport()
    {
        // Arrange: 1,000 kW at ercot for 10:00–12:00 UTC (periods 3 and 4); without it P imports more there.
        using var vtn = new LocalVtn(OpenAdrVersion.V31);
        vtn.Programs.Add(TestFiles.Program("ercot-clr", "ERCOT controllable load"));
        vtn.Events.Add(TestFiles.Event(OpenAdrVersion.V31, "lim", "ercot-clr", "campus-ercot", "2025-03-24T10:00:00Z",
            "IMPORT_CAPACITY_LIMIT", "KW", 1000, 1000));
        Environment.SetEnvironmentVariable(SecretVariable, LocalVtn.ClientSecret);
        var output = Directory.CreateTempSubdirectory("openadr-cli-");

        // Act
        var (code, text, error) = Cli("dr", "events", "--vtn", vtn.BaseUri.AbsoluteUri, "--client-id", LocalVtn.ClientId,
            "--client-secret-env", SecretVariable, "--map", "campus-ercot=ercot", "--out", output.FullName, "--post-report",
            "--gap", "0.001");

        // Assert
        code.ShouldBe(ExitCodes.Success, error);
        text.ShouldContain("Read 1 program(s) and 1 event(s) from the VTN.");
        text.ShouldContain("applied: campus ercot: grid import is capped at 1,000 kW in 2 period(s) (a hard limit, "
                           + "E4); the campus has no DR enrolment, so the cap is an order without DR payment or "
                           + "penalty");
        var json = File.ReadAllText(Path.Combine(output.FullName, "openadr-report-lim.json"));
        OpenApiSchemas.Validate(json, OpenAdrVersion.V31, "reportRequest").ShouldBeEmpty();
        var resource = JsonNode.Parse(json)!["resources"]!.AsArray().ShouldHaveSingleItem()!;
        resource["resourceName"]!.GetValue<string>().ShouldBe("campus-ercot");
        foreach (var period in new[] { 3, 4 })
        {
            var values = Payloads(resource["intervals"]![period]!);
            values["DEMAND"].ShouldBeLessThanOrEqualTo(1000 + 1e-3, $"import with the event, period {period}");
            values["BASELINE"].ShouldBeGreaterThan(1000 + 1, $"import without the event, period {period}");
        }

        vtn.PostedReports.ShouldHaveSingleItem().ShouldBe(json);
        foreach (var served in vtn.Served.Where(s => s.Component is not null))
        {
            (served.IsArray ? OpenApiSchemas.ValidateArray(served.Body, vtn.Version, served.Component!)
                : OpenApiSchemas.Validate(served.Body, vtn.Version, served.Component!)).ShouldBeEmpty(served.Path);
        }
    }

    [Fact]
    public void DrEvents_TwoIntervalsWithDifferentLimits_PlanHoldsEachPeriodToItsOwnLimit()
    {
        // Arrange: an event file limiting ercot to 1,500 kW at 10:00 UTC (period 3) and 1,000 kW at 11:00 UTC
        // (period 4); without the event, P imports more than 1,500 kW in both periods.
        var output = Directory.CreateTempSubdirectory("openadr-cli-");
        var file = Path.Combine(output.FullName, "events.json");
        var ev = TestFiles.Event(OpenAdrVersion.V31, "steps", "ercot-clr", "campus-ercot", "2025-03-24T10:00:00Z",
            "IMPORT_CAPACITY_LIMIT", "KW", 1500, 1000);
        File.WriteAllText(file, TestFiles.Array(ev));

        // Act
        var (code, text, error) = Cli("dr", "events", file, "--map", "campus-ercot=ercot", "--out", output.FullName,
            "--gap", "0.001");

        // Assert: the plan's import (DEMAND) is within each period's own limit, not the lowest of the two.
        code.ShouldBe(ExitCodes.Success, error);
        text.ShouldContain("applied: campus ercot: grid import is capped at each interval's limit, 1,000 kW to "
                           + "1,500 kW, in 2 period(s) (a hard limit, E4)");
        var json = File.ReadAllText(Path.Combine(output.FullName, "openadr-report-steps.json"));
        var intervals = JsonNode.Parse(json)!["resources"]![0]!["intervals"]!;
        foreach (var (period, limitKw) in new[] { (3, 1500.0), (4, 1000.0) })
        {
            var values = Payloads(intervals[period]!);
            values["DEMAND"].ShouldBeLessThanOrEqualTo(limitKw + 1e-3, $"import with the event, period {period}");
            values["BASELINE"].ShouldBeGreaterThan(limitKw + 1, $"import without the event, period {period}");
        }

        Payloads(intervals[3]!)["DEMAND"].ShouldBeGreaterThan(1000 + 1, "period 3 may import above period 4's limit");
    }

    [Fact]
    public void DrEvents_NeitherFileNorVtn_InvalidInput()
    {
        // Act
        var (code, _, error) = Cli("dr", "events");

        // Assert
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldStartWith("error: give either an event FILE or --vtn URL, not both and not neither.");
    }

    [Fact]
    public void DrEvents_SecretVariableUnset_InvalidInputNamingIt()
    {
        // Act
        var (code, _, error) = Cli("dr", "events", "--vtn", "http://127.0.0.1:9/", "--client-id", "x", "--client-secret-env", "TOKENFLEX_UNSET_VARIABLE");

        // Assert
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldStartWith("error: the environment variable TOKENFLEX_UNSET_VARIABLE (--client-secret-env) is not set.");
    }
}
