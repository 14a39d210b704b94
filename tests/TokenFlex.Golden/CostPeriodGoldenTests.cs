using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.TimeScales;

namespace TokenFlex.Golden;

/// <summary>Golden tests of the per-campus, per-period cost decomposition (<see cref="PlanResult.CostPeriods"/>).</summary>
[Trait("Category", "Golden")]
public sealed class CostPeriodGoldenTests
{
    /// <summary>Every component of the breakdown with its value [USD], named as in <c>costs.csv</c>.</summary>
    private static readonly (string Name, Func<CostBreakdown, double> Usd)[] Components =
    [
        ("energy", c => c.EnergyUsd),
        ("demandCharge", c => c.DemandChargeUsd),
        ("carbon", c => c.CarbonUsd),
        ("fuel", c => c.FuelUsd),
        ("batteryWear", c => c.BatteryWearUsd),
        ("switching", c => c.SwitchingUsd),
        ("qos", c => c.QosUsd),
        ("network", c => c.NetworkUsd),
        ("drCapacityRevenue", c => c.DrCapacityRevenueUsd),
        ("drEnergyRevenue", c => c.DrEnergyRevenueUsd),
        ("drPenalty", c => c.DrPenaltyUsd),
        ("unservedPenalty", c => c.UnservedPenaltyUsd),
    ];

    private static readonly ModelRestrictions Unserved = new() { AllowUnserved = true, UnservedPenaltyUsdPerMtok = 0.05 };

    [Fact]
    public void Solve_TwoPrices_EnergyRowPerPeriodAndDemandChargeWithoutPeriod()
    {
        // Arrange: 1 Mtok/s in each of 2 hours at 20 then 100 $/MWh; demand charge 10 $/kW on the peak.
        var scenario = Micro.Interactive(1, 1).WithCampus(c => c with
        {
            PriceUsdPerMwh = [20, 100],
            DemandChargeUsdPerKw = 10,
        });

        // Act
        var result = GoldenSolve.Plan(scenario);

        // Assert: one instance, IT = P⁰ + e·x = 100 + 0.1 J/tok · 1e6 tok/s = 200 kW in each hour.
        // Hour 0: 200 kW · 1 h · 20 $/MWh / 1000 = $4; hour 1: 200 · 1 · 100 / 1000 = $20.
        // Demand charge: 10 $/kW · 200 kW = $2000, a campus row with no period.
        result.Solve.Status.ShouldBe(SolveStatus.Optimal);
        result.CostPeriods.Count.ShouldBe(3);
        result.CostPeriods[0].ShouldBe(new CostPeriodResult("c1", 0, Micro.Start, "energy", result.CostPeriods[0].Usd));
        result.CostPeriods[0].Usd.ShouldBe(4.0, 1e-6);
        result.CostPeriods[1].ShouldBe(
            new CostPeriodResult("c1", 1, Micro.Start.AddHours(1), "energy", result.CostPeriods[1].Usd));
        result.CostPeriods[1].Usd.ShouldBe(20.0, 1e-6);
        result.CostPeriods[2].ShouldBe(new CostPeriodResult("c1", null, null, "demandCharge", result.CostPeriods[2].Usd));
        result.CostPeriods[2].Usd.ShouldBe(2000.0, 1e-6);
    }

    [Fact]
    public void Solve_StartUnderHourlyCommitment_SwitchingInTheHoursFirstQuarter()
    {
        // Arrange: no demand in hour 0, 1 Mtok/s in hour 1; no instance before the horizon; a start costs $7.
        // Dispatch every 15 minutes, commit hourly.
        var hourly = Micro.Interactive(0, 1) with { Configurations = [Micro.Bf16 with { StartCostUsd = 7 }] };
        hourly = hourly.WithCampus(c => c with { InitialInstances = new Dictionary<string, int> { ["m-bf16"] = 0 } });

        // Act
        var result = GoldenSolve.Plan(TimeScale.Refine(hourly, 4));

        // Assert: the instance starts in commitment period τ = 1, whose first dispatch period is 4: switching $7
        // there. Energy 200 kW · 0.25 h · 50 $/MWh / 1000 = $2.50 in each of periods 4–7 and nothing before.
        result.CostPeriods.Where(r => r.Component == "switching")
            .ShouldHaveSingleItem().ShouldBe(new CostPeriodResult("c1", 4, Micro.Start.AddHours(1), "switching", 7.0));
        var energy = result.CostPeriods.Where(r => r.Component == "energy").ToArray();
        energy.Select(r => r.Period).ShouldBe([4, 5, 6, 7]);
        energy.ShouldAllBe(r => Math.Abs(r.Usd - 2.5) < 1e-6);
    }

    [Fact]
    public void Solve_TwoCampusFullMicro_RowsAddUpToEveryComponent()
    {
        // Arrange
        var scenario = TwoCampuses();

        // Act
        var result = GoldenSolve.Plan(scenario, Unserved);

        // Assert: every term but the unserved penalty is at work (the DR terms on c1, the demand charge on c2).
        result.Solve.Status.ShouldBe(SolveStatus.Optimal, result.Solve.Message);
        ShouldAddUp(result);
        result.CostPeriods.Select(r => r.CampusId).Distinct().ShouldBe(["c1", "c2"]);
        result.CostPeriods.Select(r => r.Component).Distinct().Count().ShouldBeGreaterThanOrEqualTo(10);
        result.CostPeriods.ShouldAllBe(r => r.Usd != 0);
        result.CostPeriods.Where(r => r.Period == null).Select(r => r.Component).Distinct().ShouldBe(["demandCharge"]);
    }

    [Fact]
    public void Solve_TwoCampusStochastic_RowsAddUpInEveryScenarioAndInExpectation()
    {
        // Arrange: a quiet, cheap scenario and a called, dear one that overloads the campuses in hour 1
        // (40 Mtok/s of chat), so that some demand is left unserved.
        var scenario = TwoCampuses() with
        {
            StochasticScenarios =
            [
                new StochasticScenario
                {
                    Id = "quiet", Probability = 0.4,
                    PriceUsdPerMwh = new Dictionary<string, double[]> { ["c1"] = [10, 30, 20], ["c2"] = [15, 25, 35] },
                    EventCalled = new Dictionary<string, bool> { ["e1"] = false },
                },
                new StochasticScenario
                {
                    Id = "called", Probability = 0.6,
                    PriceUsdPerMwh = new Dictionary<string, double[]> { ["c1"] = [40, 300, 90], ["c2"] = [50, 250, 80] },
                    Demand = [Micro.Demand("chat", 0.5, 40, 1.0), Micro.Demand("batch", 0.2, 0.2, 0)],
                    EventCalled = new Dictionary<string, bool> { ["e1"] = true },
                },
            ],
        };

        // Act
        var result = GoldenSolve.Plan(scenario, Unserved);

        // Assert
        result.Solve.Status.ShouldBe(SolveStatus.Optimal, result.Solve.Message);
        result.Scenarios.Count.ShouldBe(2);
        ShouldAddUp(result);
        foreach (var outcome in result.Scenarios)
        {
            ShouldAddUp(outcome.Result);
        }

        var unserved = result.Scenarios[1].Result.CostPeriods.Where(r => r.Component == "unservedPenalty").ToArray();
        unserved.ShouldNotBeEmpty();
        unserved.ShouldAllBe(r => r.CampusId == null && r.Period == 1);
    }

    /// <summary>Each component's rows add up to its value in the breakdown, within 1e-6 USD.</summary>
    private static void ShouldAddUp(PlanResult result)
    {
        foreach (var (name, usd) in Components)
        {
            result.CostPeriods.Where(r => r.Component == name).Sum(r => r.Usd)
                .ShouldBe(usd(result.Costs), 1e-6, $"{result.Strategy}: {name}");
        }
    }

    /// <summary>
    /// The full micro model (every cost term) on campus c1 plus a cheaper campus c2 with a demand charge, reached
    /// from origin o1 at a transfer cost, where instances start from none; c1's battery wears at 0.01 $/kWh and its
    /// DR pays 5 $/kW·h for capacity and 100 $/MWh for energy, with a penalty of 200 $/MWh.
    /// </summary>
    private static Scenario TwoCampuses()
    {
        var full = ModelSnapshotTests.FullMicro();
        var c1 = full.Campuses[0] with
        {
            Battery = full.Campuses[0].Battery! with { DegradationCostUsdPerKwh = 0.01 },
            DemandResponse = full.Campuses[0].DemandResponse! with
            {
                CapacityPaymentUsdPerKwHour = 5,
                EnergyPaymentUsdPerMwh = 100,
                PenaltyUsdPerMwh = 200,
            },
        };
        var c2 = Micro.Campus(3, "c2", price: 30) with
        {
            DemandChargeUsdPerKw = 2,
            CarbonGPerKwh = [100, 100, 100],
            InitialInstances = new Dictionary<string, int> { ["m-bf16"] = 0, ["m-fp8"] = 0 },
        };
        return full with
        {
            Configurations = [full.Configurations[0], Micro.Fp8 with { StartCostUsd = 2 }],
            Campuses = [c1, c2],
            Origins =
            [
                Micro.Origin(
                    "c1",
                    new NetworkPath { CampusId = "c1", RttMs = 1 },
                    new NetworkPath { CampusId = "c2", RttMs = 5, TransferCostUsdPerMtok = 0.002 }),
            ],
        };
    }
}
