using ScottPlot;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Plots;

/// <summary>
/// Demand response at one campus: the DR baseline (B0's metered load with the default baseline), the plan's grid
/// import, and per event period the committed and the delivered reduction [kW].
/// </summary>
public static class DemandResponsePlot
{
    /// <summary>Element id of the plot of a campus.</summary>
    public static string IdOf(string campusId) => "plot-dr-" + PlotIds.Slug(campusId);

    /// <summary>Campuses of a plan with a DR event or a commitment, in order of first appearance.</summary>
    public static IReadOnlyList<string> Campuses(PlanResult plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.CampusPeriods.Where(p => p.DrEventCalled || p.DrCommitmentKw > 1e-6)
            .Select(p => p.CampusId).Distinct()];
    }

    /// <summary>Renders the plot of <paramref name="campusId"/> in <paramref name="plan"/>.</summary>
    public static PlotFigure Create(PlanResult plan, string campusId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = FacilityPowerPlot.Rows(plan, campusId);
        var axis = TimeAxis.Of(rows.Select(r => r.StartUtc));
        var title = $"Demand response at {campusId}, {plan.Strategy}: baseline, commitment and delivery";
        var plot = PlotCanvas.Create(title, axis.Label, "power [kW]");
        axis.ShadeEvents(plot, [.. rows.Select(r => r.DrEventCalled)], "DR event");
        var baseline = plot.Add.ScatterLine(axis.StepXs(), TimeAxis.StepYs([.. rows.Select(r => r.DrBaselineKw)]), PlotCanvas.Muted);
        baseline.LinePattern = LinePattern.Dashed;
        baseline.LineWidth = 2;
        baseline.LegendText = "DR baseline";
        var import = plot.Add.ScatterLine(axis.StepXs(), TimeAxis.StepYs([.. rows.Select(r => r.GridImportKw)]), PlotCanvas.Grid);
        import.LineWidth = 2;
        import.LegendText = $"{plan.Strategy} grid import";
        AddBars(plot, axis, rows, r => r.DrCommitmentKw, -0.2, PlotCanvas.Increase.WithAlpha(0.8), "committed reduction");
        AddBars(plot, axis, rows, r => r.DrDeliveredKw, 0.2, PlotCanvas.Decrease, "delivered reduction");
        axis.Apply(plot);
        // From the data: with an event span on the plot, ScottPlot's data limits are NaN.
        var topKw = rows.Select(r => Math.Max(Math.Max(r.DrBaselineKw, r.GridImportKw), Math.Max(r.DrCommitmentKw, r.DrDeliveredKw)))
            .DefaultIfEmpty(0).Max();
        plot.Axes.SetLimitsY(0, Math.Max(1, topKw * 1.08));
        plot.ShowLegend(Edge.Right);
        return PlotCanvas.Render(plot, IdOf(campusId), title, Caption(plan, rows, campusId, axis.StepHours));
    }

    private static void AddBars(
        Plot plot, TimeAxis axis, IReadOnlyList<CampusPeriodResult> rows, Func<CampusPeriodResult, double> kw,
        double offset, Color color, string legend)
    {
        var bars = rows.Where(r => kw(r) > 1e-6).Select(r => new Bar
        {
            Position = axis.X(r.Period) + (0.5 + offset) * axis.StepHours,
            Value = kw(r),
            Size = 0.38 * axis.StepHours,
            FillColor = color,
            LineWidth = 0,
        }).ToArray();
        if (bars.Length == 0)
        {
            return;
        }

        var series = plot.Add.Bars(bars);
        series.LegendText = legend;
    }

    private static string Caption(PlanResult plan, IReadOnlyList<CampusPeriodResult> rows, string campusId, double stepHours)
    {
        var committedMwh = rows.Sum(r => r.DrCommitmentKw) * stepHours / 1000;
        var deliveredMwh = rows.Sum(r => r.DrDeliveredKw) * stepHours / 1000;
        var eventHours = rows.Count(r => r.DrEventCalled) * stepHours;
        var share = committedMwh > 0 ? $" ({PlotCanvas.F(100 * deliveredMwh / committedMwh, "F0")} % of it)" : "";
        return $"{plan.Strategy} commits {PlotCanvas.F(committedMwh, "N2")} MWh of reduction at {campusId} over "
               + $"{PlotCanvas.F(eventHours, "0.##")} event hours and delivers {PlotCanvas.F(deliveredMwh, "N2")} MWh{share}, "
               + "measured against the DR baseline; the plan's DR revenue is "
               + $"{PlotCanvas.F(plan.Costs.DrRevenueUsd, "N0")} USD.";
    }
}
