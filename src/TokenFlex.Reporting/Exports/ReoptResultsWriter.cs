using System.Text;
using System.Text.Json;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Exports;

/// <summary>
/// <c>reopt-results.json</c>: the site-asset schedules of a plan under REopt's result keys (ecosystem d.5), one
/// object per campus under <c>sites</c> with the sections <c>ElectricLoad</c>, <c>ElectricUtility</c>,
/// <c>ElectricTariff</c>, <c>PV</c>, <c>ElectricStorage</c> and <c>Generator</c>. REopt's annual and year-one keys
/// are renamed for the horizon (<c>annual_energy_supplied_kwh</c> → <c>energy_supplied_kwh</c>,
/// <c>year_one_energy_cost_before_tax</c> → <c>energy_cost_before_tax</c>, …). Power flows are split as REopt
/// reports them: PV serves the load first and charges the battery with its surplus, the battery's charge not
/// covered by PV comes from the grid, discharge and generator output serve the load.
/// </summary>
internal static class ReoptResultsWriter
{
    public static string Json(Scenario? scenario, PlanResult result) =>
        Encoding.UTF8.GetString(JsonOutput.Document(w =>
        {
            w.WriteStartObject();
            w.WriteString("status", ReportFormat.Status(result.Solve.Status));
            w.WriteString("scenario", result.ScenarioName);
            w.WriteString("strategy", result.Strategy);
            w.WriteStartObject("Settings");
            var step = scenario?.TimeGrid.StepHours ?? StepHours(result);
            w.NumberOrNull("time_steps_per_hour", 1 / step);
            w.NumberOrNull("horizon_hours", step * result.CampusPeriods.Select(p => p.Period).DefaultIfEmpty(-1).Max() + step);
            w.WriteEndObject();
            w.WriteStartObject("sites");
            foreach (var periods in result.CampusPeriods.GroupBy(p => p.CampusId))
            {
                var campus = scenario?.Campuses.FirstOrDefault(c => c.Id == periods.Key);
                w.WriteStartObject(periods.Key);
                WriteSite(w, [.. periods.OrderBy(p => p.Period)], campus, step);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }));

    private static void WriteSite(Utf8JsonWriter w, List<CampusPeriodResult> p, Campus? campus, double step)
    {
        var pvToStorage = p.Select(x => Math.Min(x.PvKw, x.BatteryChargeKw)).ToArray();
        var pvToLoad = p.Select((x, t) => x.PvKw - pvToStorage[t]).ToArray();
        var gridToStorage = p.Select((x, t) => Math.Max(0, x.BatteryChargeKw - pvToStorage[t])).ToArray();
        var gridToLoad = p.Select((x, t) => Math.Max(0, x.GridImportKw - gridToStorage[t])).ToArray();

        w.WriteStartObject("ElectricLoad");
        Series(w, "load_series_kw", p.Select(x => x.FacilityPowerKw));
        Series(w, "it_load_series_kw", p.Select(x => x.ItPowerKw));
        w.WriteEndObject();

        w.WriteStartObject("ElectricUtility");
        Series(w, "electric_to_load_series_kw", gridToLoad);
        Series(w, "electric_to_storage_series_kw", gridToStorage);
        w.NumberOrNull("energy_supplied_kwh", step * p.Sum(x => x.GridImportKw));
        // kW × g/kWh × h = g; ÷ 1e6 = t.
        w.NumberOrNull("emissions_tonnes_CO2", step * p.Sum(x => x.GridImportKw * x.CarbonGPerKwh) / 1e6);
        w.NumberOrNull("peak_import_kw", p.Select(x => x.GridImportKw).DefaultIfEmpty(0).Max());
        w.WriteEndObject();

        w.WriteStartObject("ElectricTariff");
        var energyCost = step * p.Sum(x => x.GridImportKw * x.PriceUsdPerMwh) / 1000;
        var demandCost = campus is null ? (double?)null
            : campus.DemandChargeUsdPerKw * p.Select(x => x.GridImportKw).DefaultIfEmpty(0).Max();
        Series(w, "energy_rate_series_usd_per_kwh", p.Select(x => x.PriceUsdPerMwh / 1000));
        w.NumberOrNull("energy_cost_before_tax", energyCost);
        w.NumberOrNull("demand_cost_before_tax", demandCost);
        w.NumberOrNull("bill_before_tax", energyCost + demandCost);
        w.WriteEndObject();

        if (campus?.Pv is not null || p.Any(x => x.PvAvailableKw > 0))
        {
            w.WriteStartObject("PV");
            Series(w, "electric_to_load_series_kw", pvToLoad);
            Series(w, "electric_to_storage_series_kw", pvToStorage);
            Series(w, "electric_curtailed_series_kw", p.Select(x => Math.Max(0, x.PvAvailableKw - x.PvKw)));
            w.NumberOrNull("energy_produced_kwh", step * p.Sum(x => x.PvKw));
            w.WriteEndObject();
        }

        if (campus?.Battery is { } battery || p.Any(x => x.BatteryChargeKw > 0 || x.BatteryDischargeKw > 0))
        {
            var b = campus?.Battery;
            w.WriteStartObject("ElectricStorage");
            w.NumberOrNull("size_kw", b is null ? null : Math.Max(b.MaxChargeKw, b.MaxDischargeKw));
            w.NumberOrNull("size_kwh", b?.EnergyCapacityKwh);
            Series(w, "soc_series_fraction", p.Select(x => b is null ? double.NaN : x.BatteryEnergyKwh / b.EnergyCapacityKwh));
            Series(w, "storage_to_load_series_kw", p.Select(x => x.BatteryDischargeKw));
            w.WriteEndObject();
        }

        if (campus?.Generators.Count > 0 || p.Any(x => x.GeneratorKw > 0))
        {
            w.WriteStartObject("Generator");
            w.NumberOrNull("size_kw", campus?.Generators.Sum(g => g.MaxOutputKw));
            Series(w, "electric_to_load_series_kw", p.Select(x => x.GeneratorKw));
            w.NumberOrNull("energy_produced_kwh", step * p.Sum(x => x.GeneratorKw));
            w.WriteEndObject();
        }
    }

    private static void Series(Utf8JsonWriter w, string name, IEnumerable<double> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                w.WriteNumberValue(value == 0 ? 0.0 : value);
            }
            else
            {
                w.WriteNullValue();
            }
        }

        w.WriteEndArray();
    }

    /// <summary>Step length from the period start times when no scenario is at hand (1 h for a single period).</summary>
    private static double StepHours(PlanResult result)
    {
        var starts = result.CampusPeriods.Select(p => p.StartUtc).Distinct().Order().Take(2).ToList();
        return starts.Count == 2 ? (starts[1] - starts[0]).TotalHours : 1;
    }
}
