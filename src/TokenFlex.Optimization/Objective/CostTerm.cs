namespace TokenFlex.Optimization.Objective;

/// <summary>
/// One term of the objective in k$ (model units), named as in the cost breakdown and attributed to the campus
/// and dispatch period it belongs to. A builder emits one term per (name, campus, period) key, so the terms of a
/// name add up to the whole cost term; splitting them changes neither the objective nor the breakdown.
/// </summary>
/// <param name="Name">Breakdown key, e.g. <c>energy</c>.</param>
/// <param name="Terms">The term's expression [k$]. Revenues carry a negative sign.</param>
/// <param name="Campus">Campus index c, or null where the cost belongs to no campus (the unserved penalty).</param>
/// <param name="Period">
/// Dispatch period t, or null where the cost belongs to the horizon (the demand charge). A stage-1 cost of a
/// commitment period τ (starts and stops) is attributed to τ's first dispatch period.
/// </param>
public sealed record CostTerm(string Name, LinearTerms Terms, int? Campus = null, int? Period = null);
