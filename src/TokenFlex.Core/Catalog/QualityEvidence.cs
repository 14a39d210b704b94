using System.Globalization;
using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Catalog;

/// <summary>Which carried accuracy row gives δ for a (model, precision) of the catalogue.</summary>
/// <param name="ModelId">Catalogue model id, e.g. <c>llama-3.1-70b</c>.</param>
/// <param name="Precision">Quantized precision.</param>
/// <param name="SourceModel">Model name in the row.</param>
/// <param name="SourceUrlFragment">Text the row's source address contains.</param>
/// <param name="ProxyNote">Why a related checkpoint stands in; null when the row is for the exact checkpoint.</param>
public sealed record QualityRule(
    string ModelId,
    Precision Precision,
    string SourceModel,
    string SourceUrlFragment,
    string? ProxyNote);

/// <summary>A quality loss δ with its provenance.</summary>
/// <param name="LossPercent">δ: quality loss against the 16-bit reference [%].</param>
/// <param name="Kind">Derived for the exact checkpoint, Estimated for a proxy.</param>
/// <param name="Method">How δ was obtained, in one sentence.</param>
/// <param name="SourceUrls">Addresses of the rows used.</param>
public sealed record QualityEstimate(
    double LossPercent,
    SourceKind Kind,
    string Method,
    IReadOnlyList<string> SourceUrls);

/// <summary>
/// Quality loss δ (% vs BF16) from accuracy rows: NVIDIA ModelOpt MMLU relative loss for FP8, and the
/// Neural Magic / Red Hat OpenLLM v1 recovery of the Llama-3.1 W8A8 and W4A16 checkpoints.
/// </summary>
public static class QualityEvidence
{
    private const string ModelOpt = "TensorRT-Model-Optimizer";
    private const string ModelCard = "huggingface.co";

    /// <summary>The rules of the built-in catalogue.</summary>
    public static IReadOnlyList<QualityRule> BuiltInRules { get; } =
    [
        new("llama-3.1-8b", Precision.Fp8, "Meta-Llama-3-8B", ModelOpt,
            "Llama-3-8B (ModelOpt MMLU) stands in for Llama-3.1-8B"),
        new("llama-3.1-70b", Precision.Fp8, "Meta-Llama-3-70B", ModelOpt,
            "Llama-3-70B (ModelOpt MMLU) stands in for Llama-3.1-70B"),
        new("llama-3.1-8b", Precision.Int8, "Meta-Llama-3.1-8B-Instruct", ModelCard, null),
        new("llama-3.1-70b", Precision.Int8, "Llama-3.3-70B-Instruct", ModelCard,
            "no Llama-3.1-70B W8A8 row is carried; the Llama-3.3-70B W8A8 checkpoint (same architecture) stands in"),
        new("llama-3.1-8b", Precision.Int4, "Meta-Llama-3.1-8B-Instruct", ModelCard, null),
        new("llama-3.1-70b", Precision.Int4, "Meta-Llama-3.1-70B-Instruct", ModelCard, null),
    ];

    /// <summary>
    /// δ of one accuracy row: recovery metrics give max(0, 100 − recovery %); relative-loss metrics give
    /// max(0, −change %). A quantized model that scores above its baseline counts as lossless.
    /// </summary>
    /// <param name="row">A row with quality_metric and quality_delta.</param>
    /// <returns>δ [%].</returns>
    /// <exception cref="FormatException">The metric is neither a recovery nor a relative loss.</exception>
    public static double LossPercent(MeasurementRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var value = MeasurementText.LeadingNumber(row.QualityDelta)
            ?? throw new FormatException($"Quality delta '{row.QualityDelta}' of {row.Model} has no number.");
        if (row.QualityMetric.Contains("recovery", StringComparison.OrdinalIgnoreCase))
        {
            return Math.Max(0, 100 - value);
        }

        if (row.QualityMetric.Contains("relative loss", StringComparison.OrdinalIgnoreCase))
        {
            return Math.Max(0, -value);
        }

        throw new FormatException(
            $"Quality metric '{row.QualityMetric}' of {row.Model} is neither a recovery nor a relative loss.");
    }

    /// <summary>δ for a catalogue (model, precision): zero for BF16, otherwise from the matching rule's row.</summary>
    /// <param name="rows">Carried measurements.</param>
    /// <param name="modelId">Catalogue model id.</param>
    /// <param name="precision">Precision.</param>
    /// <param name="rules">Rules to match (usually <see cref="BuiltInRules"/>).</param>
    /// <exception cref="InvalidOperationException">No rule or no matching row.</exception>
    public static QualityEstimate Estimate(
        IReadOnlyList<MeasurementRow> rows, string modelId, Precision precision, IReadOnlyList<QualityRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(rules);
        if (precision == Precision.Bf16)
        {
            return new QualityEstimate(0, SourceKind.Derived, "BF16 is the 16-bit reference: zero by definition.", []);
        }

        var rule = rules.FirstOrDefault(r => r.ModelId == modelId && r.Precision == precision)
            ?? throw new InvalidOperationException($"No quality rule for {modelId} {precision.Name()}.");
        var row = rows.FirstOrDefault(r => r.Model == rule.SourceModel && r.Precision == precision.Name()
                                           && r.SourceUrl.Contains(rule.SourceUrlFragment) && r.QualityDelta.Length > 0)
            ?? throw new InvalidOperationException(
                $"No {precision.Name()} accuracy row for {rule.SourceModel}; add it to measurements.csv.");
        var loss = LossPercent(row);
        var method = string.Create(
            CultureInfo.InvariantCulture,
            $"δ = {loss:0.##} % from {row.QualityMetric} {row.QualityDelta} of {row.Model} ({row.Method})")
            + (rule.ProxyNote is null ? "." : $"; {rule.ProxyNote}.");
        var kind = rule.ProxyNote is null ? SourceKind.Derived : SourceKind.Estimated;
        return new QualityEstimate(loss, kind, method, [row.SourceUrl]);
    }
}
