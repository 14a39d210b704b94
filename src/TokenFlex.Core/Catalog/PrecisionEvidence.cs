using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Catalog;

/// <summary>
/// Collects the measured precision ratios on H100 from the carried rows and combines them into
/// <see cref="PrecisionRatio"/> values (quant-catalog.md §3.1–3.2). Rows used:
/// TensorRT Model Optimizer speed-ups (Llama-3-8B/70B, FP8 and INT4-AWQ), GPUStack vLLM Qwen3-8B
/// throughputs (FP8, W4A16), ML.ENERGY Qwen3-235B FP8/BF16 pairs, and the TensorRT-LLM blog's INT8-SQ
/// and FP8 speed-ups (for the INT8/FP8 factor).
/// </summary>
public static class PrecisionEvidence
{
    private const string H100 = "H100";

    /// <summary>Per-GPU speed-ups against BF16 at high batch, one per quantized row or pair.</summary>
    /// <param name="rows">Carried measurements.</param>
    /// <param name="settings">Batch threshold and the occupancy rule.</param>
    public static IReadOnlyList<RatioObservation> ThroughputObservations(
        IReadOnlyList<MeasurementRow> rows, CatalogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // Same-GPU-count ML.ENERGY pairs are expert-parallel MoE runs with a few experts per GPU; they are not
        // taken as throughput evidence for dense models (their power ratio is still used).
        var halvedGpuPairs = MlEnergyPairs(rows)
            .Select(p => p.Throughput)
            .Where(o => o.Regime == OccupancyRegime.FewerGpus);
        return ModelOptimizerSpeedups(rows, settings)
            .Concat(GpuStackSpeedups(rows, settings))
            .Concat(halvedGpuPairs)
            .Where(o => o.NominalBatch >= settings.MinRatioBatch)
            .ToList();
    }

    /// <summary>Per-GPU power ratios FP8/BF16 at matched batch from ML.ENERGY pairs (the only power data).</summary>
    /// <param name="rows">Carried measurements.</param>
    /// <param name="settings">Batch threshold.</param>
    public static IReadOnlyList<RatioObservation> PowerObservations(
        IReadOnlyList<MeasurementRow> rows, CatalogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return MlEnergyPairs(rows)
            .Select(p => p.Power)
            .Where(o => o.NominalBatch >= settings.MinRatioBatch)
            .ToList();
    }

    /// <summary>
    /// INT8-SmoothQuant speed-up over the FP8 speed-up on H100 at the same batch (TensorRT-LLM blog; only
    /// batch 1 and 8 exist, so every batch is used and the factor is assumed batch-independent).
    /// </summary>
    /// <param name="rows">Carried measurements.</param>
    public static IReadOnlyList<RatioObservation> Int8OverFp8Observations(IReadOnlyList<MeasurementRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var blog = rows.Where(r => r.Gpu == H100 && r.SourceUrl.Contains("quantization-in-TRT-LLM")).ToList();
        return blog
            .Where(r => Parse(r.Precision) == Precision.Int8 && MeasurementText.ReportedSpeedup(r.Notes) is not null)
            .SelectMany(int8 => blog
                .Where(f => Parse(f.Precision) == Precision.Fp8 && f.Model == int8.Model
                            && f.BatchOrConcurrency == int8.BatchOrConcurrency)
                .Select(fp8 => new RatioObservation(
                    Precision.Int8,
                    OccupancyRegime.SameGpuCount,
                    MeasurementText.ReportedSpeedup(int8.Notes)!.Value
                    / MeasurementText.ReportedSpeedup(fp8.Notes)!.Value,
                    MeasurementText.NominalBatch(int8.BatchOrConcurrency) ?? double.NaN,
                    $"TensorRT-LLM blog {int8.Model} INT8-SQ/FP8 speed-up, {int8.BatchOrConcurrency}",
                    int8.SourceUrl)))
            .ToList();
    }

    /// <summary>
    /// Combines the observations into one ratio per (precision, regime) for FP8, INT8 and INT4:
    /// speed-up = median of the high-batch observations (INT8: FP8 speed-up × median INT8/FP8 factor);
    /// power ratio = median of the ML.ENERGY per-GPU power ratios of the regime, for every precision.
    /// </summary>
    /// <param name="rows">Carried measurements.</param>
    /// <param name="settings">Batch threshold and the occupancy rule.</param>
    /// <exception cref="InvalidOperationException">A precision or regime has no evidence.</exception>
    public static IReadOnlyList<PrecisionRatio> Ratios(IReadOnlyList<MeasurementRow> rows, CatalogSettings settings)
    {
        var speedups = ThroughputObservations(rows, settings);
        var powers = PowerObservations(rows, settings);
        var int8Factor = Int8OverFp8Observations(rows);
        var result = new List<PrecisionRatio>();
        foreach (var regime in Enum.GetValues<OccupancyRegime>())
        {
            var power = powers.Where(o => o.Regime == regime).ToList();
            var powerRatio = Median(power, $"ML.ENERGY per-GPU power ratio, {regime}");
            var fp8 = speedups.Where(o => o.Precision == Precision.Fp8 && o.Regime == regime).ToList();
            var int4 = speedups.Where(o => o.Precision == Precision.Int4 && o.Regime == regime).ToList();
            var fp8Speedup = Median(fp8, $"FP8 speed-up, {regime}");
            var factor = Median(int8Factor, "INT8/FP8 speed-up factor");
            result.Add(new(Precision.Fp8, regime, fp8Speedup, powerRatio, fp8, power,
                $"median of {fp8.Count} FP8/BF16 per-GPU ratios at batch ≥ {settings.MinRatioBatch}"));
            result.Add(new(Precision.Int8, regime, fp8Speedup * factor, powerRatio, [.. fp8, .. int8Factor], power,
                $"FP8 speed-up × median INT8-SQ/FP8 factor {factor:F3} ({int8Factor.Count} TensorRT-LLM blog pairs)"));
            result.Add(new(Precision.Int4, regime, Median(int4, $"INT4 speed-up, {regime}"), powerRatio, int4, power,
                $"median of {int4.Count} W4A16/BF16 per-GPU ratios at batch ≥ {settings.MinRatioBatch}"));
        }

        return result;
    }

    private static double Median(IReadOnlyList<RatioObservation> observations, string what) =>
        observations.Count > 0
            ? CatalogDerivation.Median(observations.Select(o => o.Ratio))
            : throw new InvalidOperationException($"No measured evidence for the {what}; add rows to the catalogue.");

    private static IEnumerable<RatioObservation> ModelOptimizerSpeedups(
        IReadOnlyList<MeasurementRow> rows, CatalogSettings settings)
    {
        foreach (var row in rows.Where(r => r.Gpu == H100 && r.SourceUrl.Contains("TensorRT-Model-Optimizer")))
        {
            if (Parse(row.Precision) is { } precision && row.ParamsBillions is { } paramsBillions
                && MeasurementText.ReportedSpeedup(row.Notes) is { } speedup)
            {
                yield return new RatioObservation(
                    precision,
                    RegimeOf(paramsBillions, precision, settings),
                    speedup,
                    MeasurementText.NominalBatch(row.BatchOrConcurrency) ?? double.NaN,
                    $"ModelOpt {row.Model} {row.Precision}, {row.BatchOrConcurrency}: per-GPU speed-up vs FP16",
                    row.SourceUrl);
            }
        }
    }

    private static IEnumerable<RatioObservation> GpuStackSpeedups(
        IReadOnlyList<MeasurementRow> rows, CatalogSettings settings)
    {
        var study = rows.Where(r => r.Gpu == H100 && r.SourceUrl.Contains("gpustack")).ToList();
        var baseline = study.FirstOrDefault(r => r.Method.StartsWith("BF16 baseline", StringComparison.Ordinal));
        if (baseline?.ThroughputTokensPerSecond is not { } baseThroughput)
        {
            yield break;
        }

        foreach (var row in study)
        {
            if (Parse(row.Precision) is { } precision and (Precision.Fp8 or Precision.Int4)
                && row.ThroughputTokensPerSecond is { } throughput)
            {
                yield return new RatioObservation(
                    precision,
                    RegimeOf(row.ParamsBillions ?? 0, precision, settings),
                    throughput / baseThroughput,
                    MeasurementText.NominalBatch(row.BatchOrConcurrency) ?? double.NaN,
                    $"GPUStack vLLM {row.Model} {row.Method} / BF16 baseline throughput, unthrottled",
                    row.SourceUrl);
            }
        }
    }

    private static OccupancyRegime RegimeOf(double paramsBillions, Precision precision, CatalogSettings settings) =>
        WeightMemory.MinimumGpus(paramsBillions, precision, settings)
        < WeightMemory.MinimumGpus(paramsBillions, Precision.Bf16, settings)
            ? OccupancyRegime.FewerGpus
            : OccupancyRegime.SameGpuCount;

    private static Precision? Parse(string text) =>
        PrecisionNames.TryParse(text, out var precision) ? precision : null;

    private static IEnumerable<(RatioObservation Throughput, RatioObservation Power)> MlEnergyPairs(
        IReadOnlyList<MeasurementRow> rows) => MlEnergyRows.PrecisionPairs(rows);
}
