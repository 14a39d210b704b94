using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Operations;

namespace TokenFlex.Golden;

/// <summary>Golden tests of re-dispatch (reading C) and of the state hand-off of the rolling horizon.</summary>
[Trait("Category", "Golden")]
public sealed class OperationsGoldenTests
{
    private static readonly SolveOptions Exact = new() { RelativeGap = 1e-9 };

    private static readonly ModelRestrictions Priced = new() { AllowUnserved = true, UnservedPenaltyUsdPerMtok = 0.01 };

    [Fact]
    public void Redispatch_DemandSurge_KeepsStageOneAndPricesShortfall()
    {
        // Arrange: the plan runs 1 instance for a forecast of 1 Mtok/s; 1.5 Mtok/s is realised.
        var forecast = Micro.Interactive(1);
        var plan = GoldenSolve.Plan(forecast, Priced).StageOne!;
        var realised = forecast with { StochasticScenarios = [new StochasticScenario { Id = "realised", Probability = 1, Demand = [Micro.Demand("chat", 1.5)] }] };

        // Act
        var result = new Redispatcher(MilpSolvers.Create).Run(forecast, realised, plan, Priced, Exact);

        // Assert: stage 1 unchanged (1 instance); 1 Mtok/s served (200 kW ⇒ $10) and 0.5 Mtok/s · 3600 s unserved
        // at 0.01 $/Mtok ⇒ $18; planned $10 ⇒ the surprise costs $18.
        result.Realised.StageOne!.Instances.Single().CountsByCommitmentPeriod.ShouldBe([1]);
        result.Planned.Costs.ObjectiveUsd.ShouldBe(10.0, 1e-6);
        result.Realised.Costs.ObjectiveUsd.ShouldBe(28.0, 1e-6);
        result.SurpriseCostUsd.ShouldBe(18.0, 1e-6);
    }

    [Fact]
    public void Redispatch_WithRecourse_StartsAnInstance()
    {
        // Arrange: as above, with one instance of recourse per period.
        var forecast = Micro.Interactive(1);
        var plan = GoldenSolve.Plan(forecast, Priced).StageOne!;
        var realised = forecast with { StochasticScenarios = [new StochasticScenario { Id = "realised", Probability = 1, Demand = [Micro.Demand("chat", 1.5)] }] };

        // Act
        var result = new Redispatcher(MilpSolvers.Create).Run(forecast, realised, plan, Priced, Exact, instanceRecourse: 1);

        // Assert: 2 instances serve 1.5 Mtok/s: 200 + 150 kW ⇒ $17.50, nothing unserved.
        result.Realised.Costs.ObjectiveUsd.ShouldBe(17.5, 1e-6);
        result.Realised.Kpis.UnservedTokens.ShouldBe(0, 1e-6);
    }

    [Fact]
    public void Settle_HoldFinalInstances_KeepsThePlannedFleetInTheLastPeriodOnly()
    {
        // Arrange: the plan runs 2 instances in both hours for 2 Mtok/s; 1 Mtok/s is realised; 1 instance of recourse.
        var plan = GoldenSolve.Plan(Micro.Interactive(2, 2), Priced).StageOne!;
        var settle = Priced with { FixedStageOne = plan, InstanceRecourse = 1 };

        // Act
        var free = GoldenSolve.Plan(Micro.Interactive(1, 1), settle);
        var held = GoldenSolve.Plan(Micro.Interactive(1, 1), settle with { HoldFinalInstances = true });

        // Assert: free recourse stops one instance in both hours: 100 + 100 kW ⇒ $10 per hour, $20. Held, the last
        // hour keeps the plan's 2 instances (200 + 100 kW ⇒ $15), the first may drop to 1 ($10): $25.
        free.Instances.OrderBy(i => i.Period).Select(i => i.Instances).ShouldBe([1, 1]);
        free.Costs.ObjectiveUsd.ShouldBe(20.0, 1e-6);
        held.Costs.ObjectiveUsd.ShouldBe(25.0, 1e-6);
        held.Instances.OrderBy(i => i.Period).Select(i => i.Instances).ShouldBe([1, 2]);
    }

    [Fact]
    public void HandOff_EndOfDay_BecomesNextDayInitialState()
    {
        // Arrange: a day whose plan ends with 2 instances, a battery at 80 % and 1 Mtok of backlog.
        var scenario = Micro.Interactive(1, 2).WithCampus(c => c with
        {
            Battery = new Battery { EnergyCapacityKwh = 100, MaxChargeKw = 50, MaxDischargeKw = 50 },
        });
        var result = GoldenSolve.Plan(scenario);
        result = result with
        {
            Backlogs = [new TokenFlex.Optimization.Results.BacklogResult("chat", "o1", 1, 1e6)],
            CampusPeriods = result.CampusPeriods.Select(p => p with { BatteryEnergyKwh = p.Period == 1 ? 80 : p.BatteryEnergyKwh }).ToArray(),
        };

        // Act
        var state = StateHandOff.EndState(scenario, result, null);
        var next = StateHandOff.Apply(scenario, state, new Dictionary<string, double>());

        // Assert
        next.Campuses[0].InitialInstances!["m-bf16"].ShouldBe(2);
        next.Campuses[0].Battery!.InitialSocFraction.ShouldBe(0.8, 1e-9);
        next.Demand[0].InitialBacklogTokens.ShouldBe(1e6);
    }
}
