using System.Text;

namespace TokenFlex.Reporting.Html;

/// <summary>The definitions at the end of the report, referred to as "note n" in the text.</summary>
internal static class NotesSection
{
    private static readonly string[] Notes =
    [
        "Gross cost: energy + demand charge + carbon + generator fuel + battery wear + switching + QoS degradation + "
        + "network transfer + DR penalty. Total cost = gross cost − DR revenue (capacity and energy payments), the "
        + "day's operating cost net of DR. An unserved-demand penalty, where allowed, is in the objective but not in "
        + "either cost.",
        "Saving vs B0 = (C_B0 − C_s)/|C_B0| on total cost; the gross saving uses gross cost. Because DR revenue is "
        + "netted, the total-cost saving can exceed 100 % when revenue outweighs the remaining cost.",
        "DR baseline: the load a DR reduction is measured against. By default it is B0's metered load at the DR "
        + "campus (business as usual, the same for every strategy, so feasible sets nest and more freedom never "
        + "costs more); `--dr-baseline own` uses each strategy's own plan without DR instead.",
        "δ: quality loss of a configuration against BF16 [%]; the tables show the average over all served tokens, "
        + "each class weighted by the tokens it was served. GPU-hours count GPUs of running instances.",
        "Units: power in kW, energy in MWh, money in USD over the horizon, emissions in tCO2; times in UTC. Period "
        + "values are averages over the period and are drawn flat across it.",
    ];

    public static void Append(StringBuilder html)
    {
        html.Append("<section id=\"notes\">\n<h2>Definitions</h2>\n<ol class=\"notes\">\n");
        foreach (var note in Notes)
        {
            html.Append($"<li>{HtmlText.Escape(note)}</li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }
}
