using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Stochastic;

namespace TokenFlex.Golden;

/// <summary>Golden tests of the two-stage stochastic model (reading B) and of VSS and EVPI.</summary>
[Trait("Category", "Golden")]
public sealed class StochasticGoldenTests
{
    /// <summary>
    /// One hour, demand 1 or 3 Mtok/s with probability ½ each; instances (stage 1) of Θ = 1 Mtok/s, 100 kW static
    /// and 0.1 J/tok at 50 $/MWh; unserved tokens cost 0.01 $/Mtok (3600 Mtok per Mtok/s-hour ⇒ $36).
    /// </summary>
    private static Scenario TwoScenarios() => Micro.Interactive(2) with
    {
        StochasticScenarios =
        [
            new StochasticScenario { Id = "low", Probability = 0.5, Demand = [Micro.Demand("chat", 1)] },
            new StochasticScenario { Id = "high", Probability = 0.5, Demand = [Micro.Demand("chat", 3)] },
        ],
    };

    private static readonly ModelRestrictions Unserved = new() { AllowUnserved = true, UnservedPenaltyUsdPerMtok = 0.01 };

    [Fact]
    public void Solve_TwoScenarios_SizesFleetForTheHighScenario()
    {
        // Act
        var result = GoldenSolve.Plan(TwoScenarios(), Unserved);

        // Assert: n = 3: static 300 kW ⇒ $15; energy ½·(100 + 300) kW ⇒ $10; expected $25.
        // n = 2: $10 + ½·$5 + ½·($10 + 1 Mtok/s unserved · $36) = $35.50; n = 1: $46.
        result.Costs.ObjectiveUsd.ShouldBe(25.0, 1e-6);
        result.Instances.Single().Instances.ShouldBe(3);
        result.Scenarios.Count.ShouldBe(2);
        result.Scenarios[1].Result.Costs.ObjectiveUsd.ShouldBe(30.0, 1e-6);
        result.Kpis.ServedTokens.ShouldBe(2e6 * 3600, 1e-3);
    }

    [Fact]
    public void Analysis_TwoScenarios_ReportsVssAndEvpi()
    {
        // Act
        var report = new StochasticAnalysis(MilpSolvers.Create).Run(
            TwoScenarios(), Unserved, new SolveOptions { RelativeGap = 1e-9 });

        // Assert: EV (demand 2) ⇒ n = 2, $20. EEV = n = 2 in both scenarios = $35.50 ⇒ VSS = 35.5 − 25 = $10.50.
        // WS: low alone n = 1, $10; high alone n = 3, $30 ⇒ $20 ⇒ EVPI = 25 − 20 = $5.
        report.Complete.ShouldBeTrue();
        report.EvUsd.ShouldBe(20.0, 1e-6);
        report.EevUsd.ShouldBe(35.5, 1e-6);
        report.RpUsd.ShouldBe(25.0, 1e-6);
        report.VssUsd.ShouldBe(10.5, 1e-6);
        report.WsUsd.ShouldBe(20.0, 1e-6);
        report.EvpiUsd.ShouldBe(5.0, 1e-6);
        report.ExpectedOfMeanValue.Instances.Single().Instances.ShouldBe(2);
    }

    /// <summary>
    /// One hour, fixed IT load 200 kW (1 Mtok/s), exogenous DR baseline 300 kW, capacity 10 $/kW·h, penalty 30 $/kWh
    /// of shortfall, at most 500 kW; the event is called in scenario "called" and not in "quiet" (½ each).
    /// </summary>
    private static Scenario CalledOrQuiet() => Micro.Interactive(1).WithCampus(c => c with
    {
        DemandResponse = new DemandResponseEnrolment
        {
            ProgramId = "p",
            CapacityPaymentUsdPerKwHour = 10,
            EnergyPaymentUsdPerMwh = 0,
            PenaltyUsdPerMwh = 30_000,
            MaxCommitmentKw = 500,
            BaselineMode = BaselineMode.Exogenous,
            BaselineKw = [300],
        },
    }) with
    {
        DemandResponseEvents = [new DemandResponseEvent { Id = "e1", CampusId = "c1", StartUtc = Micro.Start, DurationHours = 1 }],
        StochasticScenarios =
        [
            new StochasticScenario { Id = "called", Probability = 0.5, EventCalled = new Dictionary<string, bool> { ["e1"] = true } },
            new StochasticScenario { Id = "quiet", Probability = 0.5, EventCalled = new Dictionary<string, bool> { ["e1"] = false } },
        ],
    };

    [Fact]
    public void Analysis_EventCalledInOneScenario_WaitAndSeeKeepsTheWindowSoEvpiIsNotNegative()
    {
        // Act
        var report = new StochasticAnalysis(MilpSolvers.Create).Run(
            CalledOrQuiet(), new ModelRestrictions(), new SolveOptions { RelativeGap = 1e-9 });

        // Assert: energy 200 kW · 50 $/MWh = $10 in every problem; delivery can be 300 − 200 = 100 kW when called.
        // RP: B is stage 1; each kW above 100 earns 10 and costs ½ · 30 = 15 in expected penalty ⇒ B = 100 kW,
        // 10 − 1000 = −$990 in both scenarios. EV (called with probability ½ ⇒ called) ⇒ B = 100, −$990; EEV the
        // same ⇒ VSS = 0. WS: "called" alone −$990; "quiet" alone bids the whole 500 kW in the kept window and
        // delivers nothing, as nothing is called: 10 − 5000 = −$4990 ⇒ WS = −$2990 and EVPI = −990 + 2990 = $2000.
        // Without the kept window "quiet" could not bid ($10), WS would be −$490 and EVPI −$500 < 0.
        report.Complete.ShouldBeTrue();
        report.RpUsd.ShouldBe(-990.0, 1e-6);
        report.EvUsd.ShouldBe(-990.0, 1e-6);
        report.VssUsd.ShouldBe(0.0, 1e-6);
        report.WaitAndSee[1].Costs.ObjectiveUsd.ShouldBe(-4990.0, 1e-6);
        report.WsUsd.ShouldBe(-2990.0, 1e-6);
        report.EvpiUsd.ShouldBe(2000.0, 1e-6);
    }
}
