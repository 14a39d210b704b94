namespace TokenFlex.Optimization.Objective;

/// <summary>One term of the objective in k$ (model units), named as in the cost breakdown.</summary>
/// <param name="Name">Breakdown key, e.g. <c>energy</c>.</param>
/// <param name="Terms">The term's expression [k$]. Revenues carry a negative sign.</param>
public sealed record CostTerm(string Name, LinearTerms Terms);
