using System.Text.Json;
using TokenFlex.Cli.Rendering;
using TokenFlex.Reporting;

namespace TokenFlex.Cli.Tests;

public sealed class ReportCommandTests
{
    [Fact]
    public void Run_MicroWithReportAndSweep_WritesReportPlotsAndSweepFilesInOneManifest()
    {
        // Arrange
        var output = CliRunner.TempDirectory();

        // Act
        var (code, stdout, error) = CliRunner.Run(
            "run", "--scenario", CliRunner.TestData("micro.json"), "--strategies", "B0,P", "--out", output, "--report",
            "--sweeps", "carbon-price", "--jobs", "2");

        // Assert
        code.ShouldBe(ExitCodes.Success, error);
        stdout.ShouldContain("Sweep carbon-price");
        stdout.ShouldContain("Report: " + Path.Combine(output, "report.html"));
        var names = RunManifest.Read(output)!.Files.Select(f => f.Name).ToList();
        names.ShouldContain("report.html");
        names.ShouldContain("sweeps.json");
        names.ShouldContain("sweeps.csv");
        names.ShouldContain("summary.json");
        names.ShouldContain("plots/waterfall.svg");
        names.ShouldContain("plots/waterfall.png");
        names.ShouldContain("plots/sweep-carbon-price.png");
        File.ReadAllText(Path.Combine(output, "report.html")).ShouldContain("id=\"plot-sweep-carbon-price\"");
    }

    [Fact]
    public void Run_MicroWithoutReportOrSweeps_WritesNoReport()
    {
        // Arrange
        var output = CliRunner.TempDirectory();

        // Act
        var (code, _, error) = CliRunner.Run("run", "--scenario", CliRunner.TestData("micro.json"), "--strategies", "P", "--out", output);

        // Assert
        code.ShouldBe(ExitCodes.Success, error);
        File.Exists(Path.Combine(output, "report.html")).ShouldBeFalse();
        File.Exists(Path.Combine(output, "sweeps.json")).ShouldBeFalse();
    }

    [Fact]
    public void Sweep_MicroCarbonPrice_PrintsOneRowPerValueAndWritesSweepsJson()
    {
        // Arrange: the micro case emits nothing (carbon intensity 0), so every point costs 35 USD for B0 and P.
        var output = CliRunner.TempDirectory();

        // Act
        var (code, stdout, error) = CliRunner.Run(
            "sweep", "--scenario", CliRunner.TestData("micro.json"), "--sweeps", "carbon-price", "--out", output);

        // Assert
        code.ShouldBe(ExitCodes.Success, error);
        stdout.ShouldContain("Sweep carbon-price: carbon price [USD/t]");
        foreach (var value in new[] { "0", "30", "60", "120", "190" })
        {
            stdout.ShouldMatch($"│ +{value} │ +35 │ +35 │ +0.0 % │");
        }

        error.ShouldContain("Solved 5 sweep points");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "sweeps.json")));
        var points = json.RootElement.GetProperty("sweeps")[0].GetProperty("points");
        points.GetArrayLength().ShouldBe(5);
        points.EnumerateArray().ShouldAllBe(p => Math.Abs(p.GetProperty("p").GetProperty("totalCostUsd").GetDouble() - 35) < 1e-6);
    }

    [Fact]
    public void Sweep_UnknownSweepName_ExitsTwoNamingTheKnownSweeps()
    {
        // Act
        var (code, _, error) = CliRunner.Run("sweep", "--scenario", CliRunner.TestData("micro.json"), "--sweeps", "wind-speed");

        // Assert
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("wind-speed");
        error.ShouldContain("dr-reward");
    }

    [Fact]
    public void Costs_BaselineAndProposed_ShowsSavingColumnsInTheTable()
    {
        // Arrange
        var (_, stdout, _) = CliRunner.Run("run", "--scenario", CliRunner.TestData("micro.json"), "--strategies", "B0,P");

        // Assert: B0 and P coincide on the micro case (one configuration), so both savings are 0.
        stdout.ShouldContain("Saving");
        stdout.ShouldContain("Gross saving");
        stdout.ShouldContain("0.0 %");
        stdout.ShouldContain("GPU-h BF16");
        ResultTables.CostsTitle.ShouldBe("Plans: costs (USD)");
    }
}
