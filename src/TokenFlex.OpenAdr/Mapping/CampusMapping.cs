using TokenFlex.Core.Domain;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Mapping;

/// <summary>
/// How OpenADR names meet TokenFlex campuses, and the choices the adapter makes where OpenADR leaves them to
/// the program. Targets (3.1 strings, or the values of 3.0 typed targets such as <c>RESOURCE_NAME</c> or
/// <c>VEN_NAME</c>) are looked up in <see cref="Targets"/>, then, with <see cref="MatchCampusIds"/>, as campus ids.
/// </summary>
public sealed record CampusMapping
{
    /// <summary>Target, resource or VEN name → campus id.</summary>
    public IReadOnlyDictionary<string, string> Targets { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>True when a target equal to a campus id targets that campus (default true).</summary>
    public bool MatchCampusIds { get; init; } = true;

    /// <summary>True to add PRICE to the campus price instead of replacing it (default false: override).</summary>
    public bool PriceIsAdder { get; init; }

    /// <summary>Requested shed fraction of the contracted reduction for SIMPLE levels 0–3.</summary>
    public IReadOnlyList<double> SimpleShedFractions { get; init; } = [0, 0.25, 0.5, 1.0];

    /// <summary>The identity mapping: targets equal to campus ids.</summary>
    public static CampusMapping Identity { get; } = new();

    /// <summary>The campus a target names, or null.</summary>
    /// <param name="target">A target string.</param>
    /// <param name="scenario">The scenario whose campuses are matched.</param>
    public string? CampusOf(string target, Scenario scenario)
    {
        if (Targets.TryGetValue(target, out var campus))
        {
            return campus;
        }

        return MatchCampusIds && scenario.Campuses.Any(c => c.Id == target) ? target : null;
    }

    /// <summary>The resource name a campus is reported under: the first target mapped to it, else its id.</summary>
    /// <param name="campusId">A campus id.</param>
    public string ResourceName(string campusId) =>
        Targets.Where(t => t.Value == campusId).Select(t => t.Key).Order(StringComparer.Ordinal).FirstOrDefault() ?? campusId;

    /// <summary>
    /// The campuses an event applies to: those its targets name; with no targets, every campus enrolled in the
    /// event's program. Unmatched targets are returned for the notes.
    /// </summary>
    /// <param name="ev">The event.</param>
    /// <param name="scenario">The scenario whose campuses are matched.</param>
    public (IReadOnlyList<string> Campuses, IReadOnlyList<string> Unmatched) CampusesOf(OpenAdrEvent ev, Scenario scenario)
    {
        if (ev.Targets.Count == 0)
        {
            var enrolled = scenario.Campuses.Where(c => c.DemandResponse?.ProgramId == ev.ProgramId).Select(c => c.Id);
            return (enrolled.ToArray(), []);
        }

        var campuses = new List<string>();
        var unmatched = new List<string>();
        foreach (var target in ev.Targets)
        {
            if (CampusOf(target.Value, scenario) is { } campus)
            {
                if (!campuses.Contains(campus))
                {
                    campuses.Add(campus);
                }
            }
            else
            {
                unmatched.Add(target.Type is null ? target.Value : $"{target.Type}:{target.Value}");
            }
        }

        return (campuses, unmatched);
    }
}
