using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Catalog;

/// <summary>Whether quantizing keeps an instance on as many GPUs as BF16 or lets it use fewer.</summary>
public enum OccupancyRegime
{
    /// <summary>The quantized instance uses as many GPUs as the BF16 one (e.g. an 8B model on one GPU).</summary>
    SameGpuCount,

    /// <summary>The quantized instance fits on fewer GPUs than the BF16 one (e.g. 70B FP8 on 2 instead of 4).</summary>
    FewerGpus,
}

/// <summary>One measured precision-vs-16-bit ratio on the same GPU type.</summary>
/// <param name="Precision">Quantized precision.</param>
/// <param name="Regime">Same or fewer GPUs than the 16-bit run.</param>
/// <param name="Ratio">Per-GPU throughput ratio (or per-GPU power ratio, for power evidence) [ratio].</param>
/// <param name="NominalBatch">Batch of the pair (positive infinity for an unthrottled load) [requests].</param>
/// <param name="Evidence">Which rows, in words.</param>
/// <param name="SourceUrl">Address of the quantized row.</param>
public sealed record RatioObservation(
    Precision Precision,
    OccupancyRegime Regime,
    double Ratio,
    double NominalBatch,
    string Evidence,
    string SourceUrl);

/// <summary>
/// The per-GPU throughput speed-up and per-GPU power ratio of a precision against BF16 on H100, with the
/// rows behind them. Under the assumption of quant-catalog.md §3.2 the full-load energy per token scales
/// by <see cref="EnergyPerTokenRatio"/> = power ratio / speed-up.
/// </summary>
/// <param name="Precision">Quantized precision.</param>
/// <param name="Regime">Occupancy regime the ratio applies to.</param>
/// <param name="PerGpuSpeedup">Per-GPU output throughput, quantized / BF16 [ratio].</param>
/// <param name="PerGpuPowerRatio">Per-GPU power at full load, quantized / BF16 [ratio].</param>
/// <param name="ThroughputObservations">Rows behind the speed-up.</param>
/// <param name="PowerObservations">Rows behind the power ratio.</param>
/// <param name="Rule">How the numbers were combined, in one sentence.</param>
public sealed record PrecisionRatio(
    Precision Precision,
    OccupancyRegime Regime,
    double PerGpuSpeedup,
    double PerGpuPowerRatio,
    IReadOnlyList<RatioObservation> ThroughputObservations,
    IReadOnlyList<RatioObservation> PowerObservations,
    string Rule)
{
    /// <summary>Full-load energy per token, quantized / BF16 [ratio].</summary>
    public double EnergyPerTokenRatio => PerGpuPowerRatio / PerGpuSpeedup;

    /// <summary>Distinct addresses of every row behind the ratio.</summary>
    public IReadOnlyList<string> SourceUrls =>
        ThroughputObservations.Concat(PowerObservations).Select(o => o.SourceUrl).Distinct().ToList();
}
