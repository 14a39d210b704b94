namespace TokenFlex.Core.Domain;

/// <summary>
/// A model–quantization configuration k = (model, precision, GPU type, parallel degree) with the
/// dispatchable parameters of the quantization-to-power model (formulation b.2). One instance of it
/// occupies <see cref="GpusPerInstance"/> GPUs of <see cref="GpuType"/>.
/// </summary>
public sealed record ServingConfiguration
{
    /// <summary>Unique id, e.g. <c>llama-3.1-70b-fp8-h100-tp2</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Base model id (configurations of one model are interchangeable for its classes).</summary>
    public required string ModelId { get; init; }

    /// <summary>Serving precision q.</summary>
    public required Precision Precision { get; init; }

    /// <summary>GPU type, matched against campus GPU inventories (e.g. <c>H100-SXM</c>).</summary>
    public required string GpuType { get; init; }

    /// <summary>g_k: GPUs one instance occupies (tensor × pipeline parallel degree).</summary>
    public required int GpusPerInstance { get; init; }

    /// <summary>Θ_k: sustained output-token throughput of one instance at the latency SLO [tok/s].</summary>
    public required double ThroughputTokensPerSecond { get; init; }

    /// <summary>P⁰_k: static power of one running instance, server level (GPUs plus host share) [kW].</summary>
    public required double StaticPowerKw { get; init; }

    /// <summary>e_k: incremental energy per output token, server level [J/token].</summary>
    public required double EnergyJPerToken { get; init; }

    /// <summary>ρ_k: usable share of Θ_k, headroom for bursts within a period [fraction].</summary>
    public double SloHeadroomFraction { get; init; } = 0.9;

    /// <summary>δ_k: quality loss against the 16-bit reference of the same model [% of score].</summary>
    public required double QualityLossPercent { get; init; }

    /// <summary>Time to first token at the operating point, excluding network [ms].</summary>
    public required double TtftMs { get; init; }

    /// <summary>Time per output token (inter-token latency) at the operating point [ms].</summary>
    public required double TpotMs { get; init; }

    /// <summary>c^SU_k: cost of one instance start [USD].</summary>
    public double StartCostUsd { get; init; }

    /// <summary>c^SD_k: cost of one instance stop [USD].</summary>
    public double StopCostUsd { get; init; }

    /// <summary>L_k: cold-start time (weights, engine, warm-up) during which a new instance serves nothing [s].</summary>
    public double LoadTimeSeconds { get; init; }

    /// <summary>Power drawn above static power by an instance while it loads [kW].</summary>
    public double LoadPowerKw { get; init; }

    /// <summary>T^up_k: minimum time an instance stays up once started [h].</summary>
    public double MinUpHours { get; init; } = 1;

    /// <summary>T^dn_k: minimum time an instance stays down once stopped [h].</summary>
    public double MinDownHours { get; init; } = 1;

    /// <summary>M_k: weight memory of one instance [GB].</summary>
    public double WeightMemoryGb { get; init; }

    /// <summary>Where each parameter comes from, keyed by the camelCase field name.</summary>
    public IReadOnlyDictionary<string, ParameterSource> Sources { get; init; } =
        new Dictionary<string, ParameterSource>();
}
