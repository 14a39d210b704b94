using System.Text.Json;
using System.Text.Json.Nodes;
using TokenFlex.Core.Catalog;
using TokenFlex.Core.Validation;
using TokenFlex.Data;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Strategies;
using Xunit.Abstractions;

namespace TokenFlex.Reliability.Tests;

/// <summary>
/// Issue 4, points 1 and 2, systematically: every number of the two-campus micro case is replaced, one at a time, by
/// each hostile value; each result must be a validation error or a plan the engine accepted (no engine error).
/// </summary>
public class FieldSweepTests(ITestOutputHelper output)
{
    private static readonly JsonNode?[] Hostile =
        ["NaN", -1, 0, 1e308, -1e308, 1e15, 2147483648, 0.000001, null, "12"];

    [Fact]
    [Trait("Category", "Fuzz")]
    public void Sweep_EachNumberReplacedByEachHostileValue_GivesAValidationErrorOrAnAcceptedModel()
    {
        // Arrange
        var path = Path.Combine(Scenarios.DataDirectory, "micro-csv.json");
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip };
        var root = JsonNode.Parse(File.ReadAllText(path), documentOptions: options)!;
        var leaves = NumberPaths(root).ToList();
        var problems = new List<string>();
        var (invalid, solved) = (0, 0);

        // Act
        foreach (var leaf in leaves)
        {
            foreach (var value in Hostile)
            {
                var node = root.DeepClone();
                Replace(node, leaf, value?.DeepClone());
                var label = $"{leaf} = {value?.ToJsonString() ?? "null"}";
                try
                {
                    var scenario = ScenarioReader.ReadString(
                        node.ToJsonString(), Scenarios.DataDirectory, BuiltInCatalog.Entries);
                    var result = Scenarios.Solve(scenario, StrategyCatalog.P, timeLimitSeconds: 2);
                    solved++;
                    if (result.Solve.Status is SolveStatus.Error
                        || (result.Solve.Status is SolveStatus.Infeasible && result.Diagnosis is null)
                        || (result.HasSolution && !double.IsFinite(result.Costs.ObjectiveUsd)))
                    {
                        problems.Add($"{label}: {result.Solve.Status}: {result.Solve.Message}");
                    }
                }
                catch (InputValidationException)
                {
                    invalid++;
                }
#pragma warning disable CA1031 // Any other exception is the failure this test looks for.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    problems.Add($"{label}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        // Assert
        output.WriteLine(
            $"{leaves.Count} numbers × {Hostile.Length} values: {invalid} validation errors, {solved} solved");
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    private static IEnumerable<string> NumberPaths(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Value is null ? [] : NumberPaths(p.Value)),
        JsonArray array => array.SelectMany(item => item is null ? [] : NumberPaths(item)),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number => [value.GetPath()],
        _ => [],
    };

    private static void Replace(JsonNode root, string path, JsonNode? value)
    {
        var target = Find(root, path) ?? throw new InvalidOperationException(path);
        switch (target.Parent)
        {
            case JsonObject obj:
                obj[target.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = value;
                break;
        }
    }

    private static JsonNode? Find(JsonNode node, string path) => node.GetPath() == path ? node : node switch
    {
        JsonObject obj => obj.Select(p => p.Value is null ? null : Find(p.Value, path))
            .FirstOrDefault(n => n is not null),
        JsonArray array => array.Select(i => i is null ? null : Find(i, path)).FirstOrDefault(n => n is not null),
        _ => null,
    };
}
