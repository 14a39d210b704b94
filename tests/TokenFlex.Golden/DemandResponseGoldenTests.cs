using TokenFlex.Core.Domain;

namespace TokenFlex.Golden;

/// <summary>Golden tests of S6, S7, E7 and D1: DR commitment, delivery, settlement and generators.</summary>
[Trait("Category", "Golden")]
public sealed class DemandResponseGoldenTests
{
    private static readonly DemandResponseEnrolment Program = new()
    {
        ProgramId = "p",
        CapacityPaymentUsdPerKwHour = 10,
        EnergyPaymentUsdPerMwh = 0,
        PenaltyUsdPerMwh = 20_000,
        MaxCommitmentKw = 500,
        BaselineMode = BaselineMode.Exogenous,
        BaselineKw = [300],
    };

    [Fact]
    public void Solve_ExogenousBaseline_CommitsWhatCanBeDelivered()
    {
        // Arrange: fixed IT load 200 kW (1 Mtok/s), baseline 300 kW, called 1 h event; capacity 10 $/kW·h,
        // penalty 20 $/kWh of shortfall.
        var scenario = WithEvent(Micro.Interactive(1), Program);

        // Act
        var result = GoldenSolve.Plan(scenario);

        // Assert: (D1) delivery ≤ 300 − 200 = 100 kW. Each kW committed beyond it earns 10 but costs 20 in
        // penalty ⇒ B = 100 kW. Revenue 100 · 10 = $1000; energy 200 kW · $50/MWh = $10 ⇒ −$990.
        result.Costs.ObjectiveUsd.ShouldBe(-990.0, 1e-6);
        result.Costs.DrCapacityRevenueUsd.ShouldBe(1000.0, 1e-6);
        result.Kpis.DrDeliveredMwh.ShouldBe(0.1, 1e-9);
        result.Costs.DrPenaltyUsd.ShouldBe(0.0, 1e-6);
    }

    [Fact]
    public void Solve_LowPenalty_OvercommitsAndPaysShortfall()
    {
        // Arrange: as above with a 1 $/kWh penalty: committing beyond delivery pays 10 − 1 = 9 $/kW.
        var scenario = WithEvent(Micro.Interactive(1), Program with { PenaltyUsdPerMwh = 1000 });

        // Act
        var result = GoldenSolve.Plan(scenario);

        // Assert: B = 500 kW, σ = 400 kW: revenue $5000, penalty $400, energy $10 ⇒ −$4590.
        result.Costs.ObjectiveUsd.ShouldBe(-4590.0, 1e-6);
        result.Kpis.DrShortfallMwh.ShouldBe(0.4, 1e-9);
    }

    [Fact]
    public void Solve_GeneratorCountsTowardDelivery_RunsInEvent()
    {
        // Arrange: as the first case plus a 0–300 kW generator at 0.5 $/kWh allowed 1 run hour in DR windows;
        // its output counts toward delivery.
        var generator = new Generator
        {
            Id = "g1",
            MaxOutputKw = 300,
            FuelCostUsdPerKwh = 0.5,
            EmissionTonnesPerMwh = 0.7,
            MaxRunHours = 1,
        };
        var scenario = WithEvent(Micro.Interactive(1), Program with { GeneratorCountsTowardDelivery = true })
            .WithCampus(c => c with { Generators = [generator] });

        // Act
        var result = GoldenSolve.Plan(scenario);

        // Assert: (E7, S7, D1) the generator covers the whole 200 kW load (import 0), delivery 100 + 200 = 300 kW:
        // revenue $3000, fuel 200 · 0.5 = $100, energy $0 ⇒ −$2900.
        result.Costs.ObjectiveUsd.ShouldBe(-2900.0, 1e-6);
        result.CampusPeriods[0].GeneratorKw.ShouldBe(200, 1e-6);
        result.Kpis.EmissionsTonnesCo2.ShouldBe(0.14, 1e-9);
    }

    [Fact]
    public void Solve_GeneratorNotCounted_StaysOff()
    {
        // Arrange: the same generator, but the program meters generator output as load.
        var generator = new Generator
        {
            Id = "g1",
            MaxOutputKw = 300,
            FuelCostUsdPerKwh = 0.5,
            EmissionTonnesPerMwh = 0.7,
            MaxRunHours = 1,
        };
        var scenario = WithEvent(Micro.Interactive(1), Program).WithCampus(c => c with { Generators = [generator] });

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario);

        // Assert: running it only burns fuel ⇒ same as without a generator, −$990.
        objective.ShouldBe(-990.0, 1e-6);
    }

    [Fact]
    public void Solve_TwoPassBaseline_ShiftsDeferrableWorkOutOfEvent()
    {
        // Arrange: 1 Mtok/s of batch work arrives in hour 0 with a 1 h deadline; prices 40 then 50 $/MWh;
        // a DR event is called in hour 0. The baseline pass (no DR) serves in hour 0 ⇒ baseline 200 kW, 0 kW.
        var scenario = Micro.Interactive(0, 0) with
        {
            Classes = [Micro.Chat with { Id = "batch", Kind = WorkloadKind.Deferrable, DeadlineHours = 1 }],
            Demand = [Micro.Demand("batch", 1, 0)],
        };
        scenario = WithEvent(scenario, Program with { BaselineMode = BaselineMode.TwoPass, BaselineKw = null })
            .WithCampus(c => c with { PriceUsdPerMwh = [40, 50] });

        // Act
        var result = GoldenSolve.Plan(scenario);

        // Assert: shifting to hour 1 delivers 200 kW: revenue 200 · 10 = $2000; energy 200 kW · $50 = $10 ⇒ −$1990.
        result.Costs.ObjectiveUsd.ShouldBe(-1990.0, 1e-6);
        result.CampusPeriods[0].DrBaselineKw.ShouldBe(200, 1e-6);
        result.CampusPeriods[0].DrDeliveredKw.ShouldBe(200, 1e-6);
    }

    [Fact]
    public void Solve_TwoPassWithUncreditedBattery_BaselineMetersNetLoad()
    {
        // Arrange: the two-pass case plus a 100 kWh battery at 50 % (50 kW limits, lossless) that the program
        // does not credit. The baseline pass charges 50 kW in hour 0 (40 $/MWh) and discharges in hour 1 (50 $/MWh):
        // import 250 kW, but the metered quantity (import − charge + discharge) is the 200 kW load.
        var scenario = Micro.Interactive(0, 0) with
        {
            Classes = [Micro.Chat with { Id = "batch", Kind = WorkloadKind.Deferrable, DeadlineHours = 1 }],
            Demand = [Micro.Demand("batch", 1, 0)],
        };
        var battery = new Battery
        {
            EnergyCapacityKwh = 100,
            MinSocFraction = 0,
            MaxSocFraction = 1,
            InitialSocFraction = 0.5,
            MaxChargeKw = 50,
            MaxDischargeKw = 50,
            ChargeEfficiencyFraction = 1,
            DischargeEfficiencyFraction = 1,
        };
        var enrolment = Program with { BaselineMode = BaselineMode.TwoPass, BaselineKw = null, BatteryCountsTowardDelivery = false };
        scenario = WithEvent(scenario, enrolment).WithCampus(c => c with { PriceUsdPerMwh = [40, 50], Battery = battery });

        // Act
        var result = GoldenSolve.Plan(scenario);

        // Assert: baseline 200 kW (not 250). Shifting the work delivers 200 kW ⇒ $2000. Energy: charge 50 kW in
        // hour 0 ($2), serve 200 kW less 50 kW discharge in hour 1 ($7.50) ⇒ $9.50 − $2000 = −$1990.50.
        result.CampusPeriods[0].DrBaselineKw.ShouldBe(200, 1e-6);
        result.Costs.ObjectiveUsd.ShouldBe(-1990.5, 1e-6);
    }

    [Fact]
    public void Solve_UncalledEvent_EarnsNothing()
    {
        // Arrange: the first case with the event announced but not called (a = 0).
        var scenario = WithEvent(Micro.Interactive(1), Program);
        scenario = scenario with { DemandResponseEvents = [scenario.DemandResponseEvents[0] with { Called = false }] };

        // Act
        var result = GoldenSolve.Plan(scenario);

        // Assert: no commitment is settled in a deterministic plan without a call: energy only, $10.
        result.Costs.ObjectiveUsd.ShouldBe(10.0, 1e-6);
        result.Costs.DrRevenueUsd.ShouldBe(0.0, 1e-9);
    }

    [Fact]
    public void Solve_FirmServiceLevel_PenalisesImportAboveLevel()
    {
        // Arrange: fixed load 200 kW; firm service level 150 kW; contracted reduction 100 kW paid 10 $/kW·h;
        // penalty 20 $/kWh above the level.
        var scenario = WithEvent(Micro.Interactive(1), Program with
        {
            BaselineMode = BaselineMode.FirmServiceLevel,
            BaselineKw = null,
            FirmServiceLevelKw = 150,
            MaxCommitmentKw = 100,
        });

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario);

        // Assert: (D1) 50 kW above the level ⇒ penalty $1000; capacity $1000; energy $10 ⇒ $10.
        objective.ShouldBe(10.0, 1e-6);
    }

    [Fact]
    public void Solve_MinimumCommitment_DeclinesSmallBid()
    {
        // Arrange: as the first case, but the program accepts no commitment below 150 kW (participation binary).
        var scenario = WithEvent(Micro.Interactive(1), Program with { MinCommitmentKw = 150 });

        // Act
        var objective = GoldenSolve.ObjectiveUsd(scenario);

        // Assert: (S6) B = 100 kW (−$990) is below the minimum. B = 150 kW earns $1500 and pays 50 kW · $20 = $1000
        // of penalty, netting $500 ⇒ $10 − $500 = −$490, better than not bidding ($10).
        objective.ShouldBe(-490.0, 1e-6);
    }

    private static Scenario WithEvent(Scenario scenario, DemandResponseEnrolment enrolment) =>
        scenario.WithCampus(c => c with { DemandResponse = enrolment }) with
        {
            DemandResponseEvents =
            [
                new DemandResponseEvent { Id = "e1", CampusId = "c1", StartUtc = Micro.Start, DurationHours = 1 },
            ],
        };
}
