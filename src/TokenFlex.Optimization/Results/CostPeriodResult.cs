namespace TokenFlex.Optimization.Results;

/// <summary>
/// One cost component of one campus in one period [USD], the per-period decomposition of
/// <see cref="CostBreakdown"/>: the rows of a component add up to that component. Revenues are positive, as
/// in the breakdown.
/// </summary>
/// <param name="CampusId">
/// The campus, or null for a cost of no campus (the unserved penalty belongs to an origin).
/// </param>
/// <param name="Period">
/// Dispatch period, or null for a cost of the whole horizon (the demand charge). Starts and stops of a commitment
/// period are in its first dispatch period.
/// </param>
/// <param name="StartUtc">Start of the period [UTC], or null when <paramref name="Period"/> is null.</param>
/// <param name="Component">Component as named in <c>costs.csv</c>, e.g. <c>energy</c>.</param>
/// <param name="Usd">The amount [USD].</param>
public sealed record CostPeriodResult(
    string? CampusId, int? Period, DateTimeOffset? StartUtc, string Component, double Usd);
