using System.Text.Json.Nodes;
using TokenFlex.Core.Domain;
using TokenFlex.OpenAdr.Model;
using TokenFlex.Scenarios.Planning;

namespace TokenFlex.OpenAdr.Tests;

/// <summary>Test data files, the built-in scenario and OpenADR objects written per the specification.</summary>
internal static class TestFiles
{
    private static readonly Lazy<Scenario> BuiltIn = new(PlanningService.BuiltInScenario);

    public static Scenario Scenario => BuiltIn.Value;

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static string Path_(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>A VTN-stored event with one payload type and one value per hourly interval.</summary>
    public static JsonObject Event(
        OpenAdrVersion version, string id, string programId, string target, string start, string type, string? units, params double[] values)
    {
        var descriptor = new JsonObject { ["payloadType"] = type };
        if (version == OpenAdrVersion.V31)
        {
            descriptor["objectType"] = "EVENT_PAYLOAD_DESCRIPTOR";
        }

        if (units is not null)
        {
            descriptor["units"] = units;
        }

        return new JsonObject
        {
            ["id"] = id,
            ["createdDateTime"] = "2025-03-23T12:00:00Z",
            ["modificationDateTime"] = "2025-03-23T12:00:00Z",
            ["objectType"] = "EVENT",
            ["programID"] = programId,
            ["eventName"] = $"{id} ({type})",
            ["targets"] = version == OpenAdrVersion.V31
                ? new JsonArray(target)
                : new JsonArray(new JsonObject { ["type"] = "RESOURCE_NAME", ["values"] = new JsonArray(target) }),
            ["payloadDescriptors"] = new JsonArray(descriptor),
            ["intervalPeriod"] = new JsonObject { ["start"] = start, ["duration"] = "PT1H" },
            ["intervals"] = new JsonArray(values.Select((v, i) => (JsonNode)new JsonObject
            {
                ["id"] = i,
                ["payloads"] = new JsonArray(new JsonObject { ["type"] = type, ["values"] = new JsonArray(v) }),
            }).ToArray()),
        };
    }

    /// <summary>A VTN-stored program.</summary>
    public static JsonObject Program(string id, string name) => new()
    {
        ["id"] = id,
        ["createdDateTime"] = "2025-01-01T00:00:00Z",
        ["modificationDateTime"] = "2025-01-01T00:00:00Z",
        ["objectType"] = "PROGRAM",
        ["programName"] = name,
    };

    public static string Array(params JsonObject[] objects) => new JsonArray(objects.Select(o => (JsonNode)o.DeepClone()).ToArray()).ToJsonString();
}

/// <summary>A clock that moves only when told.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
