using System.Globalization;
using System.Text;
using System.Text.Json;
using TokenFlex.Data.Csv;

namespace TokenFlex.Data.Importers;

/// <summary>Reading import files: existence, UTF-8 text, JSON documents, and JSON values with their paths.</summary>
internal static class ImportFiles
{
    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The UTF-8 text of a file (a BOM is removed).</summary>
    /// <param name="path">Full or relative path.</param>
    /// <param name="name">Name for messages (as the user referred to it).</param>
    public static string ReadText(string path, string name)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ImportException($"{name} not found (looked for {Path.GetFullPath(path)})", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportException($"{name} could not be read: {e.Message}", e);
        }

        if (CsvParser.Utf8Problem(bytes, name) is { } problem)
        {
            throw new ImportException(problem);
        }

        return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
    }

    /// <summary>Parses JSON text; a syntax error names the line and position.</summary>
    public static JsonDocument ParseJson(string text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportException($"{name} is empty; it must hold a JSON document");
        }

        try
        {
            return JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = cut < 0 ? reason : reason[..cut];
            throw new ImportException(
                $"{name} is not valid JSON: line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: {reason}", e);
        }
    }

    /// <summary>Parses a CSV file with the scenario reader's parser (RFC 4180, header row, line numbers).</summary>
    public static CsvTable ReadCsv(string path, string name)
    {
        var table = CsvParser.Parse(ReadText(path, name), name);
        return table.Problem is null ? table : throw new ImportException(table.Problem);
    }

    /// <summary>A property by name, ignoring case when asked; null when absent or JSON null.</summary>
    public static JsonElement? Property(JsonElement element, string key, bool ignoreCase = false)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, key, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
            }
        }

        return null;
    }

    /// <summary>A required property; its absence names the path.</summary>
    public static JsonElement Required(JsonElement element, string key, string name, string path, bool ignoreCase = false) =>
        Property(element, key, ignoreCase)
        ?? throw new ImportException($"{name} {path}: required field '{key}' is missing");

    public static double Number(JsonElement element, string name, string path)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var value) && double.IsFinite(value))
        {
            return value;
        }

        throw new ImportException($"{name} {path}: expected a number, got {Describe(element)}");
    }

    public static string Text(JsonElement element, string name, string path) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new ImportException($"{name} {path}: expected a string, got {Describe(element)}");

    /// <summary>An RFC 3339 / ISO 8601 time with an offset (Z or ±hh:mm), in UTC.</summary>
    public static DateTimeOffset Time(JsonElement element, string name, string path)
    {
        var text = Text(element, name, path);
        return TryParseUtc(text, out var value)
            ? value
            : throw new ImportException($"{name} {path}: '{text}' is not an RFC 3339 time with an offset "
                                        + "(e.g. 2025-03-24T07:00:00Z)");
    }

    /// <summary>Parses an ISO 8601 time that states its offset (<c>Z</c>, <c>+00:00</c>, <c>-00:00</c>).</summary>
    public static bool TryParseUtc(string text, out DateTimeOffset value)
    {
        value = default;
        var trimmed = text.Trim();
        var hasOffset = trimmed.EndsWith('Z') || trimmed.EndsWith('z')
            || (trimmed.Length > 6 && trimmed[^6] is '+' or '-' && trimmed[^3] == ':');
        if (!hasOffset || !DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return false;
        }

        value = parsed.ToUniversalTime();
        return true;
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{Shorten(element.GetString()!)}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
