using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Catalog;

/// <summary>
/// Reads ML.ENERGY Leaderboard v3 rows (vLLM 0.11.1 batch sweeps with measured GPU power): sweep points,
/// GPU counts, the stability check and FP8/BF16 pairs of one model at matched batch.
/// </summary>
public static class MlEnergyRows
{
    /// <summary>ML.ENERGY counts a run as stable only if the average batch is ≥ 0.85 × max_num_seqs.</summary>
    public const double StableBatchFraction = 0.85;

    /// <summary>True for a row with ITL percentiles in its notes (an ML.ENERGY sweep row).</summary>
    /// <param name="row">A measurement.</param>
    public static bool IsSweepRow(MeasurementRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return MeasurementText.ItlMs(row.Notes) is not null && MeasurementText.Task(row.Notes) is not null;
    }

    /// <summary>GPUs of the instance: the <c>NxGPU</c> count in the notes, else the TP degree.</summary>
    /// <param name="row">A measurement.</param>
    public static int GpuCount(MeasurementRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return MeasurementText.GpuCount(row.Notes) ?? row.TpDegree ?? 1;
    }

    /// <summary>True when the measured average batch reaches 0.85 of max_num_seqs.</summary>
    /// <param name="row">A measurement.</param>
    public static bool IsStable(MeasurementRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return MeasurementText.AverageRunningBatch(row.BatchOrConcurrency) is { } average
            && MeasurementText.MaxNumSeqs(row.BatchOrConcurrency) is { } max
            && average >= StableBatchFraction * max;
    }

    /// <summary>
    /// The row as a sweep point. Instance power is the printed instance value in the notes, falling back
    /// to per-GPU power × GPUs (the per-GPU column is that value divided and rounded by the catalogue).
    /// </summary>
    /// <param name="row">An ML.ENERGY sweep row.</param>
    /// <returns>The point, or null when throughput, power or ITL is missing.</returns>
    public static SweepPoint? ToSweepPoint(MeasurementRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var power = MeasurementText.InstancePowerW(row.Notes) ?? (row.GpuPowerLoadW * GpuCount(row));
        if (row.ThroughputTokensPerSecond is not { } throughput || power is not { } instancePower
            || MeasurementText.ItlMs(row.Notes) is not { } itl)
        {
            return null;
        }

        var batch = MeasurementText.AverageRunningBatch(row.BatchOrConcurrency) ?? double.NaN;
        return new SweepPoint(
            throughput, instancePower, itl.P50Ms, itl.P90Ms, batch, row.EnergyJPerToken, row.SourceUrl);
    }

    /// <summary>
    /// FP8/BF16 pairs of one model (FP8 checkpoint named <c>&lt;model&gt;-FP8</c>) on the same GPU type, task
    /// and max_num_seqs, both stable: per-GPU throughput ratio and per-GPU power ratio, FP8 / BF16.
    /// </summary>
    /// <param name="rows">Carried measurements.</param>
    public static IEnumerable<(RatioObservation Throughput, RatioObservation Power)> PrecisionPairs(
        IReadOnlyList<MeasurementRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sweep = rows.Where(r => IsSweepRow(r) && IsStable(r) && ToSweepPoint(r) is not null).ToList();
        var fp8Rows = sweep.Where(r => r.Precision == "FP8" && r.Model.EndsWith("-FP8", StringComparison.Ordinal));
        foreach (var fp8 in fp8Rows)
        {
            var bf16Model = fp8.Model[..^"-FP8".Length];
            var task = MeasurementText.Task(fp8.Notes);
            var batch = MeasurementText.MaxNumSeqs(fp8.BatchOrConcurrency);
            var partners = sweep.Where(r => r.Precision == "BF16" && r.Model == bf16Model && r.Gpu == fp8.Gpu
                && MeasurementText.Task(r.Notes) == task && MeasurementText.MaxNumSeqs(r.BatchOrConcurrency) == batch);
            foreach (var bf16 in partners)
            {
                yield return Pair(fp8, bf16);
            }
        }
    }

    private static (RatioObservation Throughput, RatioObservation Power) Pair(
        MeasurementRow fp8, MeasurementRow bf16)
    {
        var (quantized, reference) = (ToSweepPoint(fp8)!, ToSweepPoint(bf16)!);
        var (gpusQuantized, gpusReference) = (GpuCount(fp8), GpuCount(bf16));
        var regime = gpusQuantized < gpusReference ? OccupancyRegime.FewerGpus : OccupancyRegime.SameGpuCount;
        var batch = MeasurementText.MaxNumSeqs(fp8.BatchOrConcurrency) ?? double.NaN;
        var label = $"ML.ENERGY {bf16.Model} FP8 {gpusQuantized}×{fp8.Gpu} vs BF16 {gpusReference}×{bf16.Gpu}, "
            + $"max_num_seqs={batch}";
        var throughputRatio = (quantized.ThroughputTokensPerSecond / gpusQuantized)
            / (reference.ThroughputTokensPerSecond / gpusReference);
        var powerRatio = (quantized.InstancePowerW / gpusQuantized) / (reference.InstancePowerW / gpusReference);
        return (
            new RatioObservation(Precision.Fp8, regime, throughputRatio, batch, label + ": per-GPU throughput",
                fp8.SourceUrl),
            new RatioObservation(Precision.Fp8, regime, powerRatio, batch, label + ": per-GPU power", fp8.SourceUrl));
    }
}
