using TokenFlex.Core.Domain;
using TokenFlex.Core.Time;

namespace TokenFlex.Scenarios.CaseStudy;

/// <summary>
/// The built-in three-campus case (docs/case-study.md): campuses in CAISO, ERCOT and PJM with 4,096 H100
/// each, 24 hourly periods on 24 March 2025 (from 00:00 Pacific), a 4-hour DR event 17:00–21:00 local at
/// the PJM campus, interactive chat (70B) and code (8B) classes and a deferrable batch class.
/// </summary>
public static partial class BuiltInCaseStudy
{
    /// <summary>00:00 PDT on 24 March 2025.</summary>
    public static readonly DateTimeOffset StartUtc = new(2025, 3, 24, 7, 0, 0, TimeSpan.Zero);

    public const int Periods = 24;

    /// <summary>The case on the given catalogue (the built-in one by default).</summary>
    public static Scenario Create(IReadOnlyList<ServingConfiguration> catalog)
    {
        var configurations = catalog.Where(k => k.ModelId is "llama-3.1-8b" or "llama-3.1-70b" && k.GpuType == GpuType).ToArray();
        var campuses = new[] { Caiso(), Ercot(), Pjm() };
        return new Scenario
        {
            Name = "three-campus",
            Description = "Three H100 campuses (CAISO, ERCOT, PJM), 24 h on 2025-03-24, PJM DR event 17:00-21:00 EDT.",
            TimeGrid = new TimeGrid { StartUtc = StartUtc, StepHours = 1, PeriodCount = Periods },
            CarbonPriceUsdPerTonne = CaseStudyFigures.CarbonPriceUsdPerTonne,
            // Electricity Maps hourly life-cycle intensities (CaseStudyFigures.CaisoCarbon): average, life-cycle.
            CarbonSignal = new CarbonSignal(CarbonSignalType.Average, EmissionScope.Lifecycle),
            Configurations = configurations,
            Campuses = campuses,
            Classes = Classes,
            Origins = Origins,
            Demand = Demand(configurations),
            DemandResponseEvents =
            [
                new DemandResponseEvent
                {
                    Id = "pjm-evening-peak",
                    CampusId = "pjm",
                    StartUtc = new DateTimeOffset(2025, 3, 24, 21, 0, 0, TimeSpan.Zero),
                    DurationHours = 4,
                },
            ],
        };
    }

    private const string GpuType = "H100-SXM";

    private static double[] Local(IReadOnlyList<double> profile, int utcOffsetHours) =>
        ProfileCalibration.ToUtcPeriods(profile, StartUtc.Hour, utcOffsetHours, Periods);

    private static double[] Calibrated(IReadOnlyList<double> shape, (double Min, double Max, double Mean) stats, int offset) =>
        Local(ProfileCalibration.Calibrate(shape, stats.Min, stats.Max, stats.Mean), offset);

    private static Campus BaseCampus(string id, string name, string zone, int offset) => new()
    {
        Id = id,
        Name = name,
        TimeZone = zone,
        GpuInventory = new Dictionary<string, int> { [GpuType] = CaseStudyFigures.GpusPerCampus },
        // About 1 kW per GPU at server level × 1.25 PUE ≈ 5.1 MW facility peak; 6 MW interconnection (c.1).
        GridImportLimitKw = 6000,
        Cooling = new Cooling { Pue = 1.25 },
        AuxiliaryLoadKw = 100,
        PriceUsdPerMwh = new double[Periods],
        CarbonGPerKwh = new double[Periods],
        // 0.35 × 4 MW IT, 2 h; 95 % efficiency; 15–90 % SOC with the lower band as UPS reserve (c.6).
        Battery = new Battery
        {
            EnergyCapacityKwh = 2800,
            MaxChargeKw = 1400,
            MaxDischargeKw = 1400,
            MinSocFraction = 0.15,
            MaxSocFraction = 0.90,
            InitialSocFraction = 0.5,
            ChargeEfficiencyFraction = 0.95,
            DischargeEfficiencyFraction = 0.95,
            DegradationCostUsdPerKwh = 0.02,
        },
    };

    private static Campus Caiso()
    {
        const int offset = -7;
        return BaseCampus("caiso", "California campus (CAISO NP15)", "America/Los_Angeles", offset) with
        {
            PriceUsdPerMwh = Local(ProfileCalibration.CalibrateMeanStd(DailyShapes.CaisoPrice, CaseStudyFigures.CaisoPrice), offset),
            CarbonGPerKwh = Calibrated(DailyShapes.CaisoCarbon, CaseStudyFigures.CaisoCarbon, offset),
            // PUE 1.2 as in Green-LLM's model.
            Cooling = new Cooling { Pue = 1.2 },
            Pv = new PvSystem { AvailableKw = Local(DailyShapes.PvMarch.Select(s => 2000 * 0.85 * s).ToArray(), offset) },
        };
    }

    private static Campus Ercot()
    {
        const int offset = -5;
        var (compressor, free) = CaseStudyFigures.ChillerCop;
        var ambient = Enumerable.Range(0, 24).Select(h => 21 - 6 * Math.Cos(2 * Math.PI * (h - 4) / 24)).ToArray();
        return BaseCampus("ercot", "Texas campus (ERCOT Houston hub)", "America/Chicago", offset) with
        {
            PriceUsdPerMwh = Local(ProfileCalibration.CalibrateMeanStd(DailyShapes.ErcotPrice, CaseStudyFigures.ErcotPrice), offset),
            CarbonGPerKwh = Calibrated(DailyShapes.ErcotCarbon, CaseStudyFigures.ErcotCarbon, offset),
            Cooling = new Cooling
            {
                CopCurve = [new CopPoint(10, free), new CopPoint(25, compressor)],
                AmbientTemperatureC = Local(ambient, offset),
                OtherOverheadFraction = 0.08,
            },
            Pv = new PvSystem { AvailableKw = Local(DailyShapes.PvMarch.Select(s => 1500 * 0.85 * s).ToArray(), offset) },
        };
    }

    private static Campus Pjm()
    {
        const int offset = -4;
        return BaseCampus("pjm", "Mid-Atlantic campus (PJM AECO zone)", "America/New_York", offset) with
        {
            PriceUsdPerMwh = Local(ProfileCalibration.CalibrateMeanStd(DailyShapes.PjmPrice, CaseStudyFigures.PjmPrice), offset),
            CarbonGPerKwh = Calibrated(DailyShapes.PjmCarbon, CaseStudyFigures.PjmCarbon, offset),
            Generators =
            [
                new Generator
                {
                    Id = "pjm-diesel",
                    MinOutputKw = 0.3 * 4000,
                    MaxOutputKw = 4000,
                    FuelCostUsdPerKwh = CaseStudyFigures.DieselUsdPerKwh,
                    NoLoadCostUsdPerHour = 20,
                    StartCostUsd = 50,
                    EmissionTonnesPerMwh = CaseStudyFigures.DieselTonnesPerMwh,
                    MaxRunHours = 4,
                    OnlyInDemandResponseWindows = true,
                },
            ],
            DemandResponse = new DemandResponseEnrolment
            {
                ProgramId = "pjm-load-management",
                CapacityPaymentUsdPerKwHour = CaseStudyFigures.CapacityPaymentUsdPerKwHour,
                EnergyPaymentUsdPerMwh = null,
                PenaltyUsdPerMwh = CaseStudyFigures.PjmPenaltyUsdPerMwh,
                MaxCommitmentKw = 6000,
                BaselineMode = BaselineMode.TwoPass,
                GeneratorCountsTowardDelivery = false,
                BatteryCountsTowardDelivery = true,
            },
        };
    }
}
