using TokenFlex.Core.Catalog;

namespace TokenFlex.Data.Importers.Benchmarks;

/// <summary>What a batch sweep measured: one model at one precision on a number of GPUs of one type.</summary>
/// <param name="ModelId">Model as the source names it, e.g. <c>meta-llama/Llama-3.1-8B-Instruct</c>.</param>
/// <param name="GpuModel">GPU type, e.g. <c>H100</c>.</param>
/// <param name="Gpus">GPUs of one instance.</param>
/// <param name="WeightPrecision">Precision as the source writes it, e.g. <c>bfloat16</c>.</param>
/// <param name="Task">Workload of the sweep, e.g. <c>lm-arena-chat</c>; empty when not stated.</param>
public sealed record BenchmarkConfiguration(string ModelId, string GpuModel, int Gpus, string WeightPrecision, string Task)
{
    /// <summary>Short label, e.g. <c>meta-llama/Llama-3.1-8B-Instruct bfloat16 1×H100 (lm-arena-chat)</c>.</summary>
    public override string ToString() =>
        $"{ModelId} {WeightPrecision} {Gpus}×{GpuModel}" + (Task.Length == 0 ? "" : $" ({Task})");
}

/// <summary>The measured load points of one configuration, ready for <see cref="CatalogDerivation.FitSweep"/>.</summary>
/// <param name="Configuration">What was measured.</param>
/// <param name="Points">Load points (throughput, instance GPU power, ITL percentiles, batch).</param>
/// <param name="Source">File the points were read from.</param>
/// <param name="ItlEstimated">True when the file had no latency columns and ITL was estimated by Little's law
/// (ITL = batch / throughput).</param>
public sealed record BenchmarkSweep(
    BenchmarkConfiguration Configuration, IReadOnlyList<SweepPoint> Points, string Source, bool ItlEstimated = false);
