using TokenFlex.Reporting;

namespace TokenFlex.Cli.Tests;

public sealed class OperationsCommandTests
{
    [Fact]
    public void Stochastic_MicroScenario_ReportsVssAndEvpi()
    {
        // Arrange
        var output = CliRunner.TempDirectory();

        // Act
        var (code, stdout, error) = CliRunner.Run(
            "stochastic", "--scenario", CliRunner.TestData("micro.json"), "--scenarios", "3", "--seed", "7", "--out", output);

        // Assert
        code.ShouldBe(ExitCodes.Success, error);
        stdout.ShouldContain("VSS");
        stdout.ShouldContain("EVPI");
        var json = File.ReadAllText(Path.Combine(output, "stochastic.json"));
        json.ShouldContain("\"vssUsd\"");
        File.Exists(Path.Combine(output, "RP", "stage-one.json")).ShouldBeTrue();
    }

    [Fact]
    public void Redispatch_DemandSurge_ReportsSurpriseCost()
    {
        // Arrange: plan the micro case, then realise 1.6 Mtok/s in hour 1 instead of 1.5 with the stage-1 fleet of 2.
        var output = CliRunner.TempDirectory();
        CliRunner.Run("run", "--scenario", CliRunner.TestData("micro.json"), "--strategies", "P", "--out", output).ExitCode
            .ShouldBe(ExitCodes.Success);
        var realised = Path.Combine(output, "realised.json");
        File.WriteAllText(realised, """{ "demand": [ { "classId": "chat", "originId": "o1", "tokensPerSecond": [1500000, 1600000] } ] }""");

        // Act
        var (code, stdout, error) = CliRunner.Run(
            "redispatch", "--scenario", CliRunner.TestData("micro.json"), "--plan", Path.Combine(output, "P", "stage-one.json"),
            "--realised", realised);

        // Assert: 2 instances still cover 1.6 Mtok/s: only the energy term grows, 0.1 J/tok · 0.1 Mtok/s = 10 kW for 1 h
        // at 50 $/MWh ⇒ a surprise of $0.50.
        code.ShouldBe(ExitCodes.Success, error);
        stdout.ShouldContain("Cost of the surprise: 0.50 USD");
        stdout.ShouldContain("total cost 35.00 → 35.50 USD (+0.50 USD)");
    }

    [Fact]
    public void Simulate_TwoDays_WritesPlanVersusActual()
    {
        // Arrange
        var output = CliRunner.TempDirectory();

        // Act
        var (code, stdout, error) = CliRunner.Run(
            "simulate", "--scenario", CliRunner.TestData("micro.json"), "--days", "2", "--out", output);

        // Assert
        code.ShouldBe(ExitCodes.Success, error);
        stdout.ShouldContain("Plan vs actual");
        File.ReadAllLines(Path.Combine(output, "simulation.csv")).Length.ShouldBe(3);
    }

    [Fact]
    public void Simulate_TwoDaysWithReport_WritesPageTablesAndPlotsInOneManifest()
    {
        // Arrange
        var output = CliRunner.TempDirectory();

        // Act
        var (code, stdout, error) = CliRunner.Run(
            "simulate", "--scenario", CliRunner.TestData("micro.json"), "--days", "2", "--out", output, "--report");

        // Assert: one campus, so no per-campus plot; 2 days × 1 campus × 2 periods in simulation-periods.csv.
        code.ShouldBe(ExitCodes.Success, error);
        stdout.ShouldContain("Report: " + Path.Combine(output, "simulation.html"));
        RunManifest.Read(output)!.Files.Select(f => f.Name).ShouldBe(
        [
            "plots/daily-cost.png", "plots/daily-cost.svg", "plots/fleet-import.png", "plots/fleet-import.svg",
            "simulation-periods.csv", "simulation.csv", "simulation.html",
        ]);
        File.ReadAllLines(Path.Combine(output, "simulation-periods.csv")).Length.ShouldBe(1 + 4);
        var html = File.ReadAllText(Path.Combine(output, "simulation.html"));
        html.ShouldContain("<figure class=\"plot\" id=\"plot-fleet-import\">");
        html.ShouldContain("<figure class=\"plot\" id=\"plot-daily-cost\">");
    }
}
