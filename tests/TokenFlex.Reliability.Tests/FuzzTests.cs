using System.Diagnostics;
using TokenFlex.Data;
using TokenFlex.Scenarios.Planning;
using Xunit.Abstractions;

namespace TokenFlex.Reliability.Tests;

/// <summary>
/// Issue 4, point 2: thousands of seeded mutations of valid scenarios (the micro case, a two-campus micro case with
/// CSV series, and the built-in case as ScenarioWriter writes it) give either a validation error or a result, never
/// another exception, a hang or a partial output file. Bounded by a deadline (TOKENFLEX_FUZZ_SECONDS, default 60).
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20250324;

    [Fact]
    [Trait("Category", "Fuzz")]
    public void Fuzz_MutatedScenarios_GiveAResultOrAValidationErrorAndNothingElse()
    {
        // Arrange
        var seconds = double.TryParse(Environment.GetEnvironmentVariable("TOKENFLEX_FUZZ_SECONDS"),
            System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 60;
        var stats = new FuzzStats();
        var prices = File.ReadAllText(Path.Combine(Scenarios.DataDirectory, "prices.csv"));
        FuzzHarness[] harnesses =
        [
            new("micro", new ScenarioMutator(File.ReadAllText(Scenarios.MicroPath), new Dictionary<string, string>()),
                "P", solveEvery: 1, cliEvery: 25, stats),
            new("micro-csv", new ScenarioMutator(
                    File.ReadAllText(Path.Combine(Scenarios.DataDirectory, "micro-csv.json")),
                    new Dictionary<string, string> { ["prices.csv"] = prices }),
                "P", solveEvery: 1, cliEvery: 25, stats),
            new("built-in", new ScenarioMutator(ScenarioWriter.Write(PlanningService.BuiltInScenario()),
                new Dictionary<string, string>()), "B0", solveEvery: 40, cliEvery: 200, stats),
        ];
        var clock = Stopwatch.StartNew();

        // Act
        for (var index = 0; clock.Elapsed.TotalSeconds < seconds; index++)
        {
            if (!harnesses[index % harnesses.Length].Run(Seed, index / harnesses.Length))
            {
                break;
            }
        }

        // Assert
        output.WriteLine($"{stats} in {clock.Elapsed.TotalSeconds:F0} s");
        stats.Notes.ForEach(output.WriteLine);
        stats.Failures.ShouldBeEmpty(string.Join("\n\n", stats.Failures.Take(5)));
        stats.Cases.ShouldBeGreaterThan(seconds >= 60 ? 1000 : 0);
        stats.Invalid.ShouldBeGreaterThan(0);
        stats.Valid.ShouldBeGreaterThan(0);
    }
}
