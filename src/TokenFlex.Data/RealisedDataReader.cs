using System.Text;
using System.Text.Json;
using TokenFlex.Core.Domain;
using TokenFlex.Core.Validation;
using TokenFlex.Data.Json;

namespace TokenFlex.Data;

/// <summary>
/// Reads realised data for a re-dispatch: an overlay on a forecast scenario with the keys of a stochastic
/// scenario (<c>priceUsdPerMwh</c>, <c>carbonGPerKwh</c>, <c>pvAvailableKw</c> by campus, <c>demand</c>,
/// <c>eventCalled</c>) plus <c>demandResponseEvents</c> announced at short notice. The result is the forecast
/// with the realised data as its single stage-2 scenario, validated like any scenario.
/// </summary>
public static class RealisedDataReader
{
    /// <summary>Reads a realised-data file against its forecast.</summary>
    /// <param name="path">The overlay JSON file; CSV series are relative to its directory.</param>
    /// <param name="forecast">The scenario the plan was made on.</param>
    /// <exception cref="InputValidationException">The file is missing or has problems.</exception>
    public static Scenario ReadFile(string path, Scenario forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputValidationException(path, [new ValidationError("$", $"the file cannot be read: {e.Message}")]);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        return ReadString(text, directory, forecast, path);
    }

    /// <summary>Reads realised data given as JSON text.</summary>
    public static Scenario ReadString(string json, string baseDirectory, Scenario forecast, string source = "realised data")
    {
        ArgumentNullException.ThrowIfNull(forecast);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InputValidationException(source,
                [new ValidationError("$", $"malformed JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}")]);
        }

        using (document)
        {
            var context = new ReadContext(baseDirectory, forecast.Configurations) { Grid = forecast.TimeGrid };
            var fields = JsonFields.Of(document.RootElement, "", context);
            var overlay = StochasticReader.ReadOverlay(fields, "realised", 1);
            var events = fields.Objects("demandResponseEvents", required: false).Select(WorkloadReader.ReadEvent).ToList();
            fields.Finish();
            var realised = forecast with
            {
                DemandResponseEvents = [.. forecast.DemandResponseEvents, .. events],
                StochasticScenarios = [overlay],
            };
            var errors = context.Errors.Errors.Concat(ScenarioRules.Validate(realised).Where(e => !context.IsCovered(e.Path))).ToList();
            return errors.Count == 0 ? realised : throw new InputValidationException(source, errors);
        }
    }
}
