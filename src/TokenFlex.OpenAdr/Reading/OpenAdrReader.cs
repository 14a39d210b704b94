using System.Text.Json;
using TokenFlex.Core.Validation;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Reading;

/// <summary>
/// Reads OpenADR 3 <c>program</c> and <c>event</c> JSON of either wire version (3.0 or 3.1, told apart by the
/// shape of <c>targets</c>), as one object or an array of them. Unknown fields are ignored. Every malformed
/// value is collected with its JSON path (e.g. <c>[1].intervals[0].payloads[0].values[0]</c>) and thrown as one
/// <see cref="InputValidationException"/>.
/// </summary>
public static class OpenAdrReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads events from a JSON document holding one event or an array of events.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">What was read (a file name or a URL), for messages.</param>
    /// <param name="defaultVersion">Version assumed for objects whose shape does not tell.</param>
    /// <exception cref="InputValidationException">The JSON is malformed or an event has problems.</exception>
    public static IReadOnlyList<OpenAdrEvent> ReadEvents(
        string json, string source, OpenAdrVersion defaultVersion = OpenAdrVersion.V31) =>
        ReadAll(json, source, (reader, element, path) => EventReader.Read(reader, element, path, defaultVersion));

    /// <summary>Reads programs from a JSON document holding one program or an array of programs.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">What was read (a file name or a URL), for messages.</param>
    /// <param name="defaultVersion">Version assumed for objects whose shape does not tell.</param>
    /// <exception cref="InputValidationException">The JSON is malformed or a program has problems.</exception>
    public static IReadOnlyList<OpenAdrProgram> ReadPrograms(
        string json, string source, OpenAdrVersion defaultVersion = OpenAdrVersion.V31) =>
        ReadAll(json, source, (reader, element, path) => ProgramReader.Read(reader, element, path, defaultVersion));

    /// <summary>Reads events from a file (one event or an array).</summary>
    /// <param name="path">Path of the JSON file.</param>
    /// <exception cref="InputValidationException">The file is missing, unreadable or has problems.</exception>
    public static IReadOnlyList<OpenAdrEvent> ReadEventsFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputValidationException(path, [new ValidationError("$", $"the file cannot be read: {e.Message}")]);
        }

        return ReadEvents(json, path);
    }

    private static IReadOnlyList<T> ReadAll<T>(
        string json, string source, Func<JsonFieldReader, JsonElement, string, T?> readOne)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            throw new InputValidationException(source, [new ValidationError("$", $"the text is not valid JSON{where}")]);
        }

        using (document)
        {
            var collector = new ValidationCollector();
            var reader = new JsonFieldReader(collector);
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array
                ? root.EnumerateArray().Select((e, i) => readOne(reader, e, $"[{i}]")).ToList()
                : [readOne(reader, root, "")];
            if (collector.HasErrors)
            {
                throw new InputValidationException(source, collector.Errors);
            }

            return items.Select(item => item!).ToArray();
        }
    }
}
