using TokenFlex.Core.Domain;
using TokenFlex.Core.Time;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Reporting.Tests.Exports;

/// <summary>
/// A hand-made two-period plan for the export tests, with every number chosen so that the expected exports can be
/// derived by hand: campus c1 runs 4 × m-bf16 (1 GPU, Θ 1000 tok/s, ρ 1, P⁰ 0.5 kW, e 0.1 J/tok) and 1 × m-fp8-tp2
/// (2 GPUs, Θ 3000, ρ 0.9, P⁰ 1.0 kW, e 0.05) in period 0; c2 runs 2 × m-bf16.
/// </summary>
internal static class ExportPlans
{
    public static readonly DateTimeOffset Start = new(2025, 7, 15, 0, 0, 0, TimeSpan.Zero);

    public static Scenario Scenario { get; } = new()
    {
        Name = "exports",
        TimeGrid = new TimeGrid { StartUtc = Start, StepHours = 1, PeriodCount = 2 },
        Configurations =
        [
            Config("m-bf16", Precision.Bf16, 1, 1000, 1, 0.5, 0.1),
            Config("m-fp8-tp2", Precision.Fp8, 2, 3000, 0.9, 1.0, 0.05),
        ],
        Campuses =
        [
            Campus("c1") with
            {
                DemandChargeUsdPerKw = 10,
                Pv = new PvSystem { AvailableKw = [50, 20] },
                Battery = new Battery { EnergyCapacityKwh = 1000, MaxChargeKw = 500, MaxDischargeKw = 400 },
            },
            Campus("c2"),
        ],
        Classes =
        [
            new WorkloadClass { Id = "chat", Kind = WorkloadKind.Interactive, ModelId = "m" },
            new WorkloadClass { Id = "batch", Kind = WorkloadKind.Deferrable, ModelId = "m", DeadlineHours = 2 },
        ],
        Origins = [new DemandOrigin { Id = "o1", HomeCampusId = "c1", Paths = [] }],
        Demand = [],
    };

    public static PlanResult Result { get; } = new()
    {
        ScenarioName = "exports",
        Strategy = "P",
        Solve = new SolveSummary { Status = SolveStatus.Optimal, Solver = "Highs" },
        Costs = new CostBreakdown(),
        Kpis = new PlanKpis(),
        CampusPeriods =
        [
            // c1, t0: 100 grid + 30 PV − 40 charge = 90 kW load; t1: 50 grid + 20 PV + 30 discharge = 100 kW.
            Period("c1", 0, itKw: 3.275, gridKw: 100, pvKw: 30, pvAvailableKw: 50, chargeKw: 40, dischargeKw: 0,
                loadKw: 90, socKwh: 540, price: 50, carbon: 400),
            Period("c1", 1, itKw: 0, gridKw: 50, pvKw: 20, pvAvailableKw: 20, chargeKw: 0, dischargeKw: 30,
                loadKw: 100, socKwh: 508.4, price: 60, carbon: 300),
            Period("c2", 0, itKw: 1.1, gridKw: 1.1, loadKw: 1.1, price: 40, carbon: 200),
            Period("c2", 1, itKw: 0, gridKw: 0, loadKw: 0, price: 40, carbon: 200),
        ],
        Instances =
        [
            new InstanceResult("c1", "m-bf16", "BF16", 0, 4, 0, 0, 4),
            new InstanceResult("c1", "m-bf16", "BF16", 1, 0, 0, 4, 0),
            new InstanceResult("c1", "m-fp8-tp2", "FP8", 0, 1, 0, 0, 2),
            new InstanceResult("c1", "m-fp8-tp2", "FP8", 1, 0, 0, 1, 0),
            new InstanceResult("c2", "m-bf16", "BF16", 0, 2, 0, 0, 2),
            new InstanceResult("c2", "m-bf16", "BF16", 1, 0, 0, 2, 0),
        ],
        TokenFlows =
        [
            new TokenFlowResult("chat", "o1", "c1", "m-bf16", 0, 2000),
            new TokenFlowResult("chat", "o1", "c2", "m-bf16", 0, 1000),
            new TokenFlowResult("batch", "o1", "c1", "m-fp8-tp2", 0, 1500),
        ],
    };

    private static ServingConfiguration Config(string id, Precision precision, int gpus, double throughput,
        double headroom, double staticKw, double energy) => new()
        {
            Id = id,
            ModelId = "m",
            Precision = precision,
            GpuType = "H100-SXM",
            GpusPerInstance = gpus,
            ThroughputTokensPerSecond = throughput,
            SloHeadroomFraction = headroom,
            StaticPowerKw = staticKw,
            EnergyJPerToken = energy,
            QualityLossPercent = 0,
            TtftMs = 30,
            TpotMs = 10,
        };

    private static Campus Campus(string id) => new()
    {
        Id = id,
        GpuInventory = new Dictionary<string, int> { ["H100-SXM"] = 8 },
        GridImportLimitKw = 1000,
        Cooling = new Cooling { Pue = 1 },
        PriceUsdPerMwh = [50, 60],
        CarbonGPerKwh = [400, 300],
    };

    private static CampusPeriodResult Period(string campus, int t, double itKw, double gridKw, double loadKw,
        double price, double carbon, double pvKw = 0, double pvAvailableKw = 0, double chargeKw = 0,
        double dischargeKw = 0, double socKwh = 0) => new()
        {
            CampusId = campus,
            Period = t,
            StartUtc = Start.AddHours(t),
            ItPowerKw = itKw,
            FacilityPowerKw = loadKw,
            Pue = 1,
            GridImportKw = gridKw,
            PvKw = pvKw,
            PvAvailableKw = pvAvailableKw,
            BatteryChargeKw = chargeKw,
            BatteryDischargeKw = dischargeKw,
            BatteryEnergyKwh = socKwh,
            PriceUsdPerMwh = price,
            CarbonGPerKwh = carbon,
        };
}
