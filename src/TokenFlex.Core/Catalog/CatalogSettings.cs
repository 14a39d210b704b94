namespace TokenFlex.Core.Catalog;

/// <summary>
/// The choices and assumptions the catalogue derivation rests on. The defaults build the built-in catalogue;
/// each is documented in docs/catalog.md with its reason. Values marked [assumption] have no source.
/// </summary>
public sealed record CatalogSettings
{
    /// <summary>The built-in catalogue's settings.</summary>
    public static CatalogSettings Default { get; } = new();

    /// <summary>TPOT SLO that selects the operating range and Θ (default ITL p90 ≤ 50 ms).</summary>
    public TpotSlo Slo { get; init; } = TpotSlo.Default;

    /// <summary>Smallest nominal batch of a precision-ratio row counted as high-batch evidence [requests].</summary>
    public double MinRatioBatch { get; init; } = 32;

    /// <summary>HBM per GPU (H100 SXM 80 GB) [GB].</summary>
    public double HbmGbPerGpu { get; init; } = 80;

    /// <summary>
    /// Largest share of an instance's HBM the weights may take; the rest holds KV cache and activations
    /// [fraction]. 0.5 reproduces the dense-model (Llama 8B/70B) GPU counts of quant-catalog.md §3.4.
    /// </summary>
    public double MaxWeightShareOfHbm { get; init; } = 0.5;

    /// <summary>Per-GPU power limit (H100 SXM TDP) that caps estimated per-GPU power [W].</summary>
    public double GpuTdpW { get; init; } = 700;

    /// <summary>Idle server power per GPU including the host share (case-study-data c.4) [kW] [assumption].</summary>
    public double IdleServerKwPerGpu { get; init; } = 0.25;

    /// <summary>TTFT as a multiple of TPOT at the operating point [ratio] [assumption].</summary>
    public double TtftPerTpot { get; init; } = 3;

    /// <summary>Value of one GPU-hour lost while an instance loads [USD/GPU-h] [assumption].</summary>
    public double GpuHourPriceUsd { get; init; } = 2.5;

    /// <summary>Fixed cost per instance start (case-study-data c.5: $5–20) [USD] [assumption].</summary>
    public double FixedStartCostUsd { get; init; } = 5;

    /// <summary>Cost per instance stop [USD] [assumption].</summary>
    public double StopCostUsd { get; init; }

    /// <summary>Minimum up time of an instance (case-study-data c.5: 1–2 h) [h] [assumption].</summary>
    public double MinUpHours { get; init; } = 1;

    /// <summary>Minimum down time of an instance (case-study-data c.5: 1–2 h) [h] [assumption].</summary>
    public double MinDownHours { get; init; } = 1;

    /// <summary>Usable share of Θ (case-study-data c.5: ρ 0.8–0.9) [fraction] [assumption].</summary>
    public double SloHeadroomFraction { get; init; } = 0.9;
}
