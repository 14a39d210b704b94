using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Diagnostics;

namespace TokenFlex.Golden;

/// <summary>Golden tests of R1–R5 and E1: demand, capacity, quantization, deferral, routing.</summary>
[Trait("Category", "Golden")]
public sealed class WorkloadGoldenTests
{
    [Fact]
    public void Solve_InteractiveDemand_ServesAllTokensOnEnoughInstances()
    {
        // Arrange: 1.5 Mtok/s in each of 2 hours on Θ = 1 Mtok/s instances ⇒ n = 2 (R1, R3, S1).
        var scenario = Micro.Interactive(1.5, 1.5);

        // Act
        var result = GoldenSolve.Plan(scenario);

        // Assert: (E1) P^IT = 2·100 kW + 0.1 J/tok · 1.5 Mtok/s = 350 kW; 0.35 MW · 1 h · 50 $/MWh · 2 h = $35.
        result.Costs.ObjectiveUsd.ShouldBe(35.0, 1e-6);
        result.Instances.Where(i => i.Period == 0).Sum(i => i.Instances).ShouldBe(2);
        result.CampusPeriods[0].ItPowerKw.ShouldBe(350, 1e-6);
        result.Kpis.ServedTokens.ShouldBe(2 * 1.5e6 * 3600, 1e-3);
        result.Kpis.DemandedTokens.ShouldBe(result.Kpis.ServedTokens, 1e-3);
    }

    [Fact]
    public void Solve_Fp8WithSmallQosPrice_QuantizesAll()
    {
        // Arrange: 1.5 Mtok/s for 1 h; FP8 has Θ = 2 Mtok/s, e = 0.05 J/tok, δ = 1 %; ψ = 0.001 $/(Mtok·%).
        var scenario = Micro.Interactive(1.5) with
        {
            Configurations = [Micro.Bf16, Micro.Fp8],
            Classes = [Micro.Chat with { QosPriceUsdPerMtokPercent = 0.001 }],
        };

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario);

        // Assert: BF16 only: 2 instances, 350 kW ⇒ $17.50. FP8 only: 1 instance, 100 + 75 = 175 kW ⇒ $8.75,
        // plus QoS 1.5 · 3600 Mtok · 1 % · 0.001 = $5.40 ⇒ $14.15. Mixing (1 BF16 at 1 + 1 FP8 at 0.5) costs
        // 325 kW ⇒ $16.25 + $1.80 = $18.05. Optimum $14.15.
        objective.ShouldBe(14.15, 1e-6);
    }

    [Fact]
    public void Solve_AverageQualityCap_LimitsQuantizedShare()
    {
        // Arrange: 2 Mtok/s; FP8 (δ = 1 %) would serve it alone on 1 instance; the class caps the average at 0.5 %.
        var scenario = Micro.Interactive(2) with
        {
            Configurations = [Micro.Bf16, Micro.Fp8],
            Classes = [Micro.Chat with { MaxAverageQualityLossPercent = 0.5 }],
        };

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario);

        // Assert: (R4) x_fp8 ≤ 1 Mtok/s ⇒ 1 BF16 instance (100 + 100 kW) + 1 FP8 instance (100 + 50 kW) = 350 kW ⇒ $17.50.
        // Without the cap: 1 FP8 instance, 100 + 100 kW = 200 kW ⇒ $10.
        objective.ShouldBe(17.5, 1e-6);
        GoldenSolve.ObjectiveUsd(scenario with { Classes = [Micro.Chat] }).ShouldBe(10.0, 1e-6);
    }

    [Fact]
    public void Solve_HardQualityCap_ExcludesConfiguration()
    {
        // Arrange: as above, but the class refuses any configuration losing more than 0.5 % (α = 0 for FP8).
        var scenario = Micro.Interactive(2) with
        {
            Configurations = [Micro.Bf16, Micro.Fp8],
            Classes = [Micro.Chat with { MaxQualityLossPercent = 0.5 }],
        };

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario);

        // Assert: 2 BF16 instances, 200 + 200 kW = 400 kW ⇒ $20.
        objective.ShouldBe(20.0, 1e-6);
    }

    [Fact]
    public void Solve_DeferrableWork_WaitsForCheapHour()
    {
        // Arrange: 1 Mtok/s of batch work arrives in hour 0 (price 100) with a 1 h deadline; hour 1 costs 20.
        var scenario = Micro.Interactive(0, 0) with
        {
            Classes = [Micro.Chat with { Id = "batch", Kind = WorkloadKind.Deferrable, DeadlineHours = 1 }],
            Demand = [Micro.Demand("batch", 1, 0)],
        };
        scenario = scenario.WithCampus(c => c with { PriceUsdPerMwh = [100, 20] });

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario);

        // Assert: (R2) served in hour 1 on one instance: 200 kW · $20/MWh = $4 (hour 0 would cost $20).
        objective.ShouldBe(4.0, 1e-6);
        GoldenSolve.ObjectiveUsd(scenario, new() { AllowDeferral = false }).ShouldBe(20.0, 1e-6);
    }

    [Fact]
    public void Solve_DeferrableOverloadWithAllowUnserved_GivesUpWhatOneInstanceCannotServe()
    {
        // Arrange: 3 Mtok/s of batch work arrives in hour 0 with a 1 h deadline; one GPU, so one instance of
        // Θ = 1 Mtok/s; unserved tokens cost 0.01 $/Mtok (3600 Mtok per Mtok/s-hour ⇒ $36).
        var scenario = Micro.Interactive(0, 0) with
        {
            Classes = [Micro.Chat with { Id = "batch", Kind = WorkloadKind.Deferrable, DeadlineHours = 1 }],
            Demand = [Micro.Demand("batch", 3, 0)],
        };
        scenario = scenario.WithCampus(c => c with { GpuInventory = new Dictionary<string, int> { ["G"] = 1 } });
        var allowUnserved = new ModelRestrictions { AllowUnserved = true, UnservedPenaltyUsdPerMtok = 0.01 };

        // Act
        var strict = GoldenSolve.Plan(scenario);
        var result = GoldenSolve.Plan(scenario, allowUnserved);
        var givenUp = UnservedReport.From(scenario, result);

        // Assert: (R2) the instance serves 1 Mtok/s in each hour (200 kW · $50/MWh = $10 per hour, cheaper than
        // giving the work up at $36); the third Mtok/s-hour, 3.6 G tokens, is given up: $20 + $36 = $56.
        // Serving only in hour 0 would cost $10 + $72 = $82; giving everything up $108.
        strict.Solve.Status.ShouldBe(SolveStatus.Infeasible);
        result.Costs.ObjectiveUsd.ShouldBe(56.0, 1e-6);
        result.Costs.UnservedPenaltyUsd.ShouldBe(36.0, 1e-6);
        result.Kpis.UnservedTokens.ShouldBe(3.6e9, 1);
        givenUp.Sum(f => f.Shortfall).ShouldBe(3.6e9, 1);
        givenUp.ShouldAllBe(f => f.ClassId == "batch" && f.Unit == "tokens" && f.Families.Single() == "R2_Deadline");
    }

    [Fact]
    public void Solve_TwoCampuses_RoutesToCheapCampusWithinSlo()
    {
        // Arrange: origin o1 at campus a (100 $/MWh); campus b (20 $/MWh) is 30 ms away; TTFT 10 ms;
        // transfer 0.001 $/Mtok.
        var scenario = TwoCampuses(ttftSloMs: 50, bandwidthGbps: null);

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario);

        // Assert: served at b: 200 kW · $20 = $4, plus 3600 Mtok · 0.001 = $3.60 ⇒ $7.60 (at a: $20).
        objective.ShouldBe(7.6, 1e-6);
        GoldenSolve.ObjectiveUsd(scenario, new() { LocalRoutingOnly = true }).ShouldBe(20.0, 1e-6);
        // 30 + 10 ms > 35 ms: b is not admissible (α = 0) ⇒ $20.
        GoldenSolve.ObjectiveUsd(TwoCampuses(ttftSloMs: 35, bandwidthGbps: null)).ShouldBe(20.0, 1e-6);
    }

    [Fact]
    public void Solve_RemoteBandwidthLimit_SplitsTraffic()
    {
        // Arrange: as above with 4 B/token and a 0.0128 Gbit/s path: 8e-3 · 4 · x ≤ 0.0128 ⇒ x_b ≤ 0.4 Mtok/s.
        var scenario = TwoCampuses(ttftSloMs: 50, bandwidthGbps: 0.0128, transferCost: 0);

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario);

        // Assert: (R5) a serves 0.6 (100 + 60 kW ⇒ $16), b serves 0.4 (100 + 40 kW ⇒ $2.80) ⇒ $18.80.
        objective.ShouldBe(18.8, 1e-6);
    }

    private static Scenario TwoCampuses(double ttftSloMs, double? bandwidthGbps, double transferCost = 0.001)
    {
        var scenario = Micro.Interactive(1);
        return scenario with
        {
            Campuses = [Micro.Campus(1, "a", price: 100), Micro.Campus(1, "b", price: 20)],
            Classes = [Micro.Chat with { TtftSloMs = ttftSloMs, BytesPerToken = 4 }],
            Origins =
            [
                Micro.Origin(
                    "a",
                    new NetworkPath { CampusId = "a", RttMs = 1 },
                    new NetworkPath { CampusId = "b", RttMs = 30, BandwidthGbps = bandwidthGbps, TransferCostUsdPerMtok = transferCost }),
            ],
        };
    }
}
