using ScottPlot;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Reporting.Plots;

/// <summary>A sweep curve: P's saving against B0 on total cost and on gross cost at each value of the parameter [%].</summary>
public static class SweepPlot
{
    /// <summary>Element id of the plot of a sweep.</summary>
    public static string IdOf(string sweepName) => "plot-sweep-" + PlotIds.Slug(sweepName);

    /// <summary>Renders the curve of one sweep.</summary>
    public static PlotFigure Create(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var title = $"Saving of P against B0 vs {sweep.Parameter}";
        var unit = sweep.Unit.Length == 0 ? "" : $" [{sweep.Unit}]";
        var plot = PlotCanvas.Create(title, sweep.Parameter + unit, "saving vs B0 [%]");
        AddCurve(plot, sweep, p => p.SavingFraction, PlotCanvas.Total, "on total cost (DR revenue netted)");
        AddCurve(plot, sweep, p => p.GrossSavingFraction, PlotCanvas.BatteryOut, "on gross cost (before DR revenue)");
        plot.Add.HorizontalLine(0, 1, PlotCanvas.Muted);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. sweep.Points.Select(p => p.Value)], [.. sweep.Points.Select(p => p.Label)]);
        plot.Axes.Margins(0.06, 0.15);
        // Room on the right for the last value's label, e.g. "BF16+FP8+INT8+INT4" [px].
        plot.Axes.Right.MinimumSize = 70;
        plot.ShowLegend(Alignment.LowerRight);
        return PlotCanvas.Render(plot, IdOf(sweep.Name), title, Caption(sweep));
    }

    private static void AddCurve(Plot plot, SweepResult sweep, Func<SweepPoint, double?> fraction, Color color, string legend)
    {
        var points = sweep.Points.Where(p => fraction(p) is not null).ToArray();
        if (points.Length == 0)
        {
            return;
        }

        double[] xs = [.. points.Select(p => p.Value)];
        double[] ys = [.. points.Select(p => 100 * fraction(p)!.Value)];
        var line = plot.Add.Scatter(xs, ys, color);
        line.LineWidth = 2;
        line.MarkerSize = 8;
        line.LegendText = legend;
    }

    private static string Caption(SweepResult sweep)
    {
        var solved = sweep.Points.Where(p => p.SavingFraction is not null).ToArray();
        if (solved.Length == 0)
        {
            return $"No point of {sweep.Name} has plans for both B0 and P.";
        }

        var low = solved.MinBy(p => p.SavingFraction!.Value)!;
        var high = solved.MaxBy(p => p.SavingFraction!.Value)!;
        var missing = sweep.Points.Count - solved.Length;
        return $"{Capitalize(sweep.Description)}. The total-cost saving ranges from {Percent(low.SavingFraction)} "
               + $"at {low.Label} to {Percent(high.SavingFraction)} at {high.Label}; the gross saving from "
               + $"{Percent(solved.Min(p => p.GrossSavingFraction))} to {Percent(solved.Max(p => p.GrossSavingFraction))}."
               + (missing > 0 ? $" {missing} point(s) without a plan are left out." : "");
    }

    private static string Percent(double? fraction) =>
        fraction is { } f ? PlotCanvas.F(100 * f, "F1") + " %" : "-";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
