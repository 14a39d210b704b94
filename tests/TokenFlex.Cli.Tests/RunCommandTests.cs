using System.Text.Json;

namespace TokenFlex.Cli.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public void Run_MicroScenario_WritesSummaryWithHandDerivedObjective()
    {
        // Arrange
        var output = CliRunner.TempDirectory();

        // Act
        var (code, stdout, _) = CliRunner.Run(
            "run", "--scenario", CliRunner.TestData("micro.json"), "--strategies", "P", "--out", output);

        // Assert: (E1) 2 instances · 100 kW + 0.1 J/tok · 1.5 Mtok/s = 350 kW for 2 h at 50 $/MWh = $35.
        code.ShouldBe(ExitCodes.Success);
        stdout.ShouldContain(Rendering.ResultTables.CostsTitle);
        stdout.ShouldContain(Rendering.ResultTables.OperationsTitle);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        var p = summary.RootElement.GetProperty("strategies")[0];
        p.GetProperty("name").GetString().ShouldBe("P");
        p.GetProperty("status").GetString().ShouldBe("optimal");
        p.GetProperty("objectiveUsd").GetDouble().ShouldBe(35.0, 1e-6);
        p.GetProperty("totalCostUsd").GetDouble().ShouldBe(35.0, 1e-6);
        p.GetProperty("modelObjective").GetDouble().ShouldBe(0.035, 1e-9);
        p.GetProperty("servedTokens").GetDouble().ShouldBe(2 * 1.5e6 * 3600, 1);
        p.GetProperty("gridEnergyMwh").GetDouble().ShouldBe(0.7, 1e-9);
        File.Exists(Path.Combine(output, "P", "campus-periods.csv")).ShouldBeTrue();
    }

    [Fact]
    public void Run_InfeasibleScenario_ReportsStatusAndExitsThree()
    {
        // Arrange: 9 Mtok/s on 8 one-GPU instances of 1 Mtok/s cannot be served.
        var json = File.ReadAllText(CliRunner.TestData("micro.json")).Replace("[1500000, 1500000]", "[9000000, 1500000]");
        var path = Path.Combine(CliRunner.TempDirectory(), "infeasible.json");
        File.WriteAllText(path, json);

        // Act
        var (code, _, error) = CliRunner.Run("run", "--scenario", path, "--strategies", "P");

        // Assert
        code.ShouldBe(ExitCodes.NoPlan);
        error.ShouldContain("P: Infeasible");
    }

    [Fact]
    public void Catalog_Default_ListsTheEightBuiltInConfigurations()
    {
        // Act
        var (code, output, _) = CliRunner.Run("catalog");

        // Assert
        code.ShouldBe(ExitCodes.Success);
        foreach (var id in new[]
                 {
                     "llama-3.1-8b-bf16-h100", "llama-3.1-8b-fp8-h100", "llama-3.1-8b-int8-h100", "llama-3.1-8b-int4-h100",
                     "llama-3.1-70b-bf16-h100-tp4", "llama-3.1-70b-fp8-h100-tp2", "llama-3.1-70b-int8-h100-tp2",
                     "llama-3.1-70b-int4-h100-tp1",
                 })
        {
            output.ShouldContain(id);
        }
    }
}
