using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Validation;

/// <summary>On-site asset and demand-response rules: battery, generators, DR enrolment.</summary>
public static partial class ScenarioRules
{
    private static void CheckBattery(RuleContext ctx, string path, Battery battery)
    {
        ctx.NonNegative($"{path}.energyCapacityKwh", battery.EnergyCapacityKwh, ScenarioLimits.MaxEnergyKwh, "kWh");
        ctx.Fraction($"{path}.minSocFraction", battery.MinSocFraction);
        ctx.Fraction($"{path}.maxSocFraction", battery.MaxSocFraction);
        ctx.Fraction($"{path}.initialSocFraction", battery.InitialSocFraction);
        var (min, max, initial) = (battery.MinSocFraction, battery.MaxSocFraction, battery.InitialSocFraction);
        if (min > max)
        {
            ctx.Add($"{path}.minSocFraction", $"minSocFraction ({RuleContext.Num(min)}) must be ≤ maxSocFraction "
                                              + $"({RuleContext.Num(max)})", min);
        }
        else if (initial < min || initial > max)
        {
            ctx.Add($"{path}.initialSocFraction", $"initialSocFraction ({RuleContext.Num(initial)}) must lie between "
                                                  + $"minSocFraction ({RuleContext.Num(min)}) and maxSocFraction "
                                                  + $"({RuleContext.Num(max)})", initial);
        }

        ctx.NonNegative($"{path}.maxChargeKw", battery.MaxChargeKw, ScenarioLimits.MaxPowerKw, "kW");
        ctx.NonNegative($"{path}.maxDischargeKw", battery.MaxDischargeKw, ScenarioLimits.MaxPowerKw, "kW");
        ctx.Efficiency($"{path}.chargeEfficiencyFraction", battery.ChargeEfficiencyFraction);
        ctx.Efficiency($"{path}.dischargeEfficiencyFraction", battery.DischargeEfficiencyFraction);
        ctx.NonNegative($"{path}.degradationCostUsdPerKwh", battery.DegradationCostUsdPerKwh,
            ScenarioLimits.MaxUnitCostUsd, "USD/kWh");
        if (!Enum.IsDefined(battery.ModeBinary))
        {
            ctx.Add($"{path}.modeBinary", "modeBinary must be auto, always or never", battery.ModeBinary);
        }
    }

    private static void CheckGenerators(
        RuleContext ctx, string campusPath, IReadOnlyList<Generator> generators, Dictionary<string, string> seen)
    {
        for (var g = 0; g < generators.Count; g++)
        {
            var path = $"{campusPath}.generators[{g}]";
            var generator = generators[g];
            ctx.Id($"{path}.id", generator.Id, seen, "generator");
            ctx.NonNegative($"{path}.minOutputKw", generator.MinOutputKw, ScenarioLimits.MaxPowerKw, "kW");
            ctx.NonNegative($"{path}.maxOutputKw", generator.MaxOutputKw, ScenarioLimits.MaxPowerKw, "kW");
            if (generator.MinOutputKw > generator.MaxOutputKw)
            {
                ctx.Add($"{path}.minOutputKw", $"minOutputKw ({RuleContext.Num(generator.MinOutputKw)}) must be ≤ "
                                               + $"maxOutputKw ({RuleContext.Num(generator.MaxOutputKw)})",
                    generator.MinOutputKw);
            }

            ctx.NonNegative($"{path}.fuelCostUsdPerKwh", generator.FuelCostUsdPerKwh, ScenarioLimits.MaxUnitCostUsd,
                "USD/kWh");
            ctx.NonNegative($"{path}.noLoadCostUsdPerHour", generator.NoLoadCostUsdPerHour,
                ScenarioLimits.MaxUnitCostUsd, "USD/h");
            ctx.NonNegative($"{path}.startCostUsd", generator.StartCostUsd, ScenarioLimits.MaxUnitCostUsd, "USD");
            ctx.NonNegative($"{path}.emissionTonnesPerMwh", generator.EmissionTonnesPerMwh,
                ScenarioLimits.MaxEmissionTonnesPerMwh, "tCO2/MWh");
            ctx.NonNegative($"{path}.maxRunHours", generator.MaxRunHours);
            ctx.NonNegative($"{path}.minUpHours", generator.MinUpHours);
            ctx.NonNegative($"{path}.minDownHours", generator.MinDownHours);
        }
    }

    private static void CheckDemandResponse(RuleContext ctx, string path, DemandResponseEnrolment dr)
    {
        if (string.IsNullOrWhiteSpace(dr.ProgramId))
        {
            ctx.Add($"{path}.programId", "programId must not be empty; give the DR program's id");
        }

        ctx.NonNegative($"{path}.capacityPaymentUsdPerKwHour", dr.CapacityPaymentUsdPerKwHour,
            ScenarioLimits.MaxUnitCostUsd, "USD/(kW·h)");
        if (dr.EnergyPaymentUsdPerMwh is { } energyPayment)
        {
            ctx.NonNegative($"{path}.energyPaymentUsdPerMwh", energyPayment, ScenarioLimits.MaxAbsPriceUsdPerMwh,
                "USD/MWh");
        }

        ctx.NonNegative($"{path}.penaltyUsdPerMwh", dr.PenaltyUsdPerMwh, ScenarioLimits.MaxUnitCostUsd, "USD/MWh");
        ctx.NonNegative($"{path}.maxCommitmentKw", dr.MaxCommitmentKw, ScenarioLimits.MaxPowerKw, "kW");
        ctx.NonNegative($"{path}.minCommitmentKw", dr.MinCommitmentKw, ScenarioLimits.MaxPowerKw, "kW");
        if (dr.MinCommitmentKw > dr.MaxCommitmentKw)
        {
            ctx.Add($"{path}.minCommitmentKw", $"minCommitmentKw ({RuleContext.Num(dr.MinCommitmentKw)}) must be ≤ "
                                               + $"maxCommitmentKw ({RuleContext.Num(dr.MaxCommitmentKw)})",
                dr.MinCommitmentKw);
        }

        CheckBaseline(ctx, path, dr);
    }

    private static void CheckBaseline(RuleContext ctx, string path, DemandResponseEnrolment dr)
    {
        if (!Enum.IsDefined(dr.BaselineMode))
        {
            ctx.Add($"{path}.baselineMode", "baselineMode must be twoPass, exogenous or firmServiceLevel",
                dr.BaselineMode);
        }

        if (dr.BaselineMode == BaselineMode.Exogenous && dr.BaselineKw is null)
        {
            ctx.Add($"{path}.baselineKw", "baselineMode exogenous needs baselineKw (one value per period) [kW]");
        }
        else if (dr.BaselineMode != BaselineMode.Exogenous && dr.BaselineKw is not null)
        {
            ctx.Add($"{path}.baselineKw", "baselineKw is used only with baselineMode exogenous; remove it or set "
                                          + "baselineMode to exogenous");
        }
        else if (dr.BaselineKw is not null)
        {
            ctx.Series($"{path}.baselineKw", dr.BaselineKw, 0, ScenarioLimits.MaxPowerKw, "kW");
        }

        if (dr.BaselineMode == BaselineMode.FirmServiceLevel && dr.FirmServiceLevelKw is null)
        {
            ctx.Add($"{path}.firmServiceLevelKw", "baselineMode firmServiceLevel needs firmServiceLevelKw [kW]");
        }
        else if (dr.BaselineMode != BaselineMode.FirmServiceLevel && dr.FirmServiceLevelKw is not null)
        {
            ctx.Add($"{path}.firmServiceLevelKw", "firmServiceLevelKw is used only with baselineMode "
                                                  + "firmServiceLevel; remove it or change baselineMode");
        }
        else if (dr.FirmServiceLevelKw is { } fsl)
        {
            ctx.NonNegative($"{path}.firmServiceLevelKw", fsl, ScenarioLimits.MaxPowerKw, "kW");
        }
    }
}
