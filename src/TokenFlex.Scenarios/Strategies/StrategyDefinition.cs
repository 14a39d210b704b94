using TokenFlex.Optimization;

namespace TokenFlex.Scenarios.Strategies;

/// <summary>A strategy: a name, what it may do, and the restrictions that express it on the one formulation.</summary>
/// <param name="Name">Short name (B0, B1, B2, B3, P, …).</param>
/// <param name="Description">What the strategy may do, in one line.</param>
/// <param name="Restrictions">The restricted sets and fixed variables.</param>
public sealed record StrategyDefinition(string Name, string Description, ModelRestrictions Restrictions);
