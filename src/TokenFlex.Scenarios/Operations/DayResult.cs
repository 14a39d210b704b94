using TokenFlex.Optimization.Results;

namespace TokenFlex.Scenarios.Operations;

/// <summary>One day of a rolling simulation: the plan on the forecast and its settlement on actuals.</summary>
/// <param name="Day">Zero-based day index.</param>
/// <param name="StartUtc">Start of the day's horizon.</param>
/// <param name="Plan">The day-ahead plan on the forecast.</param>
/// <param name="Actual">The plan re-dispatched on actual data, stage 1 fixed.</param>
public sealed record DayResult(int Day, DateTimeOffset StartUtc, PlanResult Plan, PlanResult Actual);

/// <summary>The state handed from one window to the next.</summary>
/// <param name="InstancesByDeployment">Running instances at the end of the window, by (campus, configuration).</param>
/// <param name="BatterySocFractionByCampus">Battery state of charge at the end, by campus.</param>
/// <param name="BacklogTokensByDemand">Deferrable backlog at the end, by (class, origin).</param>
/// <param name="GeneratorHoursUsed">Generator run hours used so far, by generator.</param>
public sealed record CarriedState(
    IReadOnlyDictionary<(string Campus, string Configuration), int> InstancesByDeployment,
    IReadOnlyDictionary<string, double> BatterySocFractionByCampus,
    IReadOnlyDictionary<(string Class, string Origin), double> BacklogTokensByDemand,
    IReadOnlyDictionary<string, double> GeneratorHoursUsed);
