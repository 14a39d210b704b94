using ScottPlot;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Plots;

/// <summary>The cost waterfall from B0 to P (<see cref="CostWaterfall"/>) as floating bars with their values [USD].</summary>
public static class WaterfallPlot
{
    /// <summary>Element id of the plot.</summary>
    public const string Id = "plot-waterfall";

    /// <summary>Renders the waterfall; null when B0 or P has no plan.</summary>
    public static PlotFigure? Create(IReadOnlyList<PlanResult> results)
    {
        var steps = CostWaterfall.Steps(results);
        if (steps.Count == 0)
        {
            return null;
        }

        const string title = "Total cost from B0 to P, one lever at a time";
        var plot = PlotCanvas.Create(title, "strategy and lever added", "total cost over the horizon [USD]");
        var bars = steps.Select((s, i) => new Bar
        {
            Position = i,
            ValueBase = s.StartUsd,
            Value = s.EndUsd,
            FillColor = s.IsTotal ? PlotCanvas.Total : s.ChangeUsd <= 0 ? PlotCanvas.Decrease : PlotCanvas.Increase,
            Label = (s.IsTotal || s.ChangeUsd <= 0 ? "" : "+") + PlotCanvas.F(s.IsTotal ? s.EndUsd : s.ChangeUsd, "N0"),
            Size = 0.6,
            LineWidth = 0,
        }).ToArray();
        var series = plot.Add.Bars(bars);
        series.ValueLabelStyle.FontSize = 13;
        plot.Add.HorizontalLine(0, 1, PlotCanvas.Ink);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. steps.Select((_, i) => (double)i)], [.. steps.Select(s => Wrap(s.Label))]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        var low = Math.Min(0, steps.Min(s => Math.Min(s.StartUsd, s.EndUsd)));
        var high = Math.Max(0, steps.Max(s => Math.Max(s.StartUsd, s.EndUsd)));
        var pad = Math.Max(1, high - low) * 0.12;
        plot.Axes.SetLimits(-0.6, steps.Count - 0.4, low - pad, high + pad);
        return PlotCanvas.Render(plot, Id, title, Caption(steps));
    }

    /// <summary>Puts each '+ lever' on its own line so long labels fit under a bar.</summary>
    private static string Wrap(string label) => label.Replace(" + ", "\n+ ", StringComparison.Ordinal).Replace("& ", "&\n", StringComparison.Ordinal);

    private static string Caption(IReadOnlyList<WaterfallStep> steps)
    {
        var first = steps[0].EndUsd;
        var last = steps[^1].EndUsd;
        var biggest = steps.Where(s => !s.IsTotal).OrderBy(s => s.ChangeUsd).FirstOrDefault();
        var text = "Each bar adds one lever to the strategy before it. Total cost (DR revenue netted) is "
                   + $"{PlotCanvas.F(first, "N0")} USD for B0 and {PlotCanvas.F(last, "N0")} USD for P.";
        if (biggest is not null)
        {
            text += $" The largest saving comes from {biggest.Label.TrimStart('+', ' ')} "
                    + $"({PlotCanvas.F(biggest.ChangeUsd, "N0")} USD).";
        }

        return text;
    }
}
