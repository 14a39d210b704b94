using System.Globalization;
using TokenFlex.Core.Domain;
using TokenFlex.Core.Validation;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Mapping;

/// <summary>
/// Applies OpenADR 3 events to a scenario as transformations of its inputs (docs/openadr.md):
/// IMPORT_CAPACITY_LIMIT and DISPATCH_SETPOINT cap the campus's grid import in each period they cover (the lowest
/// value where events overlap), and call DR events there when the campus is enrolled; SIMPLE levels 1–3 call DR
/// events; PRICE replaces (or adds to) the campus price and GHG replaces its carbon intensity in the periods the
/// intervals cover.
/// </summary>
public static class OpenAdrScenarioAdapter
{
    /// <summary>Applies events (and the terms of their programs) to a scenario.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="events">OpenADR events, in any order; priorities decide overlaps.</param>
    /// <param name="mapping">Targets to campuses, and the adapter's choices.</param>
    /// <param name="programs">Programs of the events, for their terms; may be empty.</param>
    /// <returns>The transformed, validated scenario with what was applied and ignored.</returns>
    /// <exception cref="InputValidationException">The transformed scenario breaks a scenario rule.</exception>
    public static AdapterResult Apply(
        Scenario scenario, IReadOnlyList<OpenAdrEvent> events, CampusMapping mapping, IReadOnlyList<OpenAdrProgram>? programs = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(mapping);
        var gathering = new Gathering(scenario, mapping, programs ?? []);
        foreach (var ev in events.OrderByDescending(e => e.Priority ?? int.MaxValue))
        {
            gathering.Add(ev);
        }

        var result = ScenarioTransform.Build(scenario, gathering, mapping, programs ?? []);
        var errors = ScenarioRules.Validate(result.Scenario);
        return errors.Count == 0 ? result : throw new InputValidationException("the scenario with the OpenADR events applied", errors);
    }

    /// <summary>Collects the signals of every event by campus and period, with notes.</summary>
    internal sealed class Gathering(Scenario scenario, CampusMapping mapping, IReadOnlyList<OpenAdrProgram> programs)
    {
        public Dictionary<string, CampusSignals> Signals { get; } = new(StringComparer.Ordinal);

        /// <summary>(event, program, campus, payload type) → periods applied.</summary>
        public Dictionary<(string Event, string Program, string Campus, string Type), SortedSet<int>> Applied { get; } = [];

        public List<AdapterNote> Notes { get; } = [];

        public void Add(OpenAdrEvent ev)
        {
            var name = ev.DisplayName;
            var (campuses, unmatched) = mapping.CampusesOf(ev, scenario);
            if (unmatched.Count > 0)
            {
                Notes.Add(new AdapterNote(name, false, $"targets {string.Join(", ", unmatched)} match no campus; add them to the mapping"));
            }

            if (campuses.Count == 0)
            {
                Notes.Add(new AdapterNote(name, false, ev.Targets.Count == 0
                    ? $"the event has no targets and no campus is enrolled in program {ev.ProgramId}"
                    : "no target of the event matches a campus"));
                return;
            }

            var skipped = new SortedSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < ev.Intervals.Count; i++)
            {
                AddInterval(ev, i, campuses, skipped);
            }

            if (skipped.Count > 0)
            {
                Notes.Add(new AdapterNote(name, false, $"payload types {string.Join(", ", skipped)} are not applied by TokenFlex"));
            }
        }

        private void AddInterval(OpenAdrEvent ev, int index, IReadOnlyList<string> campuses, SortedSet<string> skipped)
        {
            var (periods, problem) = IntervalWindows.Periods(ev, index, scenario.TimeGrid);
            if (problem is not null || periods.Count == 0)
            {
                Notes.Add(new AdapterNote(ev.DisplayName, false,
                    problem ?? $"interval {ev.Intervals[index].Id} lies outside the planning horizon"));
                return;
            }

            foreach (var payload in ev.Intervals[index].Payloads)
            {
                if (!PayloadTypes.Applied.Contains(payload.Type))
                {
                    skipped.Add(payload.Type);
                }
                else if (Value(ev, payload) is { } value)
                {
                    Record(ev, campuses, payload.Type, periods, value);
                }
            }
        }

        private void Record(OpenAdrEvent ev, IReadOnlyList<string> campuses, string type, IReadOnlyList<int> periods, double value)
        {
            var eventId = ev.Id ?? ev.EventName ?? ev.ProgramId;
            foreach (var campus in campuses)
            {
                if (!Signals.TryGetValue(campus, out var signals))
                {
                    Signals[campus] = signals = new CampusSignals(scenario.TimeGrid.PeriodCount);
                }

                signals.Record(type, periods, value, eventId);
                var key = (eventId, ev.ProgramId, campus, type);
                if (!Applied.TryGetValue(key, out var set))
                {
                    Applied[key] = set = [];
                }

                set.UnionWith(periods);
            }
        }

        private double? Value(OpenAdrEvent ev, OpenAdrValuesMap payload)
        {
            var descriptor = ev.PayloadDescriptors.FirstOrDefault(d => d.PayloadType == payload.Type)
                             ?? programs.FirstOrDefault(p => p.Id == ev.ProgramId)?.PayloadDescriptors
                                 .FirstOrDefault(d => d.PayloadType == payload.Type);
            var (factor, assumption, problem) = PayloadUnits.Factor(payload.Type, descriptor);
            var note = problem ?? assumption;
            if (note is not null && !Notes.Any(n => n.Event == ev.DisplayName && n.Message.StartsWith(payload.Type, StringComparison.Ordinal)))
            {
                Notes.Add(new AdapterNote(ev.DisplayName, problem is null, $"{payload.Type}: {note}"));
            }

            return factor is { } f ? f * payload.Values[0].GetDouble() : null;
        }
    }

    internal static string Kw(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture) + " kW";
}
