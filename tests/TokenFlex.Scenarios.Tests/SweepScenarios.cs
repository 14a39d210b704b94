using TokenFlex.Core.Domain;
using TokenFlex.Core.Time;

namespace TokenFlex.Scenarios.Tests;

/// <summary>
/// Micro scenarios whose sweep results can be derived by hand: one campus "c1" with 8 GPUs, PUE 1, 50 USD/MWh,
/// one interactive class "chat" at 1.5 Mtok/s for 2 hours from origin "o1"; configurations of 1 GPU with
/// P⁰ = 100 kW each.
/// </summary>
internal static class SweepScenarios
{
    public static readonly DateTimeOffset Start = new(2025, 7, 15, 0, 0, 0, TimeSpan.Zero);

    /// <summary>BF16: Θ = 1 Mtok/s, e = 0.1 J/tok, δ = 0.</summary>
    public static ServingConfiguration Bf16 { get; } = new()
    {
        Id = "m-bf16",
        ModelId = "m",
        Precision = Precision.Bf16,
        GpuType = "G",
        GpusPerInstance = 1,
        ThroughputTokensPerSecond = 1e6,
        StaticPowerKw = 100,
        EnergyJPerToken = 0.1,
        SloHeadroomFraction = 1,
        QualityLossPercent = 0,
        TtftMs = 10,
        TpotMs = 20,
        MinUpHours = 1,
        MinDownHours = 1,
    };

    /// <summary>FP8, INT8 and INT4: more throughput and less energy per token, more quality loss.</summary>
    public static IReadOnlyList<ServingConfiguration> Quantized { get; } =
    [
        Bf16 with { Id = "m-fp8", Precision = Precision.Fp8, ThroughputTokensPerSecond = 2e6, EnergyJPerToken = 0.05, QualityLossPercent = 1 },
        Bf16 with { Id = "m-int8", Precision = Precision.Int8, ThroughputTokensPerSecond = 2.5e6, EnergyJPerToken = 0.04, QualityLossPercent = 2 },
        Bf16 with { Id = "m-int4", Precision = Precision.Int4, ThroughputTokensPerSecond = 3e6, EnergyJPerToken = 0.03, QualityLossPercent = 3 },
    ];

    /// <summary>The BF16-only case at a carbon intensity of 500 g/kWh (carbon price 0).</summary>
    public static Scenario Carbon() => Build([Bf16], carbonGPerKwh: 500, qosUsdPerMtokPercent: 0);

    /// <summary>All four precisions, no carbon, QoS price ψ = 0.0005 USD/(Mtok·%).</summary>
    public static Scenario Precisions() => Build([Bf16, .. Quantized], carbonGPerKwh: 0, qosUsdPerMtokPercent: 0.0005);

    private static Scenario Build(IReadOnlyList<ServingConfiguration> configurations, double carbonGPerKwh, double qosUsdPerMtokPercent) => new()
    {
        Name = "micro-sweep",
        TimeGrid = new TimeGrid { StartUtc = Start, StepHours = 1, PeriodCount = 2 },
        Configurations = configurations,
        Campuses =
        [
            new Campus
            {
                Id = "c1",
                GpuInventory = new Dictionary<string, int> { ["G"] = 8 },
                GridImportLimitKw = 10_000,
                Cooling = new Cooling { Pue = 1.0 },
                PriceUsdPerMwh = [50, 50],
                CarbonGPerKwh = [carbonGPerKwh, carbonGPerKwh],
            },
        ],
        Classes =
        [
            new WorkloadClass { Id = "chat", Kind = WorkloadKind.Interactive, ModelId = "m", QosPriceUsdPerMtokPercent = qosUsdPerMtokPercent },
        ],
        Origins = [new DemandOrigin { Id = "o1", HomeCampusId = "c1", Paths = [] }],
        Demand = [new DemandSeries { ClassId = "chat", OriginId = "o1", TokensPerSecond = [1.5e6, 1.5e6] }],
    };
}
