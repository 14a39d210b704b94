using System.Text;
using TokenFlex.Reporting.Plots;
using TokenFlex.Reporting.Tables;

namespace TokenFlex.Reporting.Html;

/// <summary>
/// <c>simulation.html</c>: a rolling simulation, plan vs actual, as one self-contained page: key figures over the
/// simulation, the day table of the terminal (<see cref="SimulationTable"/>), the fleet's grid import planned and
/// settled with DR events shaded, each campus's settled import and the cost per day. Plots are inline SVG in
/// <c>&lt;figure class="plot" id="plot-…"&gt;</c> elements; there is no script and nothing is fetched.
/// </summary>
public static class SimulationReport
{
    /// <summary>Name of the page in the output directory.</summary>
    public const string FileName = "simulation.html";

    /// <summary>The page title of a simulation of <paramref name="scenarioName"/>.</summary>
    public static string TitleOf(string scenarioName) => $"TokenFlex simulation: {scenarioName}";

    /// <summary>Renders the page.</summary>
    /// <param name="content">The simulation.</param>
    /// <param name="plots">Its plots (<see cref="SimulationPlots.Create"/>).</param>
    public static string Render(SimulationContent content, SimulationPlots plots)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(plots);
        var title = TitleOf(content.ScenarioName);
        var html = new StringBuilder();
        HtmlText.AppendPageStart(html, title);
        HtmlText.AppendParagraph(html, Meta(content), "meta");
        AppendKeyFigures(html, SimulationTable.Total(content.Days));
        html.Append("</header>\n<section id=\"days\">\n<h2>Plan vs actual by day</h2>\n");
        HtmlText.AppendParagraph(
            html, "Each day is planned on a forecast that looks one day further ahead; its first day is committed "
                  + "and settled on the day's actual data with the fleet fixed up to the intraday recourse. Cost is the "
                  + "objective: total cost with DR revenue netted, plus any unserved-demand penalty. Surprise = actual − "
                  + "plan.");
        HtmlText.AppendTable(html, "table-days", SimulationTable.Title, SimulationTable.Columns, SimulationTable.Rows(content.Days));
        html.Append("</section>\n");
        AppendSection(html, "grid-import", "Grid import", plots.FleetImport, plots.CampusImport);
        AppendSection(html, "daily-cost", "Cost per day", plots.DailyCost);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Meta(SimulationContent content)
    {
        var days = content.Days;
        var span = days.Count == 0
            ? "no day"
            : $"{days.Count} day(s) from {ReportFormat.Timestamp(days.Min(d => d.StartUtc))}";
        return $"Generated {ReportFormat.Timestamp(content.GeneratedAtUtc)} by TokenFlex {JsonOutput.TokenFlexVersion}. "
               + $"Rolling horizon over {span}: day-ahead plans settled on actual data.";
    }

    private static void AppendKeyFigures(StringBuilder html, SimulationRow total)
    {
        (string Label, string Value)[] items =
        [
            ("Plan total", $"{TableText.Number(total.PlanCostUsd, "N0")} USD"),
            ("Actual total", $"{TableText.Number(total.ActualCostUsd, "N0")} USD"),
            ("Surprise (actual − plan)", $"{TableText.Number(total.SurpriseUsd, "N0")} USD"),
            ("Unserved tokens", $"{TableText.Number(total.UnservedTokens / 1e6, "N1")} Mtok"),
            ("DR delivered", $"{TableText.Number(total.DrDeliveredMwh, "N2")} MWh"),
        ];
        html.Append("<ul class=\"key-figures\" id=\"key-figures\">\n");
        foreach (var (label, value) in items)
        {
            html.Append($"<li>{HtmlText.Escape(label)}<strong>{HtmlText.Escape(value)}</strong></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendSection(StringBuilder html, string id, string heading, params PlotFigure?[] figures)
    {
        var present = figures.OfType<PlotFigure>().ToArray();
        if (present.Length == 0)
        {
            return;
        }

        html.Append($"<section id=\"{id}\">\n<h2>{HtmlText.Escape(heading)}</h2>\n");
        foreach (var figure in present)
        {
            HtmlReport.AppendFigure(html, figure);
        }

        html.Append("</section>\n");
    }
}
