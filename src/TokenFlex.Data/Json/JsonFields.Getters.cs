using System.Text.Json;
using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Json;

/// <summary>Typed getters: optional ones take a fallback (the record's default); required ones report a miss.</summary>
internal sealed partial class JsonFields
{
    public string RequiredString(string key) =>
        GetRequired(key) is { } e ? JsonValues.String(e, PathOf(key), Context) : "";

    public string String(string key, string fallback) =>
        Get(key) is { } e ? JsonValues.String(e, PathOf(key), Context) : fallback;

    public string? NullableString(string key) =>
        Get(key) is { } e ? JsonValues.String(e, PathOf(key), Context) : null;

    public double RequiredNumber(string key) =>
        GetRequired(key) is { } e ? JsonValues.Number(e, PathOf(key), Context) : double.NaN;

    public double Number(string key, double fallback) =>
        Get(key) is { } e ? JsonValues.Number(e, PathOf(key), Context) : fallback;

    public double? NullableNumber(string key) =>
        Get(key) is { } e ? JsonValues.Number(e, PathOf(key), Context) : null;

    public int RequiredInteger(string key) =>
        GetRequired(key) is { } e ? JsonValues.Integer(e, PathOf(key), Context) : 0;

    public int Integer(string key, int fallback) =>
        Get(key) is { } e ? JsonValues.Integer(e, PathOf(key), Context) : fallback;

    public bool Boolean(string key, bool fallback) =>
        Get(key) is { } e ? JsonValues.Boolean(e, PathOf(key), Context, fallback) : fallback;

    public T Enum<T>(string key, T fallback)
        where T : struct, System.Enum =>
        Get(key) is { } e ? JsonValues.Enum(e, PathOf(key), Context, fallback) : fallback;

    public T RequiredEnum<T>(string key, T fallback)
        where T : struct, System.Enum =>
        GetRequired(key) is { } e ? JsonValues.Enum(e, PathOf(key), Context, fallback) : fallback;

    public Precision Precision(string key, Precision fallback) =>
        Get(key) is { } e ? JsonValues.Precision(e, PathOf(key), Context) : fallback;

    public DateTimeOffset RequiredTimestamp(string key) =>
        GetRequired(key) is { } e ? JsonValues.Timestamp(e, PathOf(key), Context) : default;

    /// <summary>A required series (array, constant or CSV column); empty when missing or unreadable.</summary>
    public double[] RequiredSeries(string key, SeriesKind kind = SeriesKind.Plain) =>
        GetRequired(key) is { } e ? SeriesReader.Read(e, PathOf(key), Context, kind) : [];

    /// <summary>An optional series; null when absent.</summary>
    public double[]? Series(string key) =>
        Get(key) is { } e ? SeriesReader.Read(e, PathOf(key), Context) : null;

    /// <summary>A required object; a broken placeholder when missing or not an object.</summary>
    public JsonFields RequiredObject(string key) =>
        GetRequired(key) is { } e ? Of(e, PathOf(key), Context) : Broken(PathOf(key), Context);

    /// <summary>An optional object; null when absent, a broken placeholder when not an object.</summary>
    public JsonFields? Object(string key) => Get(key) is { } e ? Of(e, PathOf(key), Context) : null;

    /// <summary>The elements of an array of objects with their paths (broken placeholders for non-objects).</summary>
    public IReadOnlyList<JsonFields> Objects(string key, bool required) =>
        Items(key, required).Select(item => Of(item.Element, item.Path, Context)).ToList();

    /// <summary>The elements of an array with their paths; empty (and reported) when it is not an array.</summary>
    public IReadOnlyList<(JsonElement Element, string Path)> Items(string key, bool required)
    {
        var value = required ? GetRequired(key) : Get(key);
        if (value is not { } array)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Context.Error(PathOf(key), $"{key} must be an array [ … ], got {Describe(array)}", Raw(array));
            return [];
        }

        return array.EnumerateArray().Select((e, i) => (e, $"{PathOf(key)}[{i}]")).ToList();
    }

    /// <summary>Whole-number counts by name (GPU inventory, initial instances); null when absent.</summary>
    public Dictionary<string, int>? Counts(string key, bool required)
    {
        var value = required ? GetRequired(key) : Get(key);
        if (value is not { } map)
        {
            return null;
        }

        var path = PathOf(key);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (map.ValueKind != JsonValueKind.Object)
        {
            Context.Error(path, $"{key} must be an object of counts {{ \"name\": number }}, got {Describe(map)}",
                Raw(map));
            return counts;
        }

        foreach (var property in map.EnumerateObject())
        {
            var itemPath = $"{path}['{property.Name}']";
            var count = JsonValues.Integer(property.Value, itemPath, Context);
            if (!counts.TryAdd(property.Name, count))
            {
                Context.Error(itemPath, $"'{property.Name}' is given more than once; keep one");
            }
        }

        return counts;
    }
}
