using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Tests;

/// <summary>
/// The official OpenADR 3 OpenAPI files (Schemas/), turned into JSON Schema documents that NJsonSchema validates:
/// <c>components/schemas</c> become <c>definitions</c>, <c>$ref: '#/components/schemas/X'</c> becomes
/// <c>'#/definitions/X'</c>, <c>nullable: true</c> adds <c>null</c> to the type (or an <c>anyOf</c> with null), and
/// the OpenAPI-only keywords <c>discriminator</c> and <c>example</c> are dropped. 3.1.1 payload values are also checked
/// against the enumeration schemas of their type (e.g. SIMPLE is one integer 0–3).
/// </summary>
internal static class OpenApiSchemas
{
    private static readonly ConcurrentDictionary<(OpenAdrVersion, string), JsonSchema> Cache = new();
    private static readonly Lazy<JsonObject> V30 = new(() => Definitions("3.0.1_openadr3.yaml", "components", "schemas"));
    private static readonly Lazy<JsonObject> V31 = new(() => Definitions("3.1.1_openadr3.yaml", "components", "schemas"));
    private static readonly Lazy<JsonObject> EventPayloads =
        new(() => Definitions("3.1.1_enumerations_event-interval-payloads.schema.yaml", "definitions"));
    private static readonly Lazy<JsonObject> ReportPayloads =
        new(() => Definitions("3.1.1_enumerations_report-payloads.schema.yaml", "definitions"));

    /// <summary>Schema violations of a JSON text against a component (e.g. <c>event</c>); empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string json, OpenAdrVersion version, string component)
    {
        var schema = Cache.GetOrAdd((version, component), key => Build(key.Item1 == OpenAdrVersion.V30 ? V30.Value : V31.Value, key.Item2));
        var errors = schema.Validate(json).SelectMany(Flatten).Distinct().ToList();
        errors.AddRange(PayloadErrors(JsonNode.Parse(json)));
        return errors;
    }

    /// <summary>Validates a JSON array whose items are each a component (a page of /events, say).</summary>
    public static IReadOnlyList<string> ValidateArray(string json, OpenAdrVersion version, string component) =>
        JsonNode.Parse(json)!.AsArray().SelectMany((item, i) => Validate(item!.ToJsonString(), version, component)
            .Select(e => $"[{i}]{e}")).ToArray();

    /// <summary>NJsonSchema nests the errors of allOf/anyOf branches; list the innermost ones with their paths.</summary>
    private static IEnumerable<string> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError { Errors.Count: > 0 } child
            ? child.Errors.SelectMany(branch => branch.Value).SelectMany(Flatten)
            : [$"{error.Path}: {error.Kind}"];

    private static JsonSchema Build(JsonObject definitions, string component)
    {
        var document = new JsonObject
        {
            ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = $"#/definitions/{component}" }),
            ["definitions"] = definitions.DeepClone(),
        };
        return JsonSchema.FromJsonAsync(document.ToJsonString()).GetAwaiter().GetResult();
    }

    /// <summary>Checks the values of every valuesMap whose type the 3.1.1 enumerations define.</summary>
    private static IEnumerable<string> PayloadErrors(JsonNode? node)
    {
        foreach (var (map, enumerations) in ValuesMaps(node))
        {
            var type = map["type"]?.GetValue<string>();
            if (type is null || enumerations[type] is not JsonObject definition || definition.ToJsonString().Contains("$ref", StringComparison.Ordinal))
            {
                continue;
            }

            var schema = JsonSchema.FromJsonAsync(definition.ToJsonString()).GetAwaiter().GetResult();
            foreach (var error in schema.Validate(map["values"]?.ToJsonString() ?? "null"))
            {
                yield return $"{type} values {map["values"]?.ToJsonString()}: {error.Kind}";
            }
        }
    }

    private static IEnumerable<(JsonObject Map, JsonObject Enumerations)> ValuesMaps(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            return array.SelectMany(ValuesMaps);
        }

        if (node is not JsonObject obj)
        {
            return [];
        }

        var own = obj["payloads"] is JsonArray payloads
            ? payloads.OfType<JsonObject>().Select(p => (p, obj.Parent?.Parent?["resourceName"] is null ? EventPayloads.Value : ReportPayloads.Value))
            : [];
        return own.Concat(obj.Where(p => p.Key != "payloads").SelectMany(p => ValuesMaps(p.Value)));
    }

    private static JsonObject Definitions(string file, params string[] path)
    {
        JsonNode node = YamlJson.Load(Path.Combine(AppContext.BaseDirectory, "Schemas", file))!;
        foreach (var key in path)
        {
            node = node[key]!;
        }

        var definitions = (JsonObject)Rewrite(node.DeepClone())!;
        return definitions;
    }

    private static JsonNode? Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray(array.Select(item => Rewrite(item?.DeepClone())).ToArray());
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (key is "discriminator" or "example" or "nullable" or "$id")
                    {
                        continue;
                    }

                    copy[key] = key == "$ref" ? RewriteRef(value!.GetValue<string>()) : Rewrite(value?.DeepClone());
                }

                return obj["nullable"]?.GetValue<bool>() == true ? Nullable(copy) : copy;
            default:
                return node?.DeepClone();
        }
    }

    private static JsonNode RewriteRef(string reference) =>
        reference.Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);

    private static JsonObject Nullable(JsonObject schema)
    {
        if (schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            if (schema["enum"] is JsonArray values)
            {
                values.Add(null);
            }

            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }
}
