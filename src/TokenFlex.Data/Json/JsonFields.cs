using System.Text.Json;

namespace TokenFlex.Data.Json;

/// <summary>
/// One JSON object being read into a record. Every getter records its key as known; <see cref="Finish"/>
/// reports the keys nobody asked for as unknown fields (with a suggestion) and keys given twice. A getter never
/// throws: a wrong or missing value is reported with its path and replaced by a placeholder (NaN for numbers),
/// so that reading goes on and every problem is listed. A "broken" instance stands for a value that was not an
/// object at all; it returns placeholders silently, because that value was already reported.
/// </summary>
internal sealed partial class JsonFields
{
    private readonly JsonElement _element;
    private readonly bool _broken;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private JsonFields(JsonElement element, string path, ReadContext context, bool broken)
    {
        _element = element;
        Path = path;
        Context = context;
        _broken = broken;
    }

    /// <summary>JSON path of the object; empty for the top level.</summary>
    public string Path { get; }

    public ReadContext Context { get; }

    /// <summary>Wraps an element that should be an object; otherwise reports it and returns a broken one.</summary>
    public static JsonFields Of(JsonElement element, string path, ReadContext context)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonFields(element, path, context, broken: false);
        }

        context.Error(path, $"expected an object {{ … }}, got {Describe(element)}", Raw(element));
        return Broken(path, context);
    }

    /// <summary>A placeholder object whose getters return defaults without reporting anything.</summary>
    public static JsonFields Broken(string path, ReadContext context) => new(default, path, context, broken: true);

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>True when the key is present with a non-null value.</summary>
    public bool Has(string key) => Get(key) is not null;

    /// <summary>The value of a key, or null when it is absent or JSON null. Marks the key as known.</summary>
    public JsonElement? Get(string key)
    {
        _known.Add(key);
        if (_broken || !_element.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value;
    }

    /// <summary>The value of a required key; reports it as missing when absent.</summary>
    public JsonElement? GetRequired(string key)
    {
        var value = Get(key);
        if (value is null && !_broken)
        {
            Context.Error(PathOf(key), $"required field '{key}' is missing");
        }

        return value;
    }

    /// <summary>Keys present in the object with a non-null value.</summary>
    public IEnumerable<string> PresentKeys() => _broken
        ? []
        : _element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name);

    /// <summary>Reports keys that no getter asked for, and keys given more than once.</summary>
    public void Finish()
    {
        if (_broken)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in _element.EnumerateObject())
        {
            var path = PathOf(property.Name);
            if (!seen.Add(property.Name))
            {
                Context.Error(path, $"field '{property.Name}' is given more than once; keep one");
            }
            else if (!_known.Contains(property.Name))
            {
                var known = _known.Order(StringComparer.Ordinal).ToList();
                var hint = UnitSuffixes.Hint(property.Name, known)
                           ?? EditDistance.Hint(property.Name, known, "known fields");
                Context.Error(path, $"unknown field '{property.Name}'{hint}");
            }
        }
    }

    /// <summary>Describes a JSON value's kind for error messages ("a string", "an array" …).</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>The value as written, shortened to 60 characters, for the "got" part of an error.</summary>
    public static string Raw(JsonElement element)
    {
        var text = element.ValueKind == JsonValueKind.Undefined ? "" : element.GetRawText();
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
