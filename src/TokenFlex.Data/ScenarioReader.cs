using System.Text;
using System.Text.Json;
using TokenFlex.Core.Domain;
using TokenFlex.Core.Validation;
using TokenFlex.Data.Csv;
using TokenFlex.Data.Json;

namespace TokenFlex.Data;

/// <summary>
/// Reads a scenario document (docs/scenario-format.md) into a validated <see cref="Scenario"/>. Every problem
/// — malformed JSON, wrong types, missing or unknown fields, unreadable CSV series and every
/// <see cref="ScenarioRules"/> violation — is collected with its JSON path and thrown as one
/// <see cref="InputValidationException"/>; no other exception is thrown for a user's mistake.
/// </summary>
public static class ScenarioReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads and validates a scenario file; CSV series are resolved relative to its directory.</summary>
    /// <param name="path">Path of the scenario JSON file.</param>
    /// <param name="catalog">Configuration catalogue that <c>catalogId</c> entries refer to.</param>
    /// <returns>The validated scenario.</returns>
    /// <exception cref="InputValidationException">The file is missing, unreadable or has problems.</exception>
    public static Scenario ReadFile(string path, IReadOnlyList<ServingConfiguration> catalog)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(catalog);
        byte[]? bytes;
        try
        {
            bytes = BoundedFile.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Problem(path, $"file not found: {Path.GetFullPath(path)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException
                                      or NotSupportedException)
        {
            throw Problem(path, $"the file cannot be read: {e.Message}");
        }

        if (bytes is null)
        {
            throw Problem(path, BoundedFile.TooLargeMessage(Path.GetFileName(path)));
        }

        if (CsvParser.Utf8Problem(bytes, Path.GetFileName(path)) is { } encodingProblem)
        {
            throw Problem(path, encodingProblem);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        return Read(bytes, directory, catalog, path);
    }

    /// <summary>Reads and validates a scenario given as JSON text.</summary>
    /// <param name="json">The scenario document.</param>
    /// <param name="baseDirectory">Directory that CSV series paths are relative to.</param>
    /// <param name="catalog">Configuration catalogue that <c>catalogId</c> entries refer to.</param>
    /// <returns>The validated scenario.</returns>
    /// <exception cref="InputValidationException">The document has problems.</exception>
    public static Scenario ReadString(string json, string baseDirectory, IReadOnlyList<ServingConfiguration> catalog)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        ArgumentNullException.ThrowIfNull(catalog);
        return Read(Encoding.UTF8.GetBytes(json), baseDirectory, catalog, "scenario");
    }

    private static Scenario Read(
        byte[] utf8, string baseDirectory, IReadOnlyList<ServingConfiguration> catalog, string source)
    {
        using var document = Parse(utf8, source);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Problem(source, $"the top level must be a JSON object {{ \"name\": …, \"timeGrid\": …, … }}, got "
                                  + JsonFields.Describe(root));
        }

        var context = new ReadContext(baseDirectory, catalog);
        var scenario = ScenarioParser.Read(JsonFields.Of(root, "", context));
        var ruleErrors = ScenarioRules.Validate(scenario).Where(e => !context.IsCovered(e.Path));
        var errors = context.Errors.Errors.Concat(ruleErrors).ToList();
        if (errors.Count > 0)
        {
            throw new InputValidationException(source, errors);
        }

        return scenario;
    }

    private static JsonDocument Parse(byte[] utf8, string source)
    {
        ReadOnlyMemory<byte> json = utf8;
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw Problem(source, "the document is empty; a scenario is a JSON object (see docs/scenario-format.md)");
        }

        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = cut < 0 ? reason : reason[..cut];
            throw Problem(source, $"malformed JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: "
                                  + reason + NonFiniteHint(json.Span, e));
        }
    }

    /// <summary>
    /// A hint when the JSON breaks at a bare NaN or Infinity (as Python's json.dumps and some spreadsheets
    /// write them), which JSON does not allow; empty otherwise.
    /// </summary>
    private static string NonFiniteHint(ReadOnlySpan<byte> json, JsonException e)
    {
        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } column)
        {
            return "";
        }

        var offset = 0;
        for (var l = 0L; l < line && offset >= 0; l++)
        {
            var next = json[offset..].IndexOf((byte)'\n');
            offset = next < 0 ? -1 : offset + next + 1;
        }

        if (offset < 0 || offset + column > json.Length)
        {
            return "";
        }

        var rest = json[(offset + (int)column)..].TrimStart("-+"u8);
        return rest.StartsWith("NaN"u8) || rest.StartsWith("Infinity"u8)
            ? "; NaN and Infinity are not JSON numbers: give a finite value, or null where the field has a default"
            : "";
    }

    private static InputValidationException Problem(string source, string message) =>
        new(source, [new ValidationError("$", message)]);
}
