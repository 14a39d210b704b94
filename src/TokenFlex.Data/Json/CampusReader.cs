using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Json;

/// <summary>Reads <c>campuses[i]</c> and its sections into <see cref="Campus"/> and the asset records.</summary>
internal static class CampusReader
{
    public static Campus Read(JsonFields f)
    {
        var d = Defaults.Campus;
        var timeZone = f.String("timeZone", d.TimeZone);
        var tariff = f.Object("tariff") is { } t ? TariffReader.Read(t, f, timeZone) : null;
        var campus = new Campus
        {
            Id = f.RequiredString("id"),
            Name = f.String("name", d.Name),
            TimeZone = timeZone,
            GpuInventory = f.Counts("gpuInventory", required: true) ?? new Dictionary<string, int>(),
            GridImportLimitKw = f.RequiredNumber("gridImportLimitKw"),
            GridImportCapKw = f.Series("gridImportCapKw"),
            ReloadLimitGpusPerPeriod = f.NullableNumber("reloadLimitGpusPerPeriod"),
            Cooling = ReadCooling(f.RequiredObject("cooling")),
            AuxiliaryLoadKw = f.Number("auxiliaryLoadKw", d.AuxiliaryLoadKw),
            PriceUsdPerMwh = tariff?.PriceUsdPerMwh ?? f.RequiredSeries("priceUsdPerMwh", SeriesKind.Price),
            CarbonGPerKwh = f.RequiredSeries("carbonGPerKwh", SeriesKind.Carbon),
            DemandChargeUsdPerKw =
                tariff?.DemandChargeUsdPerKw ?? f.Number("demandChargeUsdPerKw", d.DemandChargeUsdPerKw),
            Pv = f.Object("pv") is { } pv ? ReadPv(pv) : null,
            Battery = f.Object("battery") is { } battery ? ReadBattery(battery) : null,
            Generators = f.Objects("generators", required: false).Select(ReadGenerator).ToList(),
            DemandResponse = f.Object("demandResponse") is { } dr ? ReadDemandResponse(dr) : null,
            InitialInstances = f.Counts("initialInstances", required: false),
        };
        f.Finish();
        return campus;
    }

    private static Cooling ReadCooling(JsonFields f)
    {
        var d = Defaults.Cooling;
        var cooling = new Cooling
        {
            Pue = f.NullableNumber("pue"),
            CopCurve = f.Get("copCurve") is null
                ? null
                : f.Objects("copCurve", required: false).Select(ReadCopPoint).ToList(),
            AmbientTemperatureC = f.Series("ambientTemperatureC"),
            OtherOverheadFraction = f.Number("otherOverheadFraction", d.OtherOverheadFraction),
        };
        f.Finish();
        return cooling;
    }

    private static CopPoint ReadCopPoint(JsonFields f)
    {
        var point = new CopPoint(f.RequiredNumber("ambientC"), f.RequiredNumber("cop"));
        f.Finish();
        return point;
    }

    private static PvSystem ReadPv(JsonFields f)
    {
        var pv = new PvSystem { AvailableKw = f.RequiredSeries("availableKw") };
        f.Finish();
        return pv;
    }

    private static Battery ReadBattery(JsonFields f)
    {
        var d = Defaults.Battery;
        var battery = new Battery
        {
            EnergyCapacityKwh = f.RequiredNumber("energyCapacityKwh"),
            MinSocFraction = f.Number("minSocFraction", d.MinSocFraction),
            MaxSocFraction = f.Number("maxSocFraction", d.MaxSocFraction),
            InitialSocFraction = f.Number("initialSocFraction", d.InitialSocFraction),
            MaxChargeKw = f.RequiredNumber("maxChargeKw"),
            MaxDischargeKw = f.RequiredNumber("maxDischargeKw"),
            ChargeEfficiencyFraction = f.Number("chargeEfficiencyFraction", d.ChargeEfficiencyFraction),
            DischargeEfficiencyFraction = f.Number("dischargeEfficiencyFraction", d.DischargeEfficiencyFraction),
            DegradationCostUsdPerKwh = f.Number("degradationCostUsdPerKwh", d.DegradationCostUsdPerKwh),
            ModeBinary = f.Enum("modeBinary", d.ModeBinary),
        };
        f.Finish();
        return battery;
    }

    private static Generator ReadGenerator(JsonFields f)
    {
        var d = Defaults.Generator;
        var generator = new Generator
        {
            Id = f.RequiredString("id"),
            MinOutputKw = f.Number("minOutputKw", d.MinOutputKw),
            MaxOutputKw = f.RequiredNumber("maxOutputKw"),
            FuelCostUsdPerKwh = f.RequiredNumber("fuelCostUsdPerKwh"),
            NoLoadCostUsdPerHour = f.Number("noLoadCostUsdPerHour", d.NoLoadCostUsdPerHour),
            StartCostUsd = f.Number("startCostUsd", d.StartCostUsd),
            EmissionTonnesPerMwh = f.RequiredNumber("emissionTonnesPerMwh"),
            MaxRunHours = f.RequiredNumber("maxRunHours"),
            MinUpHours = f.Number("minUpHours", d.MinUpHours),
            MinDownHours = f.Number("minDownHours", d.MinDownHours),
            OnlyInDemandResponseWindows = f.Boolean("onlyInDemandResponseWindows", d.OnlyInDemandResponseWindows),
        };
        f.Finish();
        return generator;
    }

    private static DemandResponseEnrolment ReadDemandResponse(JsonFields f)
    {
        var d = Defaults.DemandResponse;
        var dr = new DemandResponseEnrolment
        {
            ProgramId = f.RequiredString("programId"),
            CapacityPaymentUsdPerKwHour = f.RequiredNumber("capacityPaymentUsdPerKwHour"),
            EnergyPaymentUsdPerMwh = f.NullableNumber("energyPaymentUsdPerMwh"),
            PenaltyUsdPerMwh = f.RequiredNumber("penaltyUsdPerMwh"),
            MaxCommitmentKw = f.RequiredNumber("maxCommitmentKw"),
            MinCommitmentKw = f.Number("minCommitmentKw", d.MinCommitmentKw),
            FirmBlock = f.Boolean("firmBlock", d.FirmBlock),
            BaselineMode = f.Enum("baselineMode", d.BaselineMode),
            BaselineKw = f.Series("baselineKw"),
            FirmServiceLevelKw = f.NullableNumber("firmServiceLevelKw"),
            GeneratorCountsTowardDelivery = f.Boolean("generatorCountsTowardDelivery", d.GeneratorCountsTowardDelivery),
            BatteryCountsTowardDelivery = f.Boolean("batteryCountsTowardDelivery", d.BatteryCountsTowardDelivery),
        };
        f.Finish();
        return dr;
    }
}
