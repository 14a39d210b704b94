using System.Text;
using TokenFlex.Core.Domain;
using TokenFlex.Reporting.Tables;

namespace TokenFlex.Reporting.Html;

/// <summary>The scenario summary of the report: horizon, prices, campuses with their assets, classes and DR events.</summary>
internal static class ScenarioSection
{
    public static void Append(StringBuilder html, Scenario scenario)
    {
        var grid = scenario.TimeGrid;
        html.Append("<section id=\"scenario\">\n<h2>Scenario</h2>\n");
        HtmlText.AppendParagraph(html, scenario.Description.Length > 0 ? scenario.Description : scenario.Name);
        HtmlText.AppendParagraph(
            html,
            $"Horizon: {grid.PeriodCount} periods of {TableText.Number(grid.StepHours, "0.##")} h from "
            + $"{ReportFormat.Timestamp(grid.StartUtc)}. Carbon price {TableText.Number(scenario.CarbonPriceUsdPerTonne, "0.##")} "
            + $"USD/tCO2. {scenario.Configurations.Count} serving configurations, {scenario.Classes.Count} request classes "
            + $"({string.Join(", ", scenario.Classes.Select(c => $"{c.Id}: {c.Kind.ToString().ToLowerInvariant()}"))}), "
            + $"{scenario.Origins.Count} origins.");
        HtmlText.AppendTable(html, "table-campuses", "Campuses", CampusColumns(), scenario.Campuses);
        if (scenario.DemandResponseEvents.Count > 0)
        {
            HtmlText.AppendTable(html, "table-dr-events", "DR events", EventColumns(), scenario.DemandResponseEvents);
        }

        html.Append("</section>\n");
    }

    private static IReadOnlyList<TextColumn<Campus>> CampusColumns() =>
    [
        new("Campus", c => c.Id),
        new("Name", c => c.Name),
        new("GPUs", c => TableText.Number(c.GpuInventory.Values.Sum(), "N0")),
        new("Grid limit kW", c => TableText.Number(c.GridImportLimitKw, "N0")),
        new("PV peak kW", c => c.Pv is { } pv ? TableText.Number(pv.AvailableKw.DefaultIfEmpty(0).Max(), "N0") : "-"),
        new("Battery kWh", c => c.Battery is { } b ? TableText.Number(b.EnergyCapacityKwh, "N0") : "-"),
        new("Generators kW", c => c.Generators.Count > 0 ? TableText.Number(c.Generators.Sum(g => g.MaxOutputKw), "N0") : "-"),
        new("Mean price USD/MWh", c => TableText.Number(c.PriceUsdPerMwh.DefaultIfEmpty(0).Average(), "N1")),
        new("Mean carbon g/kWh", c => TableText.Number(c.CarbonGPerKwh.DefaultIfEmpty(0).Average(), "N0")),
        new("DR program", c => c.DemandResponse?.ProgramId ?? "-"),
    ];

    private static IReadOnlyList<TextColumn<DemandResponseEvent>> EventColumns() =>
    [
        new("Event", e => e.Id),
        new("Campus", e => e.CampusId),
        new("Start (UTC)", e => ReportFormat.Timestamp(e.StartUtc)),
        new("Hours", e => TableText.Number(e.DurationHours, "0.##")),
        new("Called", e => e.Called ? "yes" : "no (capacity only)"),
    ];
}
