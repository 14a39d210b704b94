using System.Text.Json;
using System.Text.Json.Serialization;
using TokenFlex.Core.Validation;
using TokenFlex.Optimization;

namespace TokenFlex.Reporting;

/// <summary>
/// The stage-1 decisions of a plan as JSON (<c>stage-one.json</c>): what a re-dispatch holds fixed. Keys are
/// camelCase: <c>instances[].campusId, configurationId, countsByCommitmentPeriod</c>, <c>generators[]</c>,
/// <c>drCommitments[].commitmentKwByPeriod</c>.
/// </summary>
public static class StageOneJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Write(StageOneDecisions decisions) => JsonSerializer.Serialize(decisions, Options) + "\n";

    /// <summary>Reads a stage-one file; problems are reported as an <see cref="InputValidationException"/>.</summary>
    public static StageOneDecisions ReadFile(string path)
    {
        try
        {
            var decisions = JsonSerializer.Deserialize<StageOneDecisions>(File.ReadAllText(path), Options);
            return decisions ?? throw Problem(path, "the file holds no stage-one decisions (null)");
        }
        catch (JsonException e)
        {
            throw Problem(path, $"not a stage-one file ({e.Path}): {e.Message.Split(" Path:")[0]}; write one with "
                                + "`tokenflex run --out DIR` (DIR/P/stage-one.json)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Problem(path, $"the file cannot be read: {e.Message}");
        }
    }

    private static InputValidationException Problem(string path, string message) =>
        new(path, [new ValidationError("$", message)]);
}
