using System.Text;
using TokenFlex.Reporting.Plots;
using TokenFlex.Reporting.Tables;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Reporting.Html;

/// <summary>The sweep section of the report: per sweep a table and its curve, or how to run sweeps when none ran.</summary>
internal static class SweepSection
{
    public static void Append(StringBuilder html, IReadOnlyList<SweepResult> sweeps, IReadOnlyList<PlotFigure> figures)
    {
        html.Append("<section id=\"sweeps\">\n<h2>Sensitivity sweeps</h2>\n");
        if (sweeps.Count == 0)
        {
            HtmlText.AppendParagraph(
                html, "No sweep was run for this report. `tokenflex sweep --report` runs them all; "
                      + "`tokenflex run --report --sweeps dr-reward,carbon-price` adds chosen ones to this report.", "note");
        }
        else
        {
            HtmlText.AppendParagraph(
                html, "Each value is solved with B0 and P on the changed scenario, B0's load at that value being the "
                      + "DR baseline; savings are P's against B0 at the same value.");
        }

        for (var i = 0; i < sweeps.Count; i++)
        {
            var sweep = sweeps[i];
            html.Append($"<h3 id=\"sweep-{HtmlText.Escape(PlotIds.Slug(sweep.Name))}\">{HtmlText.Escape(sweep.Name)}: "
                        + $"{HtmlText.Escape(sweep.Parameter)}</h3>\n");
            HtmlText.AppendTable(
                html, "table-sweep-" + PlotIds.Slug(sweep.Name), sweep.Description, SweepTable.Columns(sweep), sweep.Points);
            if (i < figures.Count)
            {
                HtmlReport.AppendFigure(html, figures[i]);
            }
        }

        html.Append("</section>\n");
    }
}
