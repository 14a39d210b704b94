namespace TokenFlex.Core.Domain;

/// <summary>
/// One stage-2 scenario s of the two-stage model (formulation b.7, reading B): a probability and the
/// realised data that differ from the base scenario. Anything not given is the base scenario's value.
/// Stage-1 decisions (instances, starts, generator commitment, DR bid) are shared by all scenarios;
/// routing, precision, energy dispatch and DR delivery adapt to each.
/// </summary>
public sealed record StochasticScenario
{
    /// <summary>Unique id, used in constraint names.</summary>
    public required string Id { get; init; }

    /// <summary>π_s: probability; the probabilities of a scenario set add up to 1 [fraction].</summary>
    public required double Probability { get; init; }

    /// <summary>λ_{c,t,s} by campus id, replacing the campus's price series [USD/MWh].</summary>
    public IReadOnlyDictionary<string, double[]> PriceUsdPerMwh { get; init; } = new Dictionary<string, double[]>();

    /// <summary>CI_{c,t,s} by campus id [gCO₂/kWh].</summary>
    public IReadOnlyDictionary<string, double[]> CarbonGPerKwh { get; init; } = new Dictionary<string, double[]>();

    /// <summary>PV_{c,t,s} by campus id [kW].</summary>
    public IReadOnlyDictionary<string, double[]> PvAvailableKw { get; init; } = new Dictionary<string, double[]>();

    /// <summary>D_{r,o,t,s}: demand series replacing the base series with the same class and origin [tok/s].</summary>
    public IReadOnlyList<DemandSeries> Demand { get; init; } = [];

    /// <summary>a_{c,t,s}: whether each DR event (by id) is called in this scenario; missing ids keep the base value.</summary>
    public IReadOnlyDictionary<string, bool> EventCalled { get; init; } = new Dictionary<string, bool>();
}
