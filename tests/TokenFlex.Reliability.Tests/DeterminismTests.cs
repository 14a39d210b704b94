using System.Text.Json.Nodes;

namespace TokenFlex.Reliability.Tests;

/// <summary>
/// Issue 4, point 4: the same input and settings (one thread, the default, and the default seed) give the same plan:
/// summary.json agrees in every number but the clock's, and every CSV schedule is byte-identical.
/// </summary>
public class DeterminismTests
{
    /// <summary>Fields that measure the clock, not the plan.</summary>
    private static readonly string[] ClockFields = ["generatedAtUtc", "solveSeconds", "buildSeconds"];

    [Fact]
    [Trait("Category", "Reliability")]
    public void Run_SameScenarioTwice_GivesIdenticalPlans()
    {
        // Arrange
        var first = Scenarios.TempDirectory();
        var second = Scenarios.TempDirectory();
        string[] arguments = ["run", "--strategies", "B0,B3,P", "--threads", "1"];

        // Act
        var (firstCode, _, _) = CliRunner.Run([.. arguments, "--out", first]);
        var (secondCode, _, _) = CliRunner.Run([.. arguments, "--out", second]);

        // Assert
        (firstCode, secondCode).ShouldBe((0, 0));
        WithoutClock(Path.Combine(first, "summary.json")).ShouldBe(WithoutClock(Path.Combine(second, "summary.json")));
        var csvFiles = Directory.GetFiles(first, "*.csv", SearchOption.AllDirectories);
        static string[] Names(string dir) => Directory.GetFiles(dir, "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal).ToArray();
        Names(second).ShouldBe(Names(first));
        csvFiles.Length.ShouldBeGreaterThan(3 * 6, "each strategy writes at least its six schedule and cost files");
        foreach (var file in csvFiles)
        {
            var twin = Path.Combine(second, Path.GetRelativePath(first, file));
            File.ReadAllBytes(twin).ShouldBe(File.ReadAllBytes(file), Path.GetRelativePath(first, file));
        }
    }

    private static string WithoutClock(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        Strip(root);
        return root.ToJsonString();
    }

    private static void Strip(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var field in ClockFields)
            {
                obj.Remove(field);
            }

            foreach (var child in obj.Select(p => p.Value).OfType<JsonNode>().ToList())
            {
                Strip(child);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>().ToList())
            {
                Strip(child);
            }
        }
    }
}
