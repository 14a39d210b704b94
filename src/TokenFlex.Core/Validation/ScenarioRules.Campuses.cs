using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Validation;

/// <summary>Campus rules: GPUs, grid connection, cooling, signals and initial instances.</summary>
public static partial class ScenarioRules
{
    private static void CheckCampuses(RuleContext ctx)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var seenGenerators = new Dictionary<string, string>(StringComparer.Ordinal);
        var campuses = ctx.Scenario.Campuses;
        for (var i = 0; i < campuses.Count; i++)
        {
            var path = $"campuses[{i}]";
            var campus = campuses[i];
            ctx.Id($"{path}.id", campus.Id, seen, "campus");
            CheckInventory(ctx, path, campus);
            CheckGridAndSignals(ctx, path, campus);
            CheckCooling(ctx, $"{path}.cooling", campus.Cooling);
            if (campus.Battery is not null)
            {
                CheckBattery(ctx, $"{path}.battery", campus.Battery);
            }

            CheckGenerators(ctx, path, campus.Generators, seenGenerators);
            if (campus.DemandResponse is not null)
            {
                CheckDemandResponse(ctx, $"{path}.demandResponse", campus.DemandResponse);
            }

            if (campus.InitialInstances is not null)
            {
                CheckInitialInstances(ctx, $"{path}.initialInstances", campus);
            }
        }
    }

    private static void CheckInventory(RuleContext ctx, string path, Campus campus)
    {
        foreach (var (gpuType, count) in campus.GpuInventory)
        {
            var itemPath = $"{path}.gpuInventory['{gpuType}']";
            if (!RuleContext.IsValidId(gpuType))
            {
                ctx.Add(itemPath, "a GPU type may contain only letters, digits, '_', '.' and '-' (e.g. H100-SXM)",
                    gpuType);
            }

            if (count < 0)
            {
                ctx.Add(itemPath, $"the number of {gpuType} GPUs must be ≥ 0", count);
            }
            else
            {
                ctx.BelowLimit(itemPath, count, ScenarioLimits.MaxGpusPerCampus, "GPUs");
            }
        }
    }

    private static void CheckGridAndSignals(RuleContext ctx, string path, Campus campus)
    {
        ctx.NonNegative($"{path}.gridImportLimitKw", campus.GridImportLimitKw, ScenarioLimits.MaxPowerKw, "kW");
        if (campus.GridImportCapKw is not null)
        {
            ctx.Series($"{path}.gridImportCapKw", campus.GridImportCapKw, 0, ScenarioLimits.MaxPowerKw, "kW");
        }

        if (campus.ReloadLimitGpusPerPeriod is { } reload)
        {
            ctx.NonNegative($"{path}.reloadLimitGpusPerPeriod", reload);
        }

        ctx.NonNegative($"{path}.auxiliaryLoadKw", campus.AuxiliaryLoadKw, ScenarioLimits.MaxPowerKw, "kW");
        ctx.NonNegative($"{path}.demandChargeUsdPerKw", campus.DemandChargeUsdPerKw, ScenarioLimits.MaxUnitCostUsd,
            "USD/kW");
        ctx.Series($"{path}.priceUsdPerMwh", campus.PriceUsdPerMwh, -ScenarioLimits.MaxAbsPriceUsdPerMwh,
            ScenarioLimits.MaxAbsPriceUsdPerMwh, "USD/MWh");
        ctx.Series($"{path}.carbonGPerKwh", campus.CarbonGPerKwh, 0, ScenarioLimits.MaxCarbonGPerKwh, "gCO₂/kWh");
        if (campus.Pv is not null)
        {
            ctx.Series($"{path}.pv.availableKw", campus.Pv.AvailableKw, 0, ScenarioLimits.MaxPowerKw, "kW");
        }
    }

    private static void CheckCooling(RuleContext ctx, string path, Cooling cooling)
    {
        if (cooling.Pue is not null && cooling.CopCurve is not null)
        {
            ctx.Add(path, "give either pue (fixed) or copCurve (from ambient temperature), not both");
        }
        else if (cooling.Pue is null && cooling.CopCurve is null)
        {
            ctx.Add(path, "cooling needs either pue (fixed, e.g. 1.25) or copCurve with ambientTemperatureC");
        }

        if (cooling.Pue is { } pue && ctx.Finite($"{path}.pue", pue))
        {
            if (pue < 1)
            {
                ctx.Add($"{path}.pue", "pue must be ≥ 1 (facility power includes the IT power)", pue);
            }
            else
            {
                ctx.BelowLimit($"{path}.pue", pue, ScenarioLimits.MaxPue, "");
            }
        }

        if (ctx.Fraction($"{path}.otherOverheadFraction", cooling.OtherOverheadFraction)
            && cooling.Pue is not null && cooling.CopCurve is null && cooling.OtherOverheadFraction > 0)
        {
            ctx.Add($"{path}.otherOverheadFraction", "otherOverheadFraction applies only with copCurve; "
                                                     + "include it in pue instead", cooling.OtherOverheadFraction);
        }

        CheckCopCurve(ctx, path, cooling);
    }

    private static void CheckCopCurve(RuleContext ctx, string path, Cooling cooling)
    {
        if (cooling.CopCurve is not { } curve)
        {
            if (cooling.AmbientTemperatureC is not null)
            {
                ctx.Add($"{path}.ambientTemperatureC", "ambientTemperatureC is used only with copCurve; remove it "
                                                       + "or give copCurve");
            }

            return;
        }

        if (curve.Count < 2)
        {
            ctx.Add($"{path}.copCurve", "copCurve needs at least 2 points {ambientC, cop}", curve.Count);
        }

        for (var j = 0; j < curve.Count; j++)
        {
            var pointPath = $"{path}.copCurve[{j}]";
            ctx.Finite($"{pointPath}.ambientC", curve[j].AmbientC);
            ctx.Positive($"{pointPath}.cop", curve[j].Cop);
            if (j > 0 && !(curve[j].AmbientC > curve[j - 1].AmbientC) && double.IsFinite(curve[j - 1].AmbientC))
            {
                ctx.Add($"{pointPath}.ambientC", $"copCurve[{j}].ambientC ({RuleContext.Num(curve[j].AmbientC)}) must "
                                                 + $"be greater than copCurve[{j - 1}].ambientC "
                                                 + $"({RuleContext.Num(curve[j - 1].AmbientC)}); list the points in "
                                                 + "strictly increasing ambient temperature", curve[j].AmbientC);
            }
        }

        if (cooling.AmbientTemperatureC is null)
        {
            ctx.Add($"{path}.ambientTemperatureC", "copCurve needs ambientTemperatureC (one value per period) [°C]");
        }
        else
        {
            ctx.Series($"{path}.ambientTemperatureC", cooling.AmbientTemperatureC, ScenarioLimits.MinAmbientC,
                ScenarioLimits.MaxAmbientC, "°C");
        }
    }

    private static void CheckInitialInstances(RuleContext ctx, string path, Campus campus)
    {
        var gpusUsed = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (configurationId, count) in campus.InitialInstances!)
        {
            var itemPath = $"{path}['{configurationId}']";
            if (count < 0)
            {
                ctx.Add(itemPath, "the number of initial instances must be ≥ 0", count);
            }

            if (!ctx.ConfigurationsById.TryGetValue(configurationId, out var configuration))
            {
                ctx.Add(itemPath, $"'{configurationId}' matches no configuration id; known configurations: "
                                  + Known(ctx.ConfigurationsById.Keys), configurationId);
                continue;
            }

            if (!campus.GpuInventory.ContainsKey(configuration.GpuType))
            {
                ctx.Add(itemPath, $"configuration '{configurationId}' runs on {configuration.GpuType}, which campus "
                                  + $"'{campus.Id}' has none of; add it to gpuInventory or remove the entry");
                continue;
            }

            gpusUsed[configuration.GpuType] = gpusUsed.GetValueOrDefault(configuration.GpuType)
                                              + (long)Math.Max(0, count) * configuration.GpusPerInstance;
        }

        foreach (var (gpuType, used) in gpusUsed)
        {
            if (used > campus.GpuInventory[gpuType])
            {
                ctx.Add(path, $"initial instances occupy {used} {gpuType} GPUs but campus '{campus.Id}' has "
                              + $"{campus.GpuInventory[gpuType]}; lower the counts", used);
            }
        }
    }
}
