using TokenFlex.Core.Domain;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Mapping;

/// <summary>Builds the transformed scenario from the gathered signals: prices, carbon, enrolments and DR events.</summary>
internal static class ScenarioTransform
{
    public static AdapterResult Build(
        Scenario scenario, OpenAdrScenarioAdapter.Gathering gathering, CampusMapping mapping, IReadOnlyList<OpenAdrProgram> programs)
    {
        var notes = new List<AdapterNote>(gathering.Notes);
        var campuses = new List<Campus>();
        var events = new List<DemandResponseEvent>(scenario.DemandResponseEvents);
        var limits = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var campus in scenario.Campuses)
        {
            if (!gathering.Signals.TryGetValue(campus.Id, out var signals))
            {
                campuses.Add(campus);
                continue;
            }

            var changed = Signals(campus, signals, mapping);
            var enrolment = Enrolment(campus, signals, mapping, programs, notes, out var limitKw);
            if (limitKw is { } limit)
            {
                limits[campus.Id] = limit;
            }

            campuses.Add(changed with { DemandResponse = enrolment });
            if (enrolment is not null)
            {
                events.AddRange(Windows(scenario, campus.Id, signals, events));
            }
        }

        var applied = gathering.Applied
            .Where(a => a.Key.Type is not (PayloadTypes.Simple or PayloadTypes.ImportCapacityLimit or PayloadTypes.DispatchSetpoint)
                        || campuses.Single(c => c.Id == a.Key.Campus).DemandResponse is not null)
            .Select(a => new AppliedSignal(a.Key.Event, a.Key.Program, a.Key.Campus, a.Key.Type, a.Value.ToArray(),
                IsLimit(a.Key.Type) ? limits.GetValueOrDefault(a.Key.Campus) : null))
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

    /// <summary>The enrolment after the events: firm service level for limits, a minimum commitment for SIMPLE.</summary>
    private static DemandResponseEnrolment? Enrolment(
        Campus campus, CampusSignals signals, CampusMapping mapping, IReadOnlyList<OpenAdrProgram> programs,
        List<AdapterNote> notes, out double? limitKw)
    {
        limitKw = null;
        var enrolment = campus.DemandResponse;
        var program = programs.FirstOrDefault(p => p.Id is not null && p.Id == (enrolment?.ProgramId ?? signals.ProgramId));
        if (signals.HasLimit)
        {
            limitKw = signals.LimitKw.Where(v => v is not null).Min();
            return FirmServiceLevel(campus, signals, mapping, program, notes, limitKw!.Value);
        }

        if (!signals.HasSimple)
        {
            return enrolment;
        }

        if (enrolment is null)
        {
            notes.Add(new AdapterNote($"campus {campus.Id}", false, "SIMPLE events need a DR enrolment (the shed is a share of "
                                      + "its contracted reduction); the campus has none, so they are not applied"));
            return null;
        }

        return Simple(campus.Id, ProgramTerms.Apply(enrolment, program), signals, mapping, notes);
    }

    private static DemandResponseEnrolment FirmServiceLevel(
        Campus campus, CampusSignals signals, CampusMapping mapping, OpenAdrProgram? program, List<AdapterNote> notes, double limitKw)
    {
        var max = signals.LimitKw.Where(v => v is not null).Max()!.Value;
        var source = $"campus {campus.Id}";
        if (max > limitKw)
        {
            notes.Add(new AdapterNote(source, true, $"the import limit varies from {OpenAdrScenarioAdapter.Kw(limitKw)} to "
                + $"{OpenAdrScenarioAdapter.Kw(max)}; a firm service level is one number per campus, so the lowest applies in every called period"));
        }

        var enrolment = campus.DemandResponse ?? new DemandResponseEnrolment
        {
            ProgramId = signals.ProgramId ?? "openadr",
            CapacityPaymentUsdPerKwHour = 0,
            PenaltyUsdPerMwh = mapping.DefaultPenaltyUsdPerMwh,
            MaxCommitmentKw = Math.Max(0, campus.GridImportLimitKw - limitKw),
        };
        if (campus.DemandResponse is { BaselineMode: not BaselineMode.FirmServiceLevel } before)
        {
            notes.Add(new AdapterNote(source, true, $"baselineMode {before.BaselineMode} becomes FirmServiceLevel; every called "
                                                   + "period of the campus, its scenario events included, is held to the level"));
        }

        notes.Add(new AdapterNote(source, true, $"import above {OpenAdrScenarioAdapter.Kw(limitKw)} in called periods pays "
                                               + $"{enrolment.PenaltyUsdPerMwh:0.##} USD/MWh (firm service level)"));
        return ProgramTerms.Apply(enrolment, program) with
        {
            BaselineMode = BaselineMode.FirmServiceLevel,
            FirmServiceLevelKw = limitKw,
            BaselineKw = null,
            MinCommitmentKw = 0,
        };
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
