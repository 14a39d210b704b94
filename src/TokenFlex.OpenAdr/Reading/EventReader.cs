using System.Text.Json;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Reading;

/// <summary>Reads one <c>event</c> object (3.0 or 3.1 shape).</summary>
internal static class EventReader
{
    public static OpenAdrEvent? Read(JsonFieldReader reader, JsonElement element, string path, OpenAdrVersion defaultVersion)
    {
        if (!reader.IsObject(element, path))
        {
            return null;
        }

        var programId = reader.String(element, path, "programID", required: true);
        var (targets, version) = CommonReader.Targets(reader, element, path);
        var intervals = new List<OpenAdrInterval>();
        foreach (var (item, itemPath) in reader.Items(element, path, "intervals"))
        {
            if (Interval(reader, item, itemPath) is { } interval)
            {
                intervals.Add(interval);
            }
        }

        var priority = reader.Integer(element, path, "priority");
        if (priority < 0)
        {
            reader.Errors.Add(JsonFieldReader.Child(path, "priority"), "must be ≥ 0 (a lower number is a higher priority)", priority);
        }

        return new OpenAdrEvent
        {
            Id = reader.String(element, path, "id"),
            ProgramId = programId ?? "",
            EventName = reader.String(element, path, "eventName"),
            Priority = priority,
            Targets = targets,
            PayloadDescriptors = CommonReader.PayloadDescriptors(reader, element, path),
            IntervalPeriod = reader.IntervalPeriod(element, path),
            Intervals = intervals,
            Version = version ?? defaultVersion,
        };
    }

    private static OpenAdrInterval? Interval(JsonFieldReader reader, JsonElement item, string path)
    {
        if (!reader.IsObject(item, path))
        {
            return null;
        }

        var id = reader.Integer(item, path, "id", required: true);
        var period = reader.IntervalPeriod(item, path);
        var payloads = CommonReader.ValuesMaps(reader, item, path, "payloads");
        if (reader.Field(item, "payloads") is null)
        {
            reader.Errors.Add(JsonFieldReader.Child(path, "payloads"), "payloads is required");
        }

        return id is null ? null : new OpenAdrInterval(id.Value, period, payloads);
    }
}
