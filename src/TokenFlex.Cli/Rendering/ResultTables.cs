using System.Globalization;
using Spectre.Console;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Cli.Rendering;

/// <summary>Spectre tables of plan results.</summary>
public static class ResultTables
{
    /// <summary>One row per strategy: status, costs, tokens, energy, emissions, DR and solve figures.</summary>
    public static Table Summary(IReadOnlyList<PlanResult> results)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Plans[/]");
        string[] headers =
        [
            "Strategy", "Status", "Total cost $", "Gross cost $", "DR revenue $", "Served Mtok", "Grid MWh",
            "tCO2", "Peak kW", "DR MWh", "Starts", "Gap", "Solve s",
        ];
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var r in results)
        {
            table.AddRow(
                r.Strategy, Status(r), Money(r, r.Costs.TotalCostUsd), Money(r, r.Costs.GrossCostUsd),
                Money(r, r.Costs.DrRevenueUsd), Number(r, r.Kpis.ServedTokens / 1e6, "N0"),
                Number(r, r.Kpis.GridEnergyMwh, "N1"), Number(r, r.Kpis.EmissionsTonnesCo2, "N1"),
                Number(r, r.Kpis.PeakImportKw, "N0"), Number(r, r.Kpis.DrDeliveredMwh, "N2"),
                Number(r, r.Kpis.InstanceStarts, "N0"), Gap(r), r.Solve.SolveSeconds.ToString("F1", CultureInfo.InvariantCulture));
        }

        return table;
    }

    /// <summary>The cost breakdown of one plan [USD].</summary>
    public static Table Costs(PlanResult result)
    {
        var c = result.Costs;
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Cost breakdown, {Markup.Escape(result.Strategy)}[/]");
        table.AddColumn("Component");
        table.AddColumn(new TableColumn("USD").RightAligned());
        (string, double)[] rows =
        [
            ("Energy", c.EnergyUsd), ("Demand charge", c.DemandChargeUsd), ("Carbon", c.CarbonUsd), ("Generator fuel", c.FuelUsd),
            ("Battery wear", c.BatteryWearUsd), ("Switching", c.SwitchingUsd), ("QoS degradation", c.QosUsd),
            ("Network transfer", c.NetworkUsd), ("DR penalty", c.DrPenaltyUsd), ("Gross cost", c.GrossCostUsd),
            ("DR capacity revenue", -c.DrCapacityRevenueUsd), ("DR energy revenue", -c.DrEnergyRevenueUsd),
            ("Total cost", c.TotalCostUsd),
        ];
        foreach (var (name, usd) in rows)
        {
            table.AddRow(name, usd.ToString("N2", CultureInfo.InvariantCulture));
        }

        return table;
    }

    /// <summary>Per-campus figures of one plan.</summary>
    public static Table Campuses(PlanResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Campuses, {Markup.Escape(result.Strategy)}[/]");
        foreach (var header in new[] { "Campus", "Grid MWh", "Peak kW", "PV MWh", "Battery out MWh", "Gen MWh", "DR kWh", "tCO2", "Mean PUE" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var campus in result.CampusPeriods.GroupBy(p => p.CampusId))
        {
            table.AddRow(
                Markup.Escape(campus.Key), F(campus.Sum(p => p.GridImportKw) / 1000, "N1"), F(campus.Max(p => p.GridImportKw), "N0"),
                F(campus.Sum(p => p.PvKw) / 1000, "N1"), F(campus.Sum(p => p.BatteryDischargeKw) / 1000, "N2"),
                F(campus.Sum(p => p.GeneratorKw) / 1000, "N2"), F(campus.Sum(p => p.DrDeliveredKw), "N0"),
                F(campus.Sum(p => p.EmissionsTonnesCo2), "N1"), F(campus.Average(p => p.Pue), "F3"));
        }

        return table;
    }

    private static string Status(PlanResult r) => r.Solve.Status.ToString();

    private static string Gap(PlanResult r) =>
        r.Solve.MipGap is { } gap ? (100 * gap).ToString("F3", CultureInfo.InvariantCulture) + " %" : "-";

    private static string Money(PlanResult r, double usd) => r.HasSolution ? F(usd, "N0") : "-";

    private static string Number(PlanResult r, double value, string format) => r.HasSolution ? F(value, format) : "-";

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
