using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Catalog;

/// <summary>What the derivation did for one configuration: the numbers and the evidence behind them.</summary>
public sealed record CatalogEntryReport
{
    /// <summary>The configuration as built.</summary>
    public required ServingConfiguration Configuration { get; init; }

    /// <summary>The BF16 sweep fit of the model (for quantized entries, the fit their estimate scales).</summary>
    public required SweepFit AnchorFit { get; init; }

    /// <summary>GPUs of the model's BF16 instance.</summary>
    public required int ReferenceGpus { get; init; }

    /// <summary>The precision ratio applied; null for BF16.</summary>
    public PrecisionRatio? Ratio { get; init; }

    /// <summary>Per-GPU full-load power ratio applied after the TDP cap (1 for BF16) [ratio].</summary>
    public required double AppliedPowerRatio { get; init; }

    /// <summary>GPU-only energy per token at Θ, (P⁰_GPU + e·Θ)/Θ, comparable with ML.ENERGY [J/token].</summary>
    public required double FullLoadGpuEnergyJPerToken { get; init; }

    /// <summary>Server-level energy per token at Θ, (P⁰ + e·Θ)/Θ, host share included [J/token].</summary>
    public double FullLoadServerEnergyJPerToken =>
        (Configuration.StaticPowerKw * 1000 / Configuration.ThroughputTokensPerSecond)
        + Configuration.EnergyJPerToken;

    /// <summary>True when Θ and e are estimated from ratios rather than fitted to a measured sweep.</summary>
    public required bool IsEstimated { get; init; }

    /// <summary>True when the (estimated) TPOT meets the SLO used for the catalogue.</summary>
    public required bool TpotWithinSlo { get; init; }
}

/// <summary>Everything the built-in catalogue derivation used and produced, for reports and the CLI.</summary>
public sealed record CatalogReport
{
    /// <summary>One report per configuration, in catalogue order.</summary>
    public required IReadOnlyList<CatalogEntryReport> Entries { get; init; }

    /// <summary>Per-precision ratios against BF16 on H100, one per (precision, occupancy regime).</summary>
    public required IReadOnlyList<PrecisionRatio> PrecisionRatios { get; init; }

    /// <summary>Host power per GPU added to static power [kW/GPU].</summary>
    public required double HostKwPerGpu { get; init; }

    /// <summary>Measured H100 draw with a model resident at 0 % utilisation (midpoint) [W].</summary>
    public required double LoadedIdleGpuW { get; init; }

    /// <summary>Cold-start time [s] against weight memory [GB].</summary>
    public required LinearFit LoadTimeLine { get; init; }

    /// <summary>The settings the catalogue was built with.</summary>
    public required CatalogSettings Settings { get; init; }
}

/// <summary>The configurations a derivation produced and its report.</summary>
/// <param name="Entries">Configurations in catalogue order.</param>
/// <param name="Report">Evidence and statistics behind them.</param>
public sealed record CatalogResult(IReadOnlyList<ServingConfiguration> Entries, CatalogReport Report);
