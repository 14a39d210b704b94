using System.Globalization;
using System.Text.Json;

namespace TokenFlex.Cli.Tests;

/// <summary>The README's run command on the built-in case, and its export checked by an independent solver.</summary>
[Trait("Category", "Examples")]
public sealed class BuiltInCaseTests
{
    private const double Gap = 1e-4;

    /// <summary>CBC 2.10 proves 0.1 % at the root in 0.2 s on this model but spends minutes closing 0.01 %.</summary>
    private const double CbcGap = 1e-3;

    [Fact]
    public void Run_BuiltInCase_SolvesEveryStrategyWithEqualTokensAndOrderedCosts()
    {
        // Arrange
        var output = CliRunner.TempDirectory();

        // Act
        var (code, stdout, error) = CliRunner.Run("run", "--out", output, "--gap", Gap.ToString("R"));

        // Assert
        code.ShouldBe(ExitCodes.Success, error);
        stdout.ShouldContain(Rendering.ResultTables.CostsTitle);
        stdout.ShouldContain("Campuses, P");
        var strategies = Strategies(output);
        strategies.Keys.ShouldBe(["B0", "B1", "B2", "B3", "P", "P-local", "P-static"]);
        foreach (var s in strategies.Values)
        {
            s.GetProperty("status").GetString().ShouldBe("optimal");
            s.GetProperty("servedTokens").GetDouble()
                .ShouldBe(strategies["B0"].GetProperty("servedTokens").GetDouble(), 1e-6 * strategies["B0"].GetProperty("servedTokens").GetDouble());
        }

        // More freedom never costs more, up to the gap: B0 ⊇ B1 ⊇ B2 ⊇ B3 ⊇ P in cost; ablations between B2 and P.
        string[][] chains = [["B0", "B1", "B2", "B3", "P"], ["B2", "P-local", "P"], ["B1", "P-static", "P"]];
        foreach (var chain in chains)
        {
            for (var i = 1; i < chain.Length; i++)
            {
                var less = Total(strategies[chain[i - 1]]);
                var more = Total(strategies[chain[i]]);
                more.ShouldBeLessThanOrEqualTo(less + Tolerance(less, more), $"{chain[i]} costs more than {chain[i - 1]}");
            }
        }

        // Each strategy's cost-periods.csv adds up, component by component, to its costs.csv.
        foreach (var name in strategies.Keys)
        {
            var periods = CsvRows(Path.Combine(output, name, "cost-periods.csv"));
            periods.Count.ShouldBeGreaterThan(1);
            foreach (var cost in CsvRows(Path.Combine(output, name, "costs.csv")).Skip(1))
            {
                periods.Skip(1).Where(r => r[3] == cost[1]).Sum(r => double.Parse(r[4], CultureInfo.InvariantCulture))
                    .ShouldBe(double.Parse(cost[2], CultureInfo.InvariantCulture), 1e-6, $"{name}: {cost[1]}");
            }
        }
    }

    [Fact]
    public void Export_BuiltInCase_CbcReachesTheSameObjectiveAsTokenFlex()
    {
        // Arrange
        var cbc = IndependentSolver.FindCbc();
        if (cbc is null)
        {
            return; // Checked in CI, where .ci/run installs coinor-cbc and sets TOKENFLEX_REQUIRE_CBC=1.
        }

        var output = CliRunner.TempDirectory();
        var mps = Path.Combine(output, "p.mps");

        // Act
        var export = CliRunner.Run("export", "--format", "mps", "--out", mps, "--gap", Gap.ToString("R"));
        var run = CliRunner.Run("run", "--strategies", "P", "--out", output, "--gap", Gap.ToString("R"));
        var cbcObjective = IndependentSolver.SolveMps(cbc, mps, CbcGap);

        // Assert: each is within its own gap of the optimum, so they agree within the sum of the gaps.
        export.ExitCode.ShouldBe(ExitCodes.Success, export.Error);
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        var ours = Strategies(output)["P"].GetProperty("modelObjective").GetDouble();
        cbcObjective.ShouldBe(ours, (Gap + CbcGap) * Math.Abs(ours) + 1e-6);
    }

    private static Dictionary<string, JsonElement> Strategies(string output)
    {
        var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        return summary.RootElement.GetProperty("strategies").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.Clone());
    }

    /// <summary>The rows of a CSV file whose fields hold no quotes or commas (ids and numbers).</summary>
    private static List<string[]> CsvRows(string path) =>
        File.ReadAllLines(path).Where(line => line.Length > 0).Select(line => line.Split(',')).ToList();

    private static double Total(JsonElement strategy) => strategy.GetProperty("totalCostUsd").GetDouble();

    /// <summary>Each solve is within the relative gap of its optimum, measured on the objective's scale.</summary>
    private static double Tolerance(double a, double b) => 2 * Gap * Math.Max(Math.Abs(a), Math.Abs(b)) + 1e-6;
}
