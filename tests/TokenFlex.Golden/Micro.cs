using TokenFlex.Core.Domain;
using TokenFlex.Core.Time;

namespace TokenFlex.Golden;

/// <summary>
/// Micro scenarios small enough to solve by hand. The default: one campus "c1" with 8 GPUs of type
/// "G", one configuration "m-bf16" (1 GPU, Θ = 1 Mtok/s, ρ = 1, P⁰ = 100 kW, e = 0.1 J/tok ⇒ 100 kW
/// at 1 Mtok/s), PUE 1, no auxiliary load, price 50 USD/MWh, no carbon, hourly periods, one
/// interactive class "chat" on model "m" from origin "o1" (home c1), free initial state, no costs
/// of switching or quality.
/// </summary>
internal static class Micro
{
    public static readonly DateTimeOffset Start = new(2025, 7, 15, 0, 0, 0, TimeSpan.Zero);

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

    /// <summary>FP8: twice the throughput, half the energy per token, 1 % quality loss.</summary>
    public static ServingConfiguration Fp8 { get; } = Bf16 with
    {
        Id = "m-fp8",
        Precision = Precision.Fp8,
        ThroughputTokensPerSecond = 2e6,
        EnergyJPerToken = 0.05,
        QualityLossPercent = 1,
    };

    public static Campus Campus(int periods, string id = "c1", double price = 50) => new()
    {
        Id = id,
        GpuInventory = new Dictionary<string, int> { ["G"] = 8 },
        GridImportLimitKw = 10_000,
        Cooling = new Cooling { Pue = 1.0 },
        PriceUsdPerMwh = Enumerable.Repeat(price, periods).ToArray(),
        CarbonGPerKwh = new double[periods],
    };

    public static WorkloadClass Chat { get; } = new()
    {
        Id = "chat",
        Kind = WorkloadKind.Interactive,
        ModelId = "m",
    };

    public static DemandOrigin Origin(string home = "c1", params NetworkPath[] paths) => new()
    {
        Id = "o1",
        HomeCampusId = home,
        Paths = paths,
    };

    /// <summary>The default micro scenario with interactive demand in Mtok/s per period.</summary>
    public static Scenario Interactive(params double[] demandMtokPerSecond) => new()
    {
        Name = "micro",
        TimeGrid = new TimeGrid { StartUtc = Start, StepHours = 1, PeriodCount = demandMtokPerSecond.Length },
        Configurations = [Bf16],
        Campuses = [Campus(demandMtokPerSecond.Length)],
        Classes = [Chat],
        Origins = [Origin()],
        Demand = [Demand("chat", demandMtokPerSecond)],
    };

    public static DemandSeries Demand(string classId, params double[] mtokPerSecond) => new()
    {
        ClassId = classId,
        OriginId = "o1",
        TokensPerSecond = mtokPerSecond.Select(x => x * 1e6).ToArray(),
    };

    /// <summary>Replaces the single campus of a scenario.</summary>
    public static Scenario WithCampus(this Scenario scenario, Func<Campus, Campus> change) =>
        scenario with { Campuses = [change(scenario.Campuses[0])] };
}
