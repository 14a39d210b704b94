using System.Text.Json;
using System.Text.Json.Nodes;
using TokenFlex.Core.Domain;
using TokenFlex.Core.Validation;

namespace TokenFlex.Data.Tests;

/// <summary>Access to the test data and helpers that read a mutated copy of the valid fixture.</summary>
internal static class TestScenarios
{
    public static string DataDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestData");

    public static string ValidPath { get; } = Path.Combine(DataDirectory, "valid.json");

    /// <summary>The valid fixture as a mutable JSON tree.</summary>
    public static JsonObject ValidNode()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip };
        return JsonNode.Parse(File.ReadAllText(ValidPath), documentOptions: options)!.AsObject();
    }

    public static Scenario Read(JsonNode node) =>
        ScenarioReader.ReadString(node.ToJsonString(), DataDirectory, TestCatalog.Entries);

    /// <summary>Reads the valid fixture after <paramref name="change"/> and returns the errors it must raise.</summary>
    public static IReadOnlyList<ValidationError> ErrorsAfter(Action<JsonObject> change)
    {
        var node = ValidNode();
        change(node);
        return ErrorsOf(node.ToJsonString());
    }

    public static IReadOnlyList<ValidationError> ErrorsOf(string json) => Should.Throw<InputValidationException>(
        () => ScenarioReader.ReadString(json, DataDirectory, TestCatalog.Entries)).Errors;

    public static JsonObject Campus(this JsonObject root, int index) => root["campuses"]![index]!.AsObject();

    /// <summary>Asserts that an error at <paramref name="path"/> contains <paramref name="fragment"/>.</summary>
    public static ValidationError ShouldContainError(
        this IReadOnlyList<ValidationError> errors, string path, string fragment)
    {
        var match = errors.FirstOrDefault(
            e => e.Path == path && e.Message.Contains(fragment, StringComparison.Ordinal));
        match.ShouldNotBeNull(
            $"expected an error at '{path}' containing '{fragment}'; got:\n  {string.Join("\n  ", errors)}");
        return match;
    }
}
