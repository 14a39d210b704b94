using System.Text.Json;

namespace TokenFlex.OpenAdr.Model;

/// <summary>The OpenADR 3 wire version an object was written in. 3.1 is not backward compatible with 3.0.</summary>
public enum OpenAdrVersion
{
    /// <summary>OpenADR 3.0.x: targets are <c>valuesMap</c> objects (<c>{"type": ..., "values": [...]}</c>).</summary>
    V30,

    /// <summary>OpenADR 3.1.x: targets are plain strings; payload descriptors carry <c>objectType</c>.</summary>
    V31,
}

/// <summary>
/// The temporal span of an interval or a set of intervals. A missing start (3.1) or a missing duration
/// is inherited from the enclosing object.
/// </summary>
/// <param name="Start">Start of the first interval [UTC], or null.</param>
/// <param name="Duration">Length of each interval, or null.</param>
/// <param name="RandomizeStart">Randomisation range of the start, or null (TokenFlex ignores it).</param>
public sealed record OpenAdrIntervalPeriod(DateTimeOffset? Start, TimeSpan? Duration, TimeSpan? RandomizeStart = null);

/// <summary>A <c>valuesMap</c>: a type (e.g. <c>PRICE</c>) and its values, kept as JSON.</summary>
/// <param name="Type">Enumerated or private string naming the nature of the values.</param>
/// <param name="Values">The values as given (numbers, strings, booleans or points).</param>
public sealed record OpenAdrValuesMap(string Type, IReadOnlyList<JsonElement> Values);

/// <summary>
/// A target of an event or program. In 3.0 a target has a type (e.g. <c>RESOURCE_NAME</c>) and a value;
/// in 3.1 it is a plain string, so <see cref="Type"/> is null.
/// </summary>
/// <param name="Type">3.0 target type, or null in 3.1.</param>
/// <param name="Value">The target string (resource, VEN or group name).</param>
public sealed record OpenAdrTarget(string? Type, string Value);

/// <summary>Context of a payload type: its units and currency.</summary>
/// <param name="PayloadType">The payload type described, e.g. <c>IMPORT_CAPACITY_LIMIT</c>.</param>
/// <param name="Units">Units of measure (<c>KW</c>, <c>KWH</c>, <c>GHG</c>, ...), or null.</param>
/// <param name="Currency">Currency of a price payload, or null.</param>
public sealed record OpenAdrPayloadDescriptor(string PayloadType, string? Units, string? Currency);

/// <summary>One interval of an event: an id (not a sequence number), an optional own period and payloads.</summary>
/// <param name="Id">Client-generated interval id.</param>
/// <param name="IntervalPeriod">The interval's own period, overriding the event's, or null.</param>
/// <param name="Payloads">The payloads of the interval.</param>
public sealed record OpenAdrInterval(int Id, OpenAdrIntervalPeriod? IntervalPeriod, IReadOnlyList<OpenAdrValuesMap> Payloads);

/// <summary>An OpenADR 3 <c>event</c>: a demand-response request of a program to its VENs.</summary>
public sealed record OpenAdrEvent
{
    /// <summary>VTN-assigned id, or null in an object not yet stored by a VTN.</summary>
    public string? Id { get; init; }

    /// <summary>The program the event belongs to (<c>programID</c>).</summary>
    public required string ProgramId { get; init; }

    public string? EventName { get; init; }

    /// <summary>Relative priority; a lower number is a higher priority; null is the lowest.</summary>
    public int? Priority { get; init; }

    public IReadOnlyList<OpenAdrTarget> Targets { get; init; } = [];

    public IReadOnlyList<OpenAdrPayloadDescriptor> PayloadDescriptors { get; init; } = [];

    /// <summary>Default start and duration of the intervals.</summary>
    public OpenAdrIntervalPeriod? IntervalPeriod { get; init; }

    public IReadOnlyList<OpenAdrInterval> Intervals { get; init; } = [];

    public OpenAdrVersion Version { get; init; } = OpenAdrVersion.V31;

    /// <summary>A name for messages: the id, else the event name, else the program id.</summary>
    public string DisplayName => Id ?? EventName ?? $"event of {ProgramId}";
}

/// <summary>An OpenADR 3 <c>program</c>: the program a VEN is enrolled in.</summary>
public sealed record OpenAdrProgram
{
    /// <summary>VTN-assigned id (<c>programID</c> in events), or null.</summary>
    public string? Id { get; init; }

    public required string ProgramName { get; init; }

    /// <summary>3.0 only: long name.</summary>
    public string? ProgramLongName { get; init; }

    /// <summary>3.0 only: a program-defined category, e.g. <c>PRICING_TARIFF</c>.</summary>
    public string? ProgramType { get; init; }

    /// <summary>The span of the program.</summary>
    public OpenAdrIntervalPeriod? IntervalPeriod { get; init; }

    /// <summary>URLs of program descriptions.</summary>
    public IReadOnlyList<string> DescriptionUrls { get; init; } = [];

    /// <summary>Event payload descriptors of the program (units of its events' payloads).</summary>
    public IReadOnlyList<OpenAdrPayloadDescriptor> PayloadDescriptors { get; init; } = [];

    /// <summary>3.1 only: attributes, where a program may carry private terms (see docs/openadr.md).</summary>
    public IReadOnlyList<OpenAdrValuesMap> Attributes { get; init; } = [];

    public IReadOnlyList<OpenAdrTarget> Targets { get; init; } = [];

    public OpenAdrVersion Version { get; init; } = OpenAdrVersion.V31;
}
