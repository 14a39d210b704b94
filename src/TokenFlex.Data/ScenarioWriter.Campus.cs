using System.Text.Json;
using TokenFlex.Core.Domain;

namespace TokenFlex.Data;

/// <summary>Campus sections of the writer.</summary>
public static partial class ScenarioWriter
{
    private static void WriteCampus(Utf8JsonWriter w, Campus c)
    {
        w.WriteString("id", c.Id);
        w.WriteString("name", c.Name);
        w.WriteString("timeZone", c.TimeZone);
        Counts(w, "gpuInventory", c.GpuInventory);
        w.WriteNumber("gridImportLimitKw", c.GridImportLimitKw);
        if (c.GridImportCapKw is not null)
        {
            Series(w, "gridImportCapKw", c.GridImportCapKw);
        }

        NullableNumber(w, "reloadLimitGpusPerPeriod", c.ReloadLimitGpusPerPeriod);
        w.WriteStartObject("cooling");
        WriteCooling(w, c.Cooling);
        w.WriteEndObject();
        w.WriteNumber("auxiliaryLoadKw", c.AuxiliaryLoadKw);
        Series(w, "priceUsdPerMwh", c.PriceUsdPerMwh);
        Series(w, "carbonGPerKwh", c.CarbonGPerKwh);
        w.WriteNumber("demandChargeUsdPerKw", c.DemandChargeUsdPerKw);
        if (c.Pv is not null)
        {
            w.WriteStartObject("pv");
            Series(w, "availableKw", c.Pv.AvailableKw);
            w.WriteEndObject();
        }

        if (c.Battery is not null)
        {
            w.WriteStartObject("battery");
            WriteBattery(w, c.Battery);
            w.WriteEndObject();
        }

        Array(w, "generators", c.Generators, WriteGenerator);
        if (c.DemandResponse is not null)
        {
            w.WriteStartObject("demandResponse");
            WriteDemandResponse(w, c.DemandResponse);
            w.WriteEndObject();
        }

        if (c.InitialInstances is not null)
        {
            Counts(w, "initialInstances", c.InitialInstances);
        }
    }

    private static void WriteCooling(Utf8JsonWriter w, Cooling cooling)
    {
        if (cooling.Pue is { } pue)
        {
            w.WriteNumber("pue", pue);
        }

        if (cooling.CopCurve is not null)
        {
            Array(w, "copCurve", cooling.CopCurve, (pw, p) =>
            {
                pw.WriteNumber("ambientC", p.AmbientC);
                pw.WriteNumber("cop", p.Cop);
            });
        }

        if (cooling.AmbientTemperatureC is not null)
        {
            Series(w, "ambientTemperatureC", cooling.AmbientTemperatureC);
        }

        w.WriteNumber("otherOverheadFraction", cooling.OtherOverheadFraction);
    }

    private static void WriteBattery(Utf8JsonWriter w, Battery b)
    {
        w.WriteNumber("energyCapacityKwh", b.EnergyCapacityKwh);
        w.WriteNumber("minSocFraction", b.MinSocFraction);
        w.WriteNumber("maxSocFraction", b.MaxSocFraction);
        w.WriteNumber("initialSocFraction", b.InitialSocFraction);
        w.WriteNumber("maxChargeKw", b.MaxChargeKw);
        w.WriteNumber("maxDischargeKw", b.MaxDischargeKw);
        w.WriteNumber("chargeEfficiencyFraction", b.ChargeEfficiencyFraction);
        w.WriteNumber("dischargeEfficiencyFraction", b.DischargeEfficiencyFraction);
        w.WriteNumber("degradationCostUsdPerKwh", b.DegradationCostUsdPerKwh);
        Enum(w, "modeBinary", b.ModeBinary);
    }

    private static void WriteGenerator(Utf8JsonWriter w, Generator g)
    {
        w.WriteString("id", g.Id);
        w.WriteNumber("minOutputKw", g.MinOutputKw);
        w.WriteNumber("maxOutputKw", g.MaxOutputKw);
        w.WriteNumber("fuelCostUsdPerKwh", g.FuelCostUsdPerKwh);
        w.WriteNumber("noLoadCostUsdPerHour", g.NoLoadCostUsdPerHour);
        w.WriteNumber("startCostUsd", g.StartCostUsd);
        w.WriteNumber("emissionTonnesPerMwh", g.EmissionTonnesPerMwh);
        w.WriteNumber("maxRunHours", g.MaxRunHours);
        w.WriteNumber("minUpHours", g.MinUpHours);
        w.WriteNumber("minDownHours", g.MinDownHours);
        w.WriteBoolean("onlyInDemandResponseWindows", g.OnlyInDemandResponseWindows);
    }

    private static void WriteDemandResponse(Utf8JsonWriter w, DemandResponseEnrolment dr)
    {
        w.WriteString("programId", dr.ProgramId);
        w.WriteNumber("capacityPaymentUsdPerKwHour", dr.CapacityPaymentUsdPerKwHour);
        NullableNumber(w, "energyPaymentUsdPerMwh", dr.EnergyPaymentUsdPerMwh);
        w.WriteNumber("penaltyUsdPerMwh", dr.PenaltyUsdPerMwh);
        w.WriteNumber("maxCommitmentKw", dr.MaxCommitmentKw);
        w.WriteNumber("minCommitmentKw", dr.MinCommitmentKw);
        w.WriteBoolean("firmBlock", dr.FirmBlock);
        Enum(w, "baselineMode", dr.BaselineMode);
        if (dr.BaselineKw is not null)
        {
            Series(w, "baselineKw", dr.BaselineKw);
        }

        NullableNumber(w, "firmServiceLevelKw", dr.FirmServiceLevelKw);
        w.WriteBoolean("generatorCountsTowardDelivery", dr.GeneratorCountsTowardDelivery);
        w.WriteBoolean("batteryCountsTowardDelivery", dr.BatteryCountsTowardDelivery);
    }

    private static void Counts(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, int> counts)
    {
        w.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            w.WriteNumber(key, count);
        }

        w.WriteEndObject();
    }
}
