using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Scenarios.Planning;

/// <summary>One strategy to solve on one scenario.</summary>
public sealed record PlanRequest
{
    public required Scenario Scenario { get; init; }

    /// <summary>Strategy name, e.g. <c>P</c>.</summary>
    public string Strategy { get; init; } = "P";

    public ModelRestrictions Restrictions { get; init; } = ModelRestrictions.None;

    public SolveOptions Solve { get; init; } = new();

    /// <summary>
    /// A DR baseline to use for campuses in two-pass mode instead of this strategy's own first pass,
    /// keyed by campus id [kW] (e.g. the business-as-usual load of B0, common to every strategy).
    /// </summary>
    public IReadOnlyDictionary<string, double[]>? DrBaselineKw { get; init; }
}
