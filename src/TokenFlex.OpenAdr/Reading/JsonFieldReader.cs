using System.Globalization;
using System.Text.Json;
using TokenFlex.Core.Validation;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Reading;

/// <summary>
/// Reads typed fields of OpenADR JSON objects, adding an error with the JSON path for every malformed value.
/// Unknown fields are ignored, as the specification asks of clients. A JSON <c>null</c> reads as absent.
/// </summary>
internal sealed class JsonFieldReader(ValidationCollector errors)
{
    public ValidationCollector Errors { get; } = errors;

    public static string Child(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string Item(string path, int index) => $"{path}[{index}]";

    public bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Errors.Add(PathOrRoot(path), $"must be a JSON object, not {Kind(element)}");
        return false;
    }

    public JsonElement? Field(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public string? String(JsonElement obj, string path, string name, bool required = false)
    {
        var fieldPath = Child(path, name);
        if (Field(obj, name) is not { } value)
        {
            if (required)
            {
                Errors.Add(fieldPath, $"{name} is required");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        Errors.Add(fieldPath, "must be a non-empty string", Raw(value));
        return null;
    }

    public int? Integer(JsonElement obj, string path, string name, bool required = false)
    {
        var fieldPath = Child(path, name);
        if (Field(obj, name) is not { } value)
        {
            if (required)
            {
                Errors.Add(fieldPath, $"{name} is required");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        Errors.Add(fieldPath, "must be an integer", Raw(value));
        return null;
    }

    /// <summary>The items of an array field (empty when absent); an error when the field is not an array.</summary>
    public IReadOnlyList<(JsonElement Item, string Path)> Items(JsonElement obj, string path, string name, bool required = false)
    {
        var fieldPath = Child(path, name);
        if (Field(obj, name) is not { } value)
        {
            if (required)
            {
                Errors.Add(fieldPath, $"{name} is required");
            }

            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Errors.Add(fieldPath, $"must be an array, not {Kind(value)}");
            return [];
        }

        return value.EnumerateArray().Select((item, i) => (item, Item(fieldPath, i))).ToArray();
    }

    public DateTimeOffset? DateTime(JsonElement obj, string path, string name)
    {
        var text = String(obj, path, name);
        if (text is null)
        {
            return null;
        }

        if (System.DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            && text.Contains('T', StringComparison.Ordinal))
        {
            return value.ToUniversalTime();
        }

        Errors.Add(Child(path, name), "must be an RFC 3339 date-time such as 2026-07-15T22:00:00Z", text);
        return null;
    }

    public TimeSpan? Duration(JsonElement obj, string path, string name)
    {
        var text = String(obj, path, name);
        if (text is null)
        {
            return null;
        }

        var value = IsoDuration.TryParse(text, out var reason);
        if (value is null)
        {
            Errors.Add(Child(path, name), reason!, text);
        }

        return value;
    }

    public OpenAdrIntervalPeriod? IntervalPeriod(JsonElement obj, string path, string name = "intervalPeriod")
    {
        if (Field(obj, name) is not { } value)
        {
            return null;
        }

        var periodPath = Child(path, name);
        if (!IsObject(value, periodPath))
        {
            return null;
        }

        return new OpenAdrIntervalPeriod(
            DateTime(value, periodPath, "start"), Duration(value, periodPath, "duration"), Duration(value, periodPath, "randomizeStart"));
    }

    public static string Raw(JsonElement value) => value.ValueKind == JsonValueKind.String ? $"\"{value.GetString()}\"" : value.GetRawText();

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string PathOrRoot(string path) => path.Length == 0 ? "$" : path;
}
