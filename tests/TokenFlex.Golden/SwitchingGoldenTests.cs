using TokenFlex.Core.Domain;

namespace TokenFlex.Golden;

/// <summary>Golden tests of S1–S5: GPU budget, instance balance, start-up loss, minimum up time, reload rate.</summary>
[Trait("Category", "Golden")]
public sealed class SwitchingGoldenTests
{
    [Fact]
    public void Solve_StartWithLoadTime_LosesCapacityAndPaysStartCost()
    {
        // Arrange: demand 0.5 then 1.5 Mtok/s; 1 instance running before the horizon; a start costs $3
        // and loads for 1800 s (ℓ = 0.5 of the hour).
        var config = Micro.Bf16 with { StartCostUsd = 3, LoadTimeSeconds = 1800 };
        var scenario = Micro.Interactive(0.5, 1.5) with { Configurations = [config] };
        scenario = scenario.WithCampus(c => c with { InitialInstances = new Dictionary<string, int> { ["m-bf16"] = 1 } });

        // Act
        var result = GoldenSolve.Plan(scenario);

        // Assert: hour 0: n = 1, 100 + 50 kW ⇒ $7.50. Hour 1: start one, capacity 1·(2 − 0.5·1) = 1.5 (R3),
        // 200 + 150 kW ⇒ $17.50; start $3 ⇒ $28. Starting in hour 0 instead costs $33.
        result.Costs.ObjectiveUsd.ShouldBe(28.0, 1e-6);
        result.Costs.SwitchingUsd.ShouldBe(3.0, 1e-6);
        result.Kpis.InstanceStarts.ShouldBe(1);
    }

    [Fact]
    public void Solve_MinimumUpTime_KeepsStartedInstanceOn()
    {
        // Arrange: demand 0, 1, 0 Mtok/s; no instance before the horizon; minimum up time 2 h.
        var scenario = Micro.Interactive(0, 1, 0) with { Configurations = [Micro.Bf16 with { MinUpHours = 2 }] };
        scenario = scenario.WithCampus(c => c with { InitialInstances = new Dictionary<string, int> { ["m-bf16"] = 0 } });

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario);

        // Assert: (S3) the instance started in hour 1 stays on in hour 2: 0 + 200 + 100 kWh ⇒ $15.
        // With a 1 h minimum it stops: 200 kWh ⇒ $10. (Aggregated form: with 1 instance already up, the
        // old one may stop instead, which is why the test starts from zero.)
        objective.ShouldBe(15.0, 1e-6);
        GoldenSolve.ObjectiveUsd(scenario with { Configurations = [Micro.Bf16] }).ShouldBe(10.0, 1e-6);
    }

    [Fact]
    public void Solve_MinimumDownTime_KeepsStoppedInstanceOff()
    {
        // Arrange: demand 1, 0, 1 Mtok/s; 1 instance before the horizon; minimum down time 2 h; 1 GPU only.
        var scenario = Micro.Interactive(1, 0, 1) with { Configurations = [Micro.Bf16 with { MinDownHours = 2 }] };
        scenario = scenario.WithCampus(c => c with
        {
            GpuInventory = new Dictionary<string, int> { ["G"] = 1 },
            InitialInstances = new Dictionary<string, int> { ["m-bf16"] = 1 },
        });

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario);

        // Assert: (S3) stopping in hour 1 would keep the only GPU dark in hour 2, so the instance idles:
        // 200 + 100 + 200 kWh ⇒ $25. With a 1 h minimum it stops in hour 1: 400 kWh ⇒ $20.
        objective.ShouldBe(25.0, 1e-6);
        GoldenSolve.ObjectiveUsd(scenario with { Configurations = [Micro.Bf16] }).ShouldBe(20.0, 1e-6);
    }

    [Fact]
    public void Solve_ReloadLimit_ForcesEarlyStart()
    {
        // Arrange: demand 0 then 3 Mtok/s; 1 instance before the horizon; at most 1 GPU reloaded per hour.
        var scenario = Micro.Interactive(0, 3).WithCampus(c => c with
        {
            InitialInstances = new Dictionary<string, int> { ["m-bf16"] = 1 },
            ReloadLimitGpusPerPeriod = 1,
        });

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario);

        // Assert: (S4) reaching n = 3 in hour 1 with ≤ 1 start per hour needs n = 2 in hour 0:
        // 200 kW ⇒ $10, then 300 + 300 kW ⇒ $30 ⇒ $40. Without the limit: stop in hour 0, 3 starts ⇒ $30.
        objective.ShouldBe(40.0, 1e-6);
        GoldenSolve.ObjectiveUsd(scenario.WithCampus(c => c with { ReloadLimitGpusPerPeriod = null })).ShouldBe(30.0, 1e-6);
    }

    [Fact]
    public void Solve_GpuBudgetTooSmall_ReportsInfeasible()
    {
        // Arrange: 9 Mtok/s needs 9 instances of 1 GPU; the campus has 8 GPUs (S1).
        var scenario = Micro.Interactive(9);

        // Act
        var result = GoldenSolve.Plan(scenario);

        // Assert: a status, not an exception, and no schedules.
        result.Solve.Status.ShouldBe(TokenFlex.Optimization.Solvers.SolveStatus.Infeasible);
        result.HasSolution.ShouldBeFalse();
    }

    [Fact]
    public void Solve_FixedInstances_PaysForIdleCapacity()
    {
        // Arrange: demand 1 then 0 Mtok/s with 2 instances fixed over the horizon (strategy B0 style).
        var scenario = Micro.Interactive(1, 0);
        var restrictions = new TokenFlex.Optimization.ModelRestrictions
        {
            FixedInstances = new Dictionary<(string, string), int> { [("c1", "m-bf16")] = 2 },
        };

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario, restrictions);

        // Assert: 200 + 100 kW, then 200 kW idle ⇒ 500 kWh · $50/MWh = $25 (free switching: 200 + 0 kWh ⇒ $10).
        objective.ShouldBe(25.0, 1e-6);
        GoldenSolve.ObjectiveUsd(scenario).ShouldBe(10.0, 1e-6);
    }

    [Fact]
    public void Solve_ConstantInstances_SizesStaticFleetForPeak()
    {
        // Arrange: demand 0.5, 2.5, 1 Mtok/s; the fleet may not change during the day.
        var scenario = Micro.Interactive(0.5, 2.5, 1);

        // Act
        var constant = GoldenSolve.ObjectiveUsd(scenario, new TokenFlex.Optimization.ModelRestrictions { ConstantInstances = true });

        // Assert: 3 instances all day (peak 2.5): 300·3 + 100·(0.5 + 2.5 + 1) kW = 1300 kWh ⇒ $65.
        // Switching freely: 1, 3, 1 instances ⇒ 500 + 400 kWh ⇒ $45.
        constant.ShouldBe(65.0, 1e-6);
        GoldenSolve.ObjectiveUsd(scenario).ShouldBe(45.0, 1e-6);
    }

    [Fact]
    public void Solve_NoInitialInstances_DayIsCyclicAndPaysRestart()
    {
        // Arrange: demand 1 then 0 Mtok/s; a start costs $3; no initial instances ⇒ n[−1] = n[T−1].
        var scenario = Micro.Interactive(1, 0) with { Configurations = [Micro.Bf16 with { StartCostUsd = 3 }] };

        // Act
        var result = GoldenSolve.Plan(scenario);

        // Assert: (S2) stopping in hour 1 means starting again in hour 0 of the next day: 200 kWh ⇒ $10 + $3 = $13,
        // cheaper than idling in hour 1 (100 kWh ⇒ $5).
        result.Costs.ObjectiveUsd.ShouldBe(13.0, 1e-6);
        result.Kpis.InstanceStarts.ShouldBe(1);
    }
}
