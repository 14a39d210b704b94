using TokenFlex.Core.Domain;
using TokenFlex.Core.Time;

namespace TokenFlex.Core.Validation;

/// <summary>
/// Semantic rules of a <see cref="Scenario"/>, checked once at the input boundary. Every problem is
/// collected with the JSON path of the offending value (the layout of docs/scenario-format.md, e.g.
/// <c>campuses[1].battery.minSocFraction</c>) and a message that names the rule and the fix. Magnitude
/// limits are in <see cref="ScenarioLimits"/>.
/// </summary>
public static partial class ScenarioRules
{
    /// <summary>Tolerance on hour arithmetic (alignment of event windows and steps) [h].</summary>
    private const double HourTolerance = 1e-6;

    /// <summary>Checks a scenario against every rule and returns all problems found (empty when valid).</summary>
    /// <param name="scenario">The scenario to check.</param>
    /// <returns>Every problem found, in the order of the scenario's sections.</returns>
    public static IReadOnlyList<ValidationError> Validate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var ctx = new RuleContext(scenario);
        CheckHeader(ctx);
        CheckTimeGrid(ctx);
        CheckCommitmentStep(ctx);
        CheckConfigurations(ctx);
        CheckCampuses(ctx);
        CheckClasses(ctx);
        CheckOrigins(ctx);
        CheckDemand(ctx);
        CheckEvents(ctx);
        CheckAdmissibility(ctx);
        CheckStochastic(ctx);
        return ctx.Errors.Errors;
    }

    /// <summary>
    /// True when <paramref name="stepHours"/> is in (0, 24] and either a whole number of hours or a whole
    /// fraction of an hour (1/stepHours integral: 0.5, 0.25, 1/12 …).
    /// </summary>
    /// <param name="stepHours">Period length [h].</param>
    public static bool IsSensibleStep(double stepHours)
    {
        if (!double.IsFinite(stepHours) || stepHours <= 0 || stepHours > ScenarioLimits.MaxStepHours)
        {
            return false;
        }

        return IsWhole(stepHours) || IsWhole(1.0 / stepHours);
    }

    /// <summary>
    /// True when the grid's start year, step and period count are all within the rules, so that period start
    /// times can be computed and series aligned to it.
    /// </summary>
    /// <param name="grid">The time grid.</param>
    public static bool IsUsable(TimeGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return grid.StartUtc.Year is >= ScenarioLimits.MinStartYear and <= ScenarioLimits.MaxStartYear
               && grid.PeriodCount is >= 1 and <= ScenarioLimits.MaxPeriods
               && IsSensibleStep(grid.StepHours);
    }

    private static bool IsWhole(double value) => Math.Abs(value - Math.Round(value)) < 1e-9 * Math.Max(1, value);

    private static string Known(IEnumerable<string> ids)
    {
        var list = ids.Take(11).ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list.Take(10)) + (list.Count > 10 ? ", …" : "");
    }

    private static void CheckHeader(RuleContext ctx)
    {
        var s = ctx.Scenario;
        if (string.IsNullOrWhiteSpace(s.Name))
        {
            ctx.Add("name", "name must not be empty; give the scenario a short name");
        }

        ctx.NonNegative("carbonPriceUsdPerTonne", s.CarbonPriceUsdPerTonne, ScenarioLimits.MaxUnitCostUsd, "USD/t");
        if (s.CarbonCapTonnes is { } cap)
        {
            ctx.NonNegative("carbonCapTonnes", cap);
        }
    }

    private static void CheckTimeGrid(RuleContext ctx)
    {
        var grid = ctx.Scenario.TimeGrid;
        if (grid.StartUtc.Offset != TimeSpan.Zero)
        {
            ctx.Add("timeGrid.startUtc", "startUtc must be in UTC; write it with a 'Z' suffix", grid.StartUtc);
        }

        if (grid.StartUtc.Year is < ScenarioLimits.MinStartYear or > ScenarioLimits.MaxStartYear)
        {
            ctx.Add("timeGrid.startUtc", $"startUtc must lie between the years {ScenarioLimits.MinStartYear} and "
                                         + $"{ScenarioLimits.MaxStartYear}", grid.StartUtc);
        }

        if (!IsSensibleStep(grid.StepHours))
        {
            ctx.Add("timeGrid.stepHours", "stepHours must be in (0, 24] and either a whole number of hours or a whole "
                                          + "fraction of an hour (0.5, 0.25, 1/12 …)", grid.StepHours);
        }

        if (grid.PeriodCount < 1 || grid.PeriodCount > ScenarioLimits.MaxPeriods)
        {
            ctx.Add("timeGrid.periods", $"periods must be between 1 and {ScenarioLimits.MaxPeriods}", grid.PeriodCount);
        }
    }

    private static void CheckEvents(RuleContext ctx)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var events = ctx.Scenario.DemandResponseEvents;
        for (var i = 0; i < events.Count; i++)
        {
            var path = $"demandResponseEvents[{i}]";
            var ev = events[i];
            ctx.Id($"{path}.id", ev.Id, seen, "event");
            if (!ctx.CampusesById.TryGetValue(ev.CampusId, out var campus))
            {
                ctx.Add($"{path}.campusId", $"campusId '{ev.CampusId}' matches no campus; known campuses: "
                                            + Known(ctx.CampusesById.Keys), ev.CampusId);
            }
            else if (campus.DemandResponse is null)
            {
                ctx.Add($"{path}.campusId", $"campus '{ev.CampusId}' has no demandResponse enrolment; add one to the "
                                            + "campus or remove the event", ev.CampusId);
            }

            if (ctx.Positive($"{path}.durationHours", ev.DurationHours))
            {
                CheckEventWindow(ctx, path, ev);
            }
        }
    }

    private static void CheckEventWindow(RuleContext ctx, string path, DemandResponseEvent ev)
    {
        var grid = ctx.Scenario.TimeGrid;
        if (!IsUsable(grid))
        {
            return;
        }

        var offsetHours = (ev.StartUtc - grid.StartUtc).TotalHours;
        if (offsetHours < -HourTolerance || offsetHours + ev.DurationHours > grid.HorizonHours + HourTolerance)
        {
            const string format = "yyyy-MM-ddTHH:mmZ";
            var start = grid.StartUtc.UtcDateTime.ToString(format);
            var end = grid.PeriodStartUtc(grid.PeriodCount).UtcDateTime.ToString(format);
            ctx.Add($"{path}.startUtc", $"the event window {ev.StartUtc.UtcDateTime.ToString(format)} + "
                                        + $"{RuleContext.Num(ev.DurationHours)} h must lie inside the horizon "
                                        + $"{start} – {end}");
            return;
        }

        if (!IsWhole(offsetHours / grid.StepHours))
        {
            ctx.Add($"{path}.startUtc", $"startUtc must fall on a period boundary (every "
                                        + $"{RuleContext.Num(grid.StepHours)} h from timeGrid.startUtc)", ev.StartUtc);
        }

        if (!IsWhole(ev.DurationHours / grid.StepHours))
        {
            ctx.Add($"{path}.durationHours", $"durationHours must be a whole number of periods of "
                                             + $"{RuleContext.Num(grid.StepHours)} h", ev.DurationHours);
        }
    }
}
