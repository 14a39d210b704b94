namespace TokenFlex.Core.Domain;

/// <summary>Whether a class must be served when it arrives or may wait until a deadline.</summary>
public enum WorkloadKind
{
    /// <summary>Served in the period it arrives (R1).</summary>
    Interactive,

    /// <summary>Batch work with a deadline (R2).</summary>
    Deferrable,
}

/// <summary>A request/service class r.</summary>
public sealed record WorkloadClass
{
    /// <summary>Unique id (e.g. <c>chat</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Interactive or deferrable.</summary>
    public required WorkloadKind Kind { get; init; }

    /// <summary>Base model that serves the class; only its configurations are admissible.</summary>
    public required string ModelId { get; init; }

    /// <summary>Precisions allowed for the class (K_r); empty means all.</summary>
    public IReadOnlyList<Precision> AdmissiblePrecisions { get; init; } = [];

    /// <summary>δ^hard_r: configurations losing more quality than this are not admissible [%].</summary>
    public double? MaxQualityLossPercent { get; init; }

    /// <summary>δ̄_r: cap on the token-weighted average quality loss per period (R4) [%].</summary>
    public double? MaxAverageQualityLossPercent { get; init; }

    /// <summary>ψ_r: price of quality loss per million tokens per % [USD/(Mtok·%)].</summary>
    public double QosPriceUsdPerMtokPercent { get; init; }

    /// <summary>Multiplier on each configuration's δ_k for this class (task sensitivity) [-].</summary>
    public double QualityLossMultiplier { get; init; } = 1;

    /// <summary>SLO on time to first token, network RTT included; null for none [ms].</summary>
    public double? TtftSloMs { get; init; }

    /// <summary>SLO on time per output token; null for none [ms].</summary>
    public double? TpotSloMs { get; init; }

    /// <summary>β_r: bytes on the wire per output token, for inter-site bandwidth (R5) [B/token].</summary>
    public double BytesPerToken { get; init; } = 4;

    /// <summary>d_r: deadline for deferrable work, from arrival [h].</summary>
    public double DeadlineHours { get; init; }
}

/// <summary>A demand origin o (a user region) and its network paths to campuses.</summary>
public sealed record DemandOrigin
{
    /// <summary>Unique id (e.g. <c>us-west</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The campus that serves this origin when routing is local only.</summary>
    public required string HomeCampusId { get; init; }

    /// <summary>Paths to campuses; a campus without a path cannot serve the origin remotely.</summary>
    public required IReadOnlyList<NetworkPath> Paths { get; init; }
}

/// <summary>The network path from an origin to one campus.</summary>
public sealed record NetworkPath
{
    /// <summary>Campus at the far end.</summary>
    public required string CampusId { get; init; }

    /// <summary>Round-trip time [ms].</summary>
    public required double RttMs { get; init; }

    /// <summary>BW_{o,c}: bandwidth available to served tokens; null for no limit [Gbit/s].</summary>
    public double? BandwidthGbps { get; init; }

    /// <summary>c^net_{o,c}: transfer cost of serving remotely [USD/Mtok].</summary>
    public double TransferCostUsdPerMtok { get; init; }
}

/// <summary>Token demand of one class from one origin.</summary>
public sealed record DemandSeries
{
    /// <summary>Workload class.</summary>
    public required string ClassId { get; init; }

    /// <summary>Origin.</summary>
    public required string OriginId { get; init; }

    /// <summary>
    /// D_{r,o,t} (interactive) or A_{r,o,t} (deferrable arrivals), as the average output-token rate over
    /// each period [tok/s].
    /// </summary>
    public required double[] TokensPerSecond { get; init; }

    /// <summary>Deferrable work already waiting at the start of the horizon [tokens].</summary>
    public double InitialBacklogTokens { get; init; }
}
