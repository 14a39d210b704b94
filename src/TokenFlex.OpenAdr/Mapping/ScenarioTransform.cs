using TokenFlex.Core.Domain;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Mapping;

/// <summary>
/// Builds the transformed scenario from the gathered signals: prices, carbon, per-period import caps, enrolments and
/// DR events.
/// </summary>
internal static class ScenarioTransform
{
    public static AdapterResult Build(
        Scenario scenario, OpenAdrScenarioAdapter.Gathering gathering, CampusMapping mapping, IReadOnlyList<OpenAdrProgram> programs)
    {
        var notes = new List<AdapterNote>(gathering.Notes);
        var campuses = new List<Campus>();
        var events = new List<DemandResponseEvent>(scenario.DemandResponseEvents);
        foreach (var campus in scenario.Campuses)
        {
            if (!gathering.Signals.TryGetValue(campus.Id, out var signals))
            {
                campuses.Add(campus);
                continue;
            }

            var enrolment = Enrolment(campus, signals, mapping, programs, notes);
            campuses.Add(Signals(campus, signals, mapping) with
            {
                GridImportCapKw = Caps(campus, signals, enrolment, notes),
                DemandResponse = enrolment,
            });
            if (enrolment is not null)
            {
                events.AddRange(Windows(scenario, campus.Id, signals, events));
            }
        }

        var byId = campuses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var applied = gathering.Applied
            .Where(a => a.Key.Type != PayloadTypes.Simple || byId[a.Key.Campus].DemandResponse is not null)
            .Select(a => new AppliedSignal(a.Key.Event, a.Key.Program, a.Key.Campus, a.Key.Type, a.Value.ToArray(),
                IsLimit(a.Key.Type) ? a.Value.Select(byId[a.Key.Campus].GridImportLimitKwAt).ToArray() : null))
            .ToArray();
        return new AdapterResult(scenario with { Campuses = campuses, DemandResponseEvents = events }, applied, notes);
    }

    private static bool IsLimit(string type) => type is PayloadTypes.ImportCapacityLimit or PayloadTypes.DispatchSetpoint;

    private static Campus Signals(Campus campus, CampusSignals signals, CampusMapping mapping)
    {
        var price = (double[])campus.PriceUsdPerMwh.Clone();
        var carbon = (double[])campus.CarbonGPerKwh.Clone();
        for (var t = 0; t < price.Length; t++)
        {
            if (signals.PriceUsdPerMwh[t] is { } p)
            {
                price[t] = mapping.PriceIsAdder ? price[t] + p : p;
            }

            if (signals.CarbonGPerKwh[t] is { } ci)
            {
                carbon[t] = ci;
            }
        }

        return campus with { PriceUsdPerMwh = price, CarbonGPerKwh = carbon };
    }

    /// <summary>
    /// The import cap per period: in the periods a limit or setpoint covers, the lowest of the events' values and
    /// the cap the campus had; elsewhere the cap the campus had, or its interconnection limit (no further cap).
    /// </summary>
    private static double[]? Caps(
        Campus campus, CampusSignals signals, DemandResponseEnrolment? enrolment, List<AdapterNote> notes)
    {
        if (!signals.HasLimit)
        {
            return campus.GridImportCapKw;
        }

        var caps = new double[signals.LimitKw.Length];
        for (var t = 0; t < caps.Length; t++)
        {
            var before = campus.GridImportCapKw?[t] ?? campus.GridImportLimitKw;
            caps[t] = signals.LimitKw[t] is { } limit ? Math.Min(before, limit) : before;
        }

        var limits = signals.LimitKw.OfType<double>().ToArray();
        var (low, high) = (limits.Min(), limits.Max());
        var level = low < high
            ? $"each interval's limit, {OpenAdrScenarioAdapter.Kw(low)} to {OpenAdrScenarioAdapter.Kw(high)},"
            : OpenAdrScenarioAdapter.Kw(low);
        var payment = enrolment is null
            ? "the campus has no DR enrolment, so the cap is an order without DR payment or penalty"
            : $"the capped periods are called DR events of its enrolment in {enrolment.ProgramId}";
        notes.Add(new AdapterNote($"campus {campus.Id}", true,
            $"grid import is capped at {level} in {limits.Length} period(s) (a hard limit, E4); {payment}"));
        return caps;
    }

    /// <summary>
    /// The enrolment after the events: a limit or SIMPLE event at an enrolled campus applies its program's terms, and
    /// SIMPLE sets a minimum commitment. A campus without an enrolment gets none.
    /// </summary>
    private static DemandResponseEnrolment? Enrolment(
        Campus campus, CampusSignals signals, CampusMapping mapping, IReadOnlyList<OpenAdrProgram> programs,
        List<AdapterNote> notes)
    {
        var enrolment = campus.DemandResponse;
        if (!signals.HasLimit && !signals.HasSimple)
        {
            return enrolment;
        }

        if (enrolment is null)
        {
            if (signals.HasSimple)
            {
                notes.Add(new AdapterNote($"campus {campus.Id}", false, "SIMPLE events need a DR enrolment (the shed "
                    + "is a share of its contracted reduction); the campus has none, so they are not applied"));
            }

            return null;
        }

        var program = programs.FirstOrDefault(p => p.Id is not null && p.Id == enrolment.ProgramId);
        var terms = ProgramTerms.Apply(enrolment, program);
        return signals.HasSimple ? Simple(campus.Id, terms, signals, mapping, notes) : terms;
    }

    private static DemandResponseEnrolment Simple(
        string campusId, DemandResponseEnrolment enrolment, CampusSignals signals, CampusMapping mapping, List<AdapterNote> notes)
    {
        if (enrolment.BaselineMode == BaselineMode.FirmServiceLevel)
        {
            return enrolment;
        }

        var level = signals.SimpleLevel.Max();
        var fraction = mapping.SimpleShedFractions[Math.Min(level, mapping.SimpleShedFractions.Count - 1)];
        var minimum = Math.Max(enrolment.MinCommitmentKw, fraction * enrolment.MaxCommitmentKw);
        notes.Add(new AdapterNote($"campus {campusId}", true, $"SIMPLE level {level} asks a shed of {fraction:0.##} × "
            + $"{OpenAdrScenarioAdapter.Kw(enrolment.MaxCommitmentKw)}: a commitment, when made, is at least {OpenAdrScenarioAdapter.Kw(minimum)}"));
        return enrolment with { MinCommitmentKw = minimum };
    }

    /// <summary>One called DR event per run of consecutive called periods, named after the OpenADR event that starts it.</summary>
    private static IEnumerable<DemandResponseEvent> Windows(
        Scenario scenario, string campusId, CampusSignals signals, IReadOnlyList<DemandResponseEvent> existing)
    {
        var grid = scenario.TimeGrid;
        var ids = existing.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        for (var t = 0; t < grid.PeriodCount; t++)
        {
            if (signals.CalledBy[t] is not { } source || (t > 0 && signals.CalledBy[t - 1] is not null))
            {
                continue;
            }

            var end = t;
            while (end + 1 < grid.PeriodCount && signals.CalledBy[end + 1] is not null)
            {
                end++;
            }

            var id = Unique(SafeId($"{source}.{campusId}"), ids);
            yield return new DemandResponseEvent
            {
                Id = id,
                CampusId = campusId,
                StartUtc = grid.PeriodStartUtc(t),
                DurationHours = (end - t + 1) * grid.StepHours,
            };
        }
    }

    /// <summary>Scenario ids go into constraint names: letters, digits, '_', '.' and '-' only.</summary>
    private static string SafeId(string text) =>
        new(text.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '.' or '-' ? ch : '-').ToArray());

    private static string Unique(string id, HashSet<string> ids)
    {
        var candidate = id;
        for (var n = 2; !ids.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
