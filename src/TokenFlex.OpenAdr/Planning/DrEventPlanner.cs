using System.Text.RegularExpressions;
using TokenFlex.Core.Domain;
using TokenFlex.OpenAdr.Mapping;
using TokenFlex.OpenAdr.Model;
using TokenFlex.OpenAdr.Reports;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.OpenAdr.Planning;

/// <summary>A plan with OpenADR events applied, beside the plan of the same scenario without them.</summary>
/// <param name="Scenario">The scenario as given.</param>
/// <param name="Applied">The scenario with the events applied, and the notes.</param>
/// <param name="Without">Strategy P on <paramref name="Scenario"/>.</param>
/// <param name="With">Strategy P on the transformed scenario.</param>
public sealed record DrEventsOutcome(Scenario Scenario, AdapterResult Applied, PlanResult Without, PlanResult With);

/// <summary>
/// The application service behind <c>tokenflex dr events</c>: applies OpenADR events to a scenario, solves strategy P
/// with and without them (the DR baseline as <c>run</c> sets it: B0's load), and writes the OpenADR reports.
/// </summary>
public sealed partial class DrEventPlanner(PlanningService planning)
{
    public DrEventPlanner()
        : this(new PlanningService())
    {
    }

    /// <summary>Applies the events and solves P with and without them.</summary>
    public DrEventsOutcome Plan(
        Scenario scenario, IReadOnlyList<OpenAdrEvent> events, CampusMapping mapping, IReadOnlyList<OpenAdrProgram> programs,
        SolveOptions options, Action<string>? progress = null)
    {
        var applied = OpenAdrScenarioAdapter.Apply(scenario, events, mapping, programs);
        progress?.Invoke("plan without the OpenADR events");
        var without = planning.Run(scenario, options, [StrategyCatalog.P], DrBaselineSource.Bau, progress).Single();
        progress?.Invoke("plan with the OpenADR events");
        var with = planning.Run(applied.Scenario, options, [StrategyCatalog.P], DrBaselineSource.Bau, progress).Single();
        return new DrEventsOutcome(scenario, applied, without, with);
    }

    /// <summary>One report per OpenADR event that reached a campus, keyed by its eventID.</summary>
    /// <param name="outcome">The plans.</param>
    /// <param name="mapping">Campus → resource names.</param>
    /// <param name="clientName">The VEN's name.</param>
    /// <param name="version">Wire version to write.</param>
    public static IReadOnlyDictionary<string, string> Reports(
        DrEventsOutcome outcome, CampusMapping mapping, string clientName, OpenAdrVersion version)
    {
        var reports = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in outcome.Applied.Signals.GroupBy(s => (s.EventId, s.ProgramId)))
        {
            var request = new ReportRequest
            {
                EventId = ObjectId(group.Key.EventId),
                ProgramId = ObjectId(group.Key.ProgramId),
                ClientName = clientName,
                Version = version,
                CampusIds = group.Select(s => s.CampusId).Distinct().ToArray(),
            };
            reports[request.EventId] = OpenAdrReportWriter.Write(
                outcome.With, outcome.Without, outcome.Applied.Scenario, mapping, request);
        }

        return reports;
    }

    /// <summary>An id in the specification's objectID pattern (letters, digits, '_' and '-').</summary>
    private static string ObjectId(string text)
    {
        var id = NotIdCharacter().Replace(text, "-");
        return id.Length is > 0 and <= 128 ? id : "event";
    }

    [GeneratedRegex("[^a-zA-Z0-9_-]")]
    private static partial Regex NotIdCharacter();
}
