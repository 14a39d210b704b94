using System.Text.Json;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Reading;

/// <summary>Reads the parts that programs and events share: targets, payload descriptors and valuesMaps.</summary>
internal static class CommonReader
{
    /// <summary>
    /// Reads targets in either wire version: 3.1 strings, or 3.0 valuesMaps whose values are strings. The version
    /// seen is returned (null when there are no targets to tell).
    /// </summary>
    public static (IReadOnlyList<OpenAdrTarget> Targets, OpenAdrVersion? Version) Targets(
        JsonFieldReader reader, JsonElement obj, string path)
    {
        var targets = new List<OpenAdrTarget>();
        OpenAdrVersion? version = null;
        foreach (var (item, itemPath) in reader.Items(obj, path, "targets"))
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text)
            {
                targets.Add(new OpenAdrTarget(null, text));
                version = OpenAdrVersion.V31;
            }
            else if (item.ValueKind == JsonValueKind.Object)
            {
                version = OpenAdrVersion.V30;
                targets.AddRange(TypedTargets(reader, item, itemPath));
            }
            else
            {
                reader.Errors.Add(itemPath, "a target must be a string (OpenADR 3.1) or a {type, values} object (3.0)",
                    JsonFieldReader.Raw(item));
            }
        }

        return (targets, version);
    }

    public static IReadOnlyList<OpenAdrPayloadDescriptor> PayloadDescriptors(JsonFieldReader reader, JsonElement obj, string path)
    {
        var descriptors = new List<OpenAdrPayloadDescriptor>();
        foreach (var (item, itemPath) in reader.Items(obj, path, "payloadDescriptors"))
        {
            if (!reader.IsObject(item, itemPath))
            {
                continue;
            }

            var type = reader.String(item, itemPath, "payloadType", required: true);
            var units = reader.String(item, itemPath, "units");
            var currency = reader.String(item, itemPath, "currency");
            if (type is not null && reader.String(item, itemPath, "objectType") != "REPORT_PAYLOAD_DESCRIPTOR")
            {
                descriptors.Add(new OpenAdrPayloadDescriptor(type, units, currency));
            }
        }

        return descriptors;
    }

    public static IReadOnlyList<OpenAdrValuesMap> ValuesMaps(JsonFieldReader reader, JsonElement obj, string path, string name)
    {
        var maps = new List<OpenAdrValuesMap>();
        foreach (var (item, itemPath) in reader.Items(obj, path, name))
        {
            if (ValuesMap(reader, item, itemPath) is { } map)
            {
                maps.Add(map);
            }
        }

        return maps;
    }

    public static OpenAdrValuesMap? ValuesMap(JsonFieldReader reader, JsonElement item, string path)
    {
        if (!reader.IsObject(item, path))
        {
            return null;
        }

        var type = reader.String(item, path, "type", required: true);
        var values = reader.Items(item, path, "values", required: true);
        if (type is null)
        {
            return null;
        }

        if (reader.Field(item, "values") is { ValueKind: JsonValueKind.Array })
        {
            PayloadValueRules.Check(reader, type, JsonFieldReader.Child(path, "values"), values);
        }

        return new OpenAdrValuesMap(type, values.Select(v => v.Item.Clone()).ToArray());
    }

    private static IEnumerable<OpenAdrTarget> TypedTargets(JsonFieldReader reader, JsonElement item, string path)
    {
        var type = reader.String(item, path, "type", required: true);
        foreach (var (value, valuePath) in reader.Items(item, path, "values", required: true))
        {
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                yield return new OpenAdrTarget(type, text);
            }
            else
            {
                reader.Errors.Add(valuePath, "a target value must be a non-empty string", JsonFieldReader.Raw(value));
            }
        }
    }
}
