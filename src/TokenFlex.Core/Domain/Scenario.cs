using TokenFlex.Core.Time;

namespace TokenFlex.Core.Domain;

/// <summary>A complete, validated planning problem: one deterministic scenario of the multi-campus model.</summary>
public sealed record Scenario
{
    /// <summary>Short name.</summary>
    public required string Name { get; init; }

    /// <summary>Free text description.</summary>
    public string Description { get; init; } = "";

    /// <summary>The time grid every series follows.</summary>
    public required TimeGrid TimeGrid { get; init; }

    /// <summary>π^CO₂: carbon price [USD/tCO₂].</summary>
    public double CarbonPriceUsdPerTonne { get; init; }

    /// <summary>Cap on total emissions over the horizon; null for none [tCO₂].</summary>
    public double? CarbonCapTonnes { get; init; }

    /// <summary>
    /// The kind of carbon intensity every campus's <see cref="Campus.CarbonGPerKwh"/> holds (average or marginal,
    /// life-cycle or direct); null when the inputs do not say.
    /// </summary>
    public CarbonSignal? CarbonSignal { get; init; }

    /// <summary>The configurations K available to the optimiser.</summary>
    public required IReadOnlyList<ServingConfiguration> Configurations { get; init; }

    /// <summary>Campuses C.</summary>
    public required IReadOnlyList<Campus> Campuses { get; init; }

    /// <summary>Workload classes R.</summary>
    public required IReadOnlyList<WorkloadClass> Classes { get; init; }

    /// <summary>Demand origins O.</summary>
    public required IReadOnlyList<DemandOrigin> Origins { get; init; }

    /// <summary>Demand series, one per (class, origin) with demand.</summary>
    public required IReadOnlyList<DemandSeries> Demand { get; init; }

    /// <summary>DR event windows.</summary>
    public IReadOnlyList<DemandResponseEvent> DemandResponseEvents { get; init; } = [];

    /// <summary>
    /// Stage-2 scenarios of the two-stage stochastic model; empty for the deterministic model, which is the
    /// base data with probability 1.
    /// </summary>
    public IReadOnlyList<StochasticScenario> StochasticScenarios { get; init; } = [];
}
