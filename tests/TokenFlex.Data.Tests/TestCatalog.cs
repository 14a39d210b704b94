using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Tests;

/// <summary>A hand-made configuration catalogue for reader tests (independent of the built-in one).</summary>
internal static class TestCatalog
{
    public static IReadOnlyList<ServingConfiguration> Entries { get; } =
    [
        Entry("llama-3.1-8b-bf16-h100", "llama-3.1-8b", Precision.Bf16, "H100-SXM", 1, 2500, 0),
        Entry("llama-3.1-8b-fp8-h100", "llama-3.1-8b", Precision.Fp8, "H100-SXM", 1, 3600, 0.5),
        Entry("llama-3.1-70b-bf16-h100-tp4", "llama-3.1-70b", Precision.Bf16, "H100-SXM", 4, 1800, 0),
        Entry("llama-3.1-70b-fp8-h100-tp2", "llama-3.1-70b", Precision.Fp8, "H100-SXM", 2, 2200, 1.0),
        Entry("llama-3.1-70b-fp4-b200", "llama-3.1-70b", Precision.Fp4, "B200", 1, 4000, 2.0),
    ];

    private static ServingConfiguration Entry(
        string id, string model, Precision precision, string gpu, int gpus, double throughput, double loss) => new()
        {
            Id = id,
            ModelId = model,
            Precision = precision,
            GpuType = gpu,
            GpusPerInstance = gpus,
            ThroughputTokensPerSecond = throughput,
            StaticPowerKw = 0.45 * gpus,
            EnergyJPerToken = 0.3,
            QualityLossPercent = loss,
            TtftMs = 150,
            TpotMs = 25,
            StartCostUsd = 2,
            Sources = new Dictionary<string, ParameterSource>
            {
                ["throughputTokensPerSecond"] = new(SourceKind.Measured, "Test measurement.", ["https://example.org"]),
                ["energyJPerToken"] = new(SourceKind.Estimated, "Test estimate.", []),
            },
        };
}
