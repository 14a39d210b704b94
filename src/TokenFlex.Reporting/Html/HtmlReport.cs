using System.Text;
using TokenFlex.Optimization.Results;
using TokenFlex.Reporting.Plots;
using TokenFlex.Reporting.Tables;

namespace TokenFlex.Reporting.Html;

/// <summary>
/// The HTML report as one self-contained page: title, key figures, scenario, comparison tables, cost waterfall,
/// power by source per campus, precision mix, demand response, sweeps and definitions. Plots are inline SVG in
/// <c>&lt;figure class="plot" id="plot-…"&gt;</c> elements; there is no script and nothing is fetched.
/// </summary>
public static class HtmlReport
{
    /// <summary>The page title of a report on <paramref name="scenarioName"/>.</summary>
    public static string TitleOf(string scenarioName) => $"TokenFlex report: {scenarioName}";

    /// <summary>Renders the page.</summary>
    /// <param name="content">Scenario, plans and sweeps.</param>
    /// <param name="plots">The rendered plots (<see cref="ReportPlots.Create"/>).</param>
    public static string Render(ReportContent content, ReportPlots plots)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(plots);
        var title = TitleOf(content.Scenario.Name);
        var html = new StringBuilder();
        HtmlText.AppendPageStart(html, title);
        HtmlText.AppendParagraph(html, Meta(content), "meta");
        AppendKeyFigures(html, content.Results);
        html.Append("</header>\n");
        ScenarioSection.Append(html, content.Scenario);
        if (content.Results.Count > 0)
        {
            AppendPlans(html, content.Results, plots);
        }

        SweepSection.Append(html, content.Sweeps, plots.Sweeps);
        NotesSection.Append(html);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Appends a plot as <c>&lt;figure class="plot" id="…"&gt;</c> with inline SVG, caption and export links.</summary>
    public static void AppendFigure(StringBuilder html, PlotFigure figure)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(figure);
        var id = HtmlText.Escape(figure.Id);
        html.Append($"<figure class=\"plot\" id=\"{id}\">\n")
            .Append(InlineSvg.Prepare(figure.Svg, figure.Id, figure.Title)).Append('\n')
            .Append($"<figcaption><strong>{HtmlText.Escape(figure.Title)}.</strong> {HtmlText.Escape(figure.Caption)} ")
            .Append($"<a href=\"{HtmlText.Escape(ReportFiles.ExportName(figure, "svg"))}\">SVG</a> · ")
            .Append($"<a href=\"{HtmlText.Escape(ReportFiles.ExportName(figure, "png"))}\">PNG</a></figcaption>\n")
            .Append("</figure>\n");
    }

    private static string Meta(ReportContent content)
    {
        var strategies = content.Results.Count == 0 ? "none" : string.Join(", ", content.Results.Select(r => r.Strategy));
        var solvers = string.Join(", ", content.Results.Select(r => r.Solve.Solver).Distinct());
        return $"Generated {ReportFormat.Timestamp(content.GeneratedAtUtc)} by TokenFlex {JsonOutput.TokenFlexVersion}. "
               + $"Strategies: {strategies}." + (solvers.Length > 0 ? $" Solver: {solvers}." : "")
               + $" Sweeps: {(content.Sweeps.Count == 0 ? "none" : string.Join(", ", content.Sweeps.Select(s => s.Name)))}.";
    }

    private static void AppendKeyFigures(StringBuilder html, IReadOnlyList<PlanResult> results)
    {
        var b0 = results.FirstOrDefault(r => r.Strategy == BaselineSaving.DefaultBaseline && r.HasSolution);
        var p = results.FirstOrDefault(r => r.Strategy == "P" && r.HasSolution);
        if (b0 is null || p is null)
        {
            return;
        }

        (string Label, string Value)[] items =
        [
            ("Total cost, B0 → P", $"{TableText.Number(b0.Costs.TotalCostUsd, "N0")} → {TableText.Number(p.Costs.TotalCostUsd, "N0")} USD"),
            ("Saving vs B0 (total cost)", TableText.Percent(BaselineSaving.Fraction(b0, p))),
            ("Saving vs B0 (gross cost)", TableText.Percent(BaselineSaving.GrossFraction(b0, p))),
            ("Emissions, B0 → P", $"{TableText.Number(b0.Kpis.EmissionsTonnesCo2, "N1")} → {TableText.Number(p.Kpis.EmissionsTonnesCo2, "N1")} tCO2"),
            ("DR delivered by P", $"{TableText.Number(p.Kpis.DrDeliveredMwh, "N2")} MWh"),
        ];
        html.Append("<ul class=\"key-figures\" id=\"key-figures\">\n");
        foreach (var (label, value) in items)
        {
            html.Append($"<li>{HtmlText.Escape(label)}<strong>{HtmlText.Escape(value)}</strong></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendPlans(StringBuilder html, IReadOnlyList<PlanResult> results, ReportPlots plots)
    {
        html.Append("<section id=\"comparison\">\n<h2>Strategies compared</h2>\n");
        HtmlText.AppendParagraph(
            html, "Every strategy serves the same demand; costs are over the whole horizon. Saving = (C_B0 − C)/|C_B0| "
                  + "(note 2). Gross cost leaves out DR revenue (note 1).");
        HtmlText.AppendTable(html, "table-costs", "Costs [USD]", ComparisonTable.Costs(results), results);
        HtmlText.AppendTable(html, "table-operations", "Operations", ComparisonTable.Operations(results), results);
        if (plots.Waterfall is { } waterfall)
        {
            AppendFigure(html, waterfall);
        }

        html.Append("</section>\n<section id=\"power\">\n<h2>Power by source</h2>\n");
        foreach (var figure in plots.Power)
        {
            AppendFigure(html, figure);
        }

        if (plots.Precision is { } precision)
        {
            html.Append("<h2 id=\"precision\">Precision mix</h2>\n");
            AppendFigure(html, precision);
        }

        html.Append("</section>\n<section id=\"demand-response\">\n<h2>Demand response</h2>\n");
        HtmlText.AppendParagraph(
            html, "Reductions are measured against the DR baseline: by default the metered load of B0, the same for "
                  + "every strategy (note 3).");
        HtmlText.AppendTable(html, "table-dr", "DR settlement", ComparisonTable.DemandResponse(), results);
        foreach (var figure in plots.DemandResponse)
        {
            AppendFigure(html, figure);
        }

        html.Append("</section>\n");
    }
}
