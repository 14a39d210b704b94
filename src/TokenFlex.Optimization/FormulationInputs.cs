using TokenFlex.Core.Domain;

namespace TokenFlex.Optimization;

/// <summary>Everything the formulation is built from.</summary>
public sealed record FormulationInputs
{
    /// <summary>The validated scenario.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>Strategy restrictions.</summary>
    public ModelRestrictions Restrictions { get; init; } = ModelRestrictions.None;

    /// <summary>
    /// P^base_{c,t} for campuses whose DR baseline comes from a first pass (two-pass mode), keyed by
    /// campus id [kW]. Campuses in two-pass mode without an entry offer no DR in this build.
    /// </summary>
    public IReadOnlyDictionary<string, double[]> TwoPassBaselineKw { get; init; } =
        new Dictionary<string, double[]>();

    /// <summary>True to ignore DR events and commitments (the first pass of the two-pass baseline).</summary>
    public bool DisableDemandResponse { get; init; }
}
