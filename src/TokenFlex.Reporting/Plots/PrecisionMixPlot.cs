using ScottPlot;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Plots;

/// <summary>
/// GPUs in running instances by precision over time, all campuses together, stacked; B0's total dashed for contrast.
/// GPUs rather than instances, because one 70B BF16 instance takes four GPUs and an INT4 instance one.
/// </summary>
public static class PrecisionMixPlot
{
    /// <summary>Element id of the plot.</summary>
    public const string Id = "plot-precision";

    private static readonly Color[] Palette =
        [Color.FromHex("#4C72B0"), Color.FromHex("#8172B3"), Color.FromHex("#DD8452"), Color.FromHex("#55A868"),
         Color.FromHex("#C44E52"), Color.FromHex("#937860")];

    /// <summary>
    /// GPUs in running instances per precision and period, precisions in catalogue order (BF16, FP16, FP8, INT8,
    /// INT4, FP4, then others by name) and only those that run at all [GPUs].
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="periods">Number of periods.</param>
    public static IReadOnlyList<(string Precision, double[] Gpus)> GpusByPrecision(PlanResult plan, int periods)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var byPrecision = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var instance in plan.Instances.Where(i => i.Gpus > 0 && i.Period >= 0 && i.Period < periods))
        {
            if (!byPrecision.TryGetValue(instance.Precision, out var series))
            {
                byPrecision[instance.Precision] = series = new double[periods];
            }

            series[instance.Period] += instance.Gpus;
        }

        var order = PrecisionNames.All.Select(p => p.Name).ToList();
        return [.. byPrecision.OrderBy(p => Rank(order, p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, p.Value))];
    }

    /// <summary>Renders the plot of <paramref name="plan"/>, with <paramref name="contrast"/>'s total dashed.</summary>
    public static PlotFigure Create(PlanResult plan, PlanResult? contrast)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var axis = TimeAxis.Of(plan.CampusPeriods.Select(p => p.StartUtc));
        var title = $"GPUs in use by precision, all campuses, {plan.Strategy}";
        var plot = PlotCanvas.Create(title, axis.Label, "GPUs in running instances [GPUs]");
        var series = GpusByPrecision(plan, axis.Periods);
        var below = new double[axis.Periods];
        var i = 0;
        foreach (var (precision, gpus) in series)
        {
            var above = below.Zip(gpus, (b, g) => b + g).ToArray();
            var band = plot.Add.FillY(axis.StepXs(), TimeAxis.StepYs(below), TimeAxis.StepYs(above));
            band.FillColor = Palette[i++ % Palette.Length];
            band.LineWidth = 0;
            band.LegendText = precision;
            below = above;
        }

        if (contrast is { HasSolution: true })
        {
            var total = GpusByPrecision(contrast, axis.Periods).Select(p => p.Gpus)
                .Aggregate(new double[axis.Periods], (sum, s) => [.. sum.Zip(s, (a, b) => a + b)]);
            var line = plot.Add.ScatterLine(axis.StepXs(), TimeAxis.StepYs(total), PlotCanvas.Ink);
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = $"{contrast.Strategy}, all precisions";
        }

        axis.Apply(plot);
        plot.Axes.SetLimitsY(0, Math.Max(1, plot.Axes.GetDataLimits().Top * 1.05));
        plot.ShowLegend(Edge.Right);
        return PlotCanvas.Render(plot, Id, title, Caption(plan, contrast, axis.StepHours));
    }

    private static int Rank(List<string> order, string name) => order.IndexOf(name) is var i and >= 0 ? i : order.Count;

    private static string Caption(PlanResult plan, PlanResult? contrast, double stepHours)
    {
        var hours = plan.Kpis.GpuHoursByPrecision;
        var total = hours.Values.Sum();
        var shares = hours.Where(h => h.Value > 0).OrderByDescending(h => h.Value)
            .Select(h => $"{h.Key} {PlotCanvas.F(100 * h.Value / total, "F0")} %");
        var text = $"Which precisions {plan.Strategy} runs, hour by hour: {PlotCanvas.F(total, "N0")} GPU-hours in all "
                   + $"({string.Join(", ", shares)}).";
        if (contrast is { HasSolution: true })
        {
            text += $" {contrast.Strategy} uses {PlotCanvas.F(contrast.Kpis.GpuHoursByPrecision.Values.Sum(), "N0")} GPU-hours.";
        }

        return total > 0 ? text : $"{plan.Strategy} runs no instance.";
    }
}
