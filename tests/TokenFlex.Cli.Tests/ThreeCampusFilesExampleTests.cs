using TokenFlex.Data;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Cli.Tests;

/// <summary>examples/three-campus-files rebuilds the built-in case from ISO price CSVs and carbon-API JSON.</summary>
[Trait("Category", "Examples")]
public sealed class ThreeCampusFilesExampleTests
{
    private const double Gap = 1e-4;

    private static string ExamplePath(string name) => RepositoryPaths.Examples(ThreeCampusFilesExample.Folder, name);

    [Fact]
    public void Generate_CommittedExampleFiles_AreWhatTheBuiltInCaseGives()
    {
        // Arrange
        var files = ThreeCampusFilesExample.Generate(PlanningService.BuiltInScenario());
        if (Environment.GetEnvironmentVariable("TOKENFLEX_WRITE_EXAMPLES") == "1")
        {
            foreach (var (name, text) in files)
            {
                File.WriteAllText(ExamplePath(name), text);
            }
        }

        // Act
        var committed = files.Keys.ToDictionary(n => n, n => File.Exists(ExamplePath(n)) ? File.ReadAllText(ExamplePath(n)) : "");

        // Assert
        foreach (var (name, text) in files)
        {
            committed[name].ShouldBe(text, $"{name} is stale; regenerate with TOKENFLEX_WRITE_EXAMPLES=1");
        }
    }

    [Fact]
    public void ReadFile_Example_EqualsTheBuiltInCase()
    {
        // Arrange
        var builtIn = PlanningService.BuiltInScenario();

        // Act
        var read = PlanningService.LoadScenario(ExamplePath("scenario.json"));

        // Assert: every field and series value, as the writer prints them (shortest round-trip numbers).
        ScenarioWriter.Write(read with { Name = builtIn.Name, Description = builtIn.Description })
            .ShouldBe(ScenarioWriter.Write(builtIn));
    }

    [Fact]
    public void Run_Example_HasTheBuiltInCasesObjectiveOfP()
    {
        // Arrange
        var options = new SolveOptions { RelativeGap = Gap };
        var service = new PlanningService();

        // Act
        var builtIn = service.Run(PlanningService.BuiltInScenario(), options, [StrategyCatalog.P]).Single();
        var files = service.Run(PlanningService.LoadScenario(ExamplePath("scenario.json")), options, [StrategyCatalog.P])
            .Single();

        // Assert: both within the gap of the same optimum.
        var expected = builtIn.Solve.ModelObjective.ShouldNotBeNull();
        files.Solve.ModelObjective.ShouldNotBeNull().ShouldBe(expected, 2 * Gap * Math.Abs(expected) + 1e-9);
    }
}
