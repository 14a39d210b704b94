using TokenFlex.Core.Domain;

namespace TokenFlex.OpenAdr.Mapping;

/// <summary>What the adapter did with one part of one event: applied it, or ignored it and why.</summary>
/// <param name="Event">The event's display name.</param>
/// <param name="Applied">True when the part changed the scenario.</param>
/// <param name="Message">What was done, in a sentence.</param>
public sealed record AdapterNote(string Event, bool Applied, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{(Applied ? "applied" : "ignored")}: {Event}: {Message}";
}

/// <summary>A payload applied at one campus, with the periods it covers.</summary>
/// <param name="EventId">The OpenADR event id (or name).</param>
/// <param name="ProgramId">The program id.</param>
/// <param name="CampusId">The campus.</param>
/// <param name="PayloadType">The payload type, e.g. IMPORT_CAPACITY_LIMIT.</param>
/// <param name="Periods">Zero-based periods of the scenario's grid, ascending.</param>
/// <param name="LimitsKw">
/// For limits and setpoints: the grid import limit in force in the plan in each of <paramref name="Periods"/> (the
/// lowest of the overlapping events and the interconnection limit) [kW]; else null.
/// </param>
public sealed record AppliedSignal(
    string EventId, string ProgramId, string CampusId, string PayloadType, IReadOnlyList<int> Periods,
    IReadOnlyList<double>? LimitsKw);

/// <summary>The scenario with the events applied, and what was applied or ignored.</summary>
/// <param name="Scenario">The transformed, validated scenario.</param>
/// <param name="Signals">Every payload applied, by event and campus.</param>
/// <param name="Notes">What was applied and what was ignored, with reasons.</param>
public sealed record AdapterResult(Scenario Scenario, IReadOnlyList<AppliedSignal> Signals, IReadOnlyList<AdapterNote> Notes);
