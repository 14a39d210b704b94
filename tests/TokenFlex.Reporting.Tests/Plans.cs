using TokenFlex.Core.Domain;
using TokenFlex.Core.Time;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;

namespace TokenFlex.Reporting.Tests;

/// <summary>Plan results for the tests: solved micro scenarios and hand-made records.</summary>
internal static class Plans
{
    public static readonly DateTimeOffset Start = new(2025, 7, 15, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<PlanResult> MicroPlan = new(() => Solve(MicroInteractive(1.5, 1.5), "P"));

    /// <summary>
    /// The golden micro case Interactive(1.5, 1.5), solved: one campus "c1", 8 GPUs, configuration "m-bf16"
    /// (Θ = 1 Mtok/s, P⁰ = 100 kW, e = 0.1 J/tok), PUE 1, 50 USD/MWh, 1.5 Mtok/s in each of 2 hours.
    /// </summary>
    public static PlanResult Micro => MicroPlan.Value;

    public static PlanResult Solve(Scenario scenario, string strategy) =>
        new Planner(MilpSolvers.Create).Solve(new PlanRequest
        {
            Scenario = scenario,
            Strategy = strategy,
            Solve = new SolveOptions { RelativeGap = 1e-9, TimeLimitSeconds = 30 },
        });

    public static Scenario MicroInteractive(params double[] demandMtokPerSecond) => new()
    {
        Name = "micro",
        TimeGrid = new TimeGrid { StartUtc = Start, StepHours = 1, PeriodCount = demandMtokPerSecond.Length },
        Configurations =
        [
            new ServingConfiguration
            {
                Id = "m-bf16", ModelId = "m", Precision = Precision.Bf16, GpuType = "G", GpusPerInstance = 1,
                ThroughputTokensPerSecond = 1e6, StaticPowerKw = 100, EnergyJPerToken = 0.1, SloHeadroomFraction = 1,
                QualityLossPercent = 0, TtftMs = 10, TpotMs = 20, MinUpHours = 1, MinDownHours = 1,
            },
        ],
        Campuses =
        [
            new Campus
            {
                Id = "c1",
                GpuInventory = new Dictionary<string, int> { ["G"] = 8 },
                GridImportLimitKw = 10_000,
                Cooling = new Cooling { Pue = 1.0 },
                PriceUsdPerMwh = Enumerable.Repeat(50.0, demandMtokPerSecond.Length).ToArray(),
                CarbonGPerKwh = new double[demandMtokPerSecond.Length],
            },
        ],
        Classes = [new WorkloadClass { Id = "chat", Kind = WorkloadKind.Interactive, ModelId = "m" }],
        Origins = [new DemandOrigin { Id = "o1", HomeCampusId = "c1", Paths = [] }],
        Demand =
        [
            new DemandSeries
            {
                ClassId = "chat", OriginId = "o1", TokensPerSecond = demandMtokPerSecond.Select(x => x * 1e6).ToArray(),
            },
        ],
    };

    /// <summary>A hand-made optimal plan whose total cost is all energy [USD].</summary>
    public static PlanResult WithTotal(string strategy, double totalCostUsd) => new()
    {
        ScenarioName = "hand",
        Strategy = strategy,
        Solve = new SolveSummary
        {
            Status = SolveStatus.Optimal,
            Solver = "Highs",
            ModelObjective = totalCostUsd / 1000,
        },
        Costs = new CostBreakdown { EnergyUsd = totalCostUsd },
        Kpis = new PlanKpis { ServedTokens = 1e9, DemandedTokens = 1e9 },
    };

    /// <summary>A plan without a solution, shaped as ResultExtractor returns one.</summary>
    public static PlanResult NoSolution(string strategy) => new()
    {
        ScenarioName = "hand",
        Strategy = strategy,
        Solve = new SolveSummary
        {
            Status = SolveStatus.NoSolution,
            Solver = "Highs",
            SolveSeconds = 60,
            Message = "time limit, no incumbent",
        },
        Costs = new CostBreakdown(),
        Kpis = new PlanKpis { DemandedTokens = 5.4e9 },
    };
}
