using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Catalog;

/// <summary>A base model of the catalogue and the measured BF16 sweep that anchors it.</summary>
/// <param name="ModelId">Catalogue model id, e.g. <c>llama-3.1-8b</c>.</param>
/// <param name="SourceModel">Model name of the ML.ENERGY sweep rows.</param>
/// <param name="Gpu">GPU family of the sweep rows (H100).</param>
/// <param name="GpuType">GPU type written into the configurations (e.g. <c>H100-SXM</c>).</param>
/// <param name="Task">ML.ENERGY task of the sweep (e.g. <c>lm-arena-chat</c>).</param>
public sealed record CatalogModel(string ModelId, string SourceModel, string Gpu, string GpuType, string Task)
{
    /// <summary>The built-in models: Llama-3.1-8B (1×H100) and Llama-3.1-70B (4×H100), LMArena chat.</summary>
    public static IReadOnlyList<CatalogModel> BuiltIn { get; } =
    [
        new("llama-3.1-8b", "meta-llama/Llama-3.1-8B-Instruct", "H100", "H100-SXM", "lm-arena-chat"),
        new("llama-3.1-70b", "meta-llama/Llama-3.1-70B-Instruct", "H100", "H100-SXM", "lm-arena-chat"),
    ];

    /// <summary>The precisions built for every model, BF16 first.</summary>
    public static IReadOnlyList<Precision> BuiltInPrecisions { get; } =
        [Precision.Bf16, Precision.Fp8, Precision.Int8, Precision.Int4];

    /// <summary>
    /// Configuration id, e.g. <c>llama-3.1-8b-fp8-h100</c>; models whose BF16 instance spans several GPUs
    /// add the GPU count, e.g. <c>llama-3.1-70b-int4-h100-tp1</c>.
    /// </summary>
    /// <param name="precision">Precision.</param>
    /// <param name="gpus">GPUs of the configuration.</param>
    /// <param name="referenceGpus">GPUs of the model's BF16 instance.</param>
    public string ConfigurationId(Precision precision, int gpus, int referenceGpus) =>
        $"{ModelId}-{precision.Name().ToLowerInvariant()}-{Gpu.ToLowerInvariant()}"
        + (referenceGpus > 1 ? $"-tp{gpus}" : "");
}
