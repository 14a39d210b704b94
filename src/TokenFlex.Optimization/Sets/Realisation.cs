namespace TokenFlex.Optimization.Sets;

/// <summary>
/// The data of one stage-2 scenario s, resolved against the base scenario: every series the stage-2
/// constraints read. The deterministic model has one realisation with probability 1.
/// </summary>
public sealed class Realisation
{
    public required int Index { get; init; }

    /// <summary>Scenario id (the base scenario's name when deterministic).</summary>
    public required string Id { get; init; }

    /// <summary>π_s.</summary>
    public required double Probability { get; init; }

    /// <summary>λ_{c,t,s} by campus index [USD/MWh].</summary>
    public required double[][] PriceUsdPerMwh { get; init; }

    /// <summary>CI_{c,t,s} by campus index [gCO₂/kWh].</summary>
    public required double[][] CarbonGPerKwh { get; init; }

    /// <summary>PV_{c,t,s} by campus index, or null without PV [kW].</summary>
    public required double[]?[] PvAvailableKw { get; init; }

    /// <summary>D or A_{r,o,t,s} by demand-key index [tok/s].</summary>
    public required double[][] DemandTokensPerSecond { get; init; }

    /// <summary>a_{c,t,s}: a DR event is called at the campus in the period, by campus index.</summary>
    public required bool[][] Called { get; init; }
}
