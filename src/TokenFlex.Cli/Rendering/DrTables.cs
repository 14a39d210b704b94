using System.Globalization;
using Spectre.Console;
using TokenFlex.OpenAdr.Planning;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Cli.Rendering;

/// <summary>What OpenADR events changed in a plan: the adapter's notes, the totals and the import in event periods.</summary>
public static class DrTables
{
    public static void Render(CliConsole console, DrEventsOutcome outcome)
    {
        foreach (var note in outcome.Applied.Notes)
        {
            console.Output.WriteLine($"  {note}");
        }

        foreach (var failed in new[] { outcome.Without, outcome.With }.Where(r => !r.HasSolution))
        {
            console.Error.WriteLine($"{failed.Strategy}: {failed.Solve.Status}. {failed.Solve.Message}");
        }

        if (outcome.Without.HasSolution && outcome.With.HasSolution)
        {
            console.Ansi.Write(Totals(outcome.Without, outcome.With));
            console.Ansi.Write(EventPeriods(outcome));
        }
    }

    /// <summary>Cost and DR totals of P without and with the events.</summary>
    public static Table Totals(PlanResult without, PlanResult with)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]P without and with the OpenADR events[/]");
        table.AddColumn("Figure");
        foreach (var header in new[] { "Without", "With", "Change" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        (string Name, Func<PlanResult, double> Value, string Format)[] rows =
        [
            ("Total cost $", r => r.Costs.TotalCostUsd, "N0"), ("Gross cost $", r => r.Costs.GrossCostUsd, "N0"),
            ("Energy cost $", r => r.Costs.EnergyUsd, "N0"), ("DR revenue $", r => r.Costs.DrRevenueUsd, "N0"),
            ("DR penalty $", r => r.Costs.DrPenaltyUsd, "N0"), ("Grid MWh", r => r.Kpis.GridEnergyMwh, "N2"),
            ("DR delivered MWh", r => r.Kpis.DrDeliveredMwh, "N2"), ("DR shortfall MWh", r => r.Kpis.DrShortfallMwh, "N2"),
            ("tCO2", r => r.Kpis.EmissionsTonnesCo2, "N2"),
        ];
        foreach (var (name, value, format) in rows)
        {
            var (a, b) = (value(without), value(with));
            table.AddRow(name, F(a, format), F(b, format), F(b - a, format));
        }

        return table;
    }

    /// <summary>Grid import at each campus in each period an OpenADR signal covers.</summary>
    public static Table EventPeriods(DrEventsOutcome outcome)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Grid import in OpenADR event periods[/]");
        foreach (var header in new[] { "Campus", "Period (UTC)", "Signal", "Limit kW", "Import without kW", "Import with kW", "Above limit kW" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        var grid = outcome.Applied.Scenario.TimeGrid;
        var without = outcome.Without.CampusPeriods.ToDictionary(p => (p.CampusId, p.Period));
        var with = outcome.With.CampusPeriods.ToDictionary(p => (p.CampusId, p.Period));
        foreach (var signal in outcome.Applied.Signals.OrderBy(s => s.CampusId, StringComparer.Ordinal))
        {
            for (var i = 0; i < signal.Periods.Count; i++)
            {
                var t = signal.Periods[i];
                var importWith = with[(signal.CampusId, t)].GridImportKw;
                var limit = signal.LimitsKw?[i];
                var above = limit is { } l ? Math.Max(0, importWith - l) : (double?)null;
                table.AddRow(Markup.Escape(signal.CampusId), grid.Label(t), Markup.Escape(signal.PayloadType),
                    limit is { } shown ? F(shown, "N0") : "-", F(without[(signal.CampusId, t)].GridImportKw, "N0"),
                    F(importWith, "N0"), above is { } a ? F(a, "N0") : "-");
            }
        }

        return table;
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
