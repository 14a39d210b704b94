namespace TokenFlex.Core.Catalog;

/// <summary>
/// One published measurement as carried in <c>Catalog/Data/measurements.csv</c> (a subset of the project's
/// quantization catalogue, <c>shared/data/quant-catalog.csv</c>). Columns keep the catalogue's meaning;
/// empty cells are null or empty text.
/// </summary>
public sealed record MeasurementRow
{
    /// <summary>Model name as the source writes it (e.g. <c>meta-llama/Llama-3.1-8B-Instruct</c>).</summary>
    public required string Model { get; init; }

    /// <summary>Parameter count [billions], when given.</summary>
    public double? ParamsBillions { get; init; }

    /// <summary>Precision as written in the catalogue (BF16, FP8, INT8, INT4, …).</summary>
    public required string Precision { get; init; }

    /// <summary>Quantization method or baseline description.</summary>
    public string Method { get; init; } = "";

    /// <summary>GPU family (H100, A100, …), or <c>n/a</c> for accuracy-only rows.</summary>
    public string Gpu { get; init; } = "";

    /// <summary>Tensor-parallel degree as written (expert-parallel runs say TP1; see the notes).</summary>
    public int? TpDegree { get; init; }

    /// <summary>Output-token throughput of the whole instance [tok/s].</summary>
    public double? ThroughputTokensPerSecond { get; init; }

    /// <summary>Batch, concurrency or load description.</summary>
    public string BatchOrConcurrency { get; init; } = "";

    /// <summary>Average per-GPU power during the measured window [W].</summary>
    public double? GpuPowerLoadW { get; init; }

    /// <summary>Idle per-GPU power as a min–max range text, e.g. <c>140-145</c> [W].</summary>
    public string GpuPowerIdleText { get; init; } = "";

    /// <summary>Instance GPU energy per output token [J/token].</summary>
    public double? EnergyJPerToken { get; init; }

    /// <summary>Quality benchmark and how its change is expressed.</summary>
    public string QualityMetric { get; init; } = "";

    /// <summary>Quality change against the 16-bit baseline, as the source states it.</summary>
    public string QualityDelta { get; init; } = "";

    /// <summary>Cold-start or weight-load time [s].</summary>
    public double? LoadTimeSeconds { get; init; }

    /// <summary>Address of the source.</summary>
    public required string SourceUrl { get; init; }

    /// <summary>Free-text notes (ML.ENERGY rows carry ITL, GPU count and instance power here).</summary>
    public string Notes { get; init; } = "";
}
