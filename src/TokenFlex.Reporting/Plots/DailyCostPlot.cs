using System.Globalization;
using ScottPlot;
using TokenFlex.Scenarios.Operations;

namespace TokenFlex.Reporting.Plots;

/// <summary>
/// Cost of each day of a rolling simulation as planned day-ahead and as settled on actual data, side by side [USD].
/// The cost is the objective: total cost (DR revenue netted) plus the unserved-demand penalty.
/// </summary>
public static class DailyCostPlot
{
    /// <summary>Element id of the plot.</summary>
    public const string Id = "plot-daily-cost";

    /// <summary>Renders the bars; null when no day has a plan or a settlement.</summary>
    /// <param name="days">The simulation's days.</param>
    public static PlotFigure? Create(IReadOnlyList<DayResult> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (!days.Any(d => d.Plan.HasSolution || d.Actual.HasSolution))
        {
            return null;
        }

        const string title = "Cost per day: day-ahead plan vs settled actual";
        var plot = PlotCanvas.Create(title, "day (UTC start)", "cost of the day [USD]");
        AddBars(plot, days, d => d.Plan.HasSolution ? d.Plan.Costs.ObjectiveUsd : null, -0.2, PlotCanvas.Muted, "plan");
        AddBars(plot, days, d => d.Actual.HasSolution ? d.Actual.Costs.ObjectiveUsd : null, 0.2, PlotCanvas.Grid, "actual");
        plot.Add.HorizontalLine(0, 1, PlotCanvas.Ink);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. days.Select((_, i) => (double)i)], [.. days.Select(Label)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        double[] values =
        [
            0, .. days.Where(d => d.Plan.HasSolution).Select(d => d.Plan.Costs.ObjectiveUsd),
            .. days.Where(d => d.Actual.HasSolution).Select(d => d.Actual.Costs.ObjectiveUsd),
        ];
        var pad = Math.Max(1, values.Max() - values.Min()) * 0.12;
        plot.Axes.SetLimits(-0.6, days.Count - 0.4, values.Min() - pad, values.Max() + pad);
        plot.ShowLegend(Alignment.UpperRight);
        return PlotCanvas.Render(plot, Id, title, Caption(days));
    }

    private static void AddBars(
        Plot plot, IReadOnlyList<DayResult> days, Func<DayResult, double?> costUsd, double offset, Color color, string legend)
    {
        var bars = new List<Bar>();
        for (var i = 0; i < days.Count; i++)
        {
            if (costUsd(days[i]) is not { } usd)
            {
                continue;
            }

            bars.Add(new Bar
            {
                Position = i + offset,
                Value = usd,
                Size = 0.38,
                FillColor = color,
                LineWidth = 0,
                // Value labels only while they fit: up to 10 days.
                Label = days.Count <= 10 ? PlotCanvas.F(usd, "N0") : "",
            });
        }

        if (bars.Count == 0)
        {
            return;
        }

        var series = plot.Add.Bars(bars.ToArray());
        series.ValueLabelStyle.FontSize = 11;
        series.LegendText = legend;
    }

    private static string Label(DayResult day) =>
        day.StartUtc.UtcDateTime.ToString("yyyy-MM-dd\nHH:mm", CultureInfo.InvariantCulture);

    private static string Caption(IReadOnlyList<DayResult> days)
    {
        var both = days.Where(d => d.Plan.HasSolution && d.Actual.HasSolution).ToArray();
        var planUsd = both.Sum(d => d.Plan.Costs.ObjectiveUsd);
        var actualUsd = both.Sum(d => d.Actual.Costs.ObjectiveUsd);
        var text = "Each day's cost (total cost with DR revenue netted, plus any unserved-demand penalty) as planned on "
                   + $"the forecast and as settled on actual data: {PlotCanvas.F(planUsd, "N0")} USD planned and "
                   + $"{PlotCanvas.F(actualUsd, "N0")} USD settled over {both.Length} day(s), a surprise of "
                   + $"{PlotCanvas.F(actualUsd - planUsd, "+#,0;-#,0;0")} USD.";
        var worst = both.MaxBy(d => d.Actual.Costs.ObjectiveUsd - d.Plan.Costs.ObjectiveUsd);
        if (worst is not null && both.Length > 1)
        {
            text += $" The largest surprise is on the day from {worst.StartUtc.UtcDateTime:yyyy-MM-dd HH:mm} "
                    + $"({PlotCanvas.F(worst.Actual.Costs.ObjectiveUsd - worst.Plan.Costs.ObjectiveUsd, "+#,0;-#,0;0")} USD).";
        }

        return text;
    }
}
