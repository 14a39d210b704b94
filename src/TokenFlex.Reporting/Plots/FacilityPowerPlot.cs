using ScottPlot;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Plots;

/// <summary>
/// Facility power of one campus by source over time: PV, battery discharge, generator and grid import stacked
/// above zero, battery charging below zero, the facility load as a line, B0's grid import dashed for contrast
/// and DR event periods shaded [kW].
/// </summary>
public static class FacilityPowerPlot
{
    /// <summary>Element id of the plot of a campus.</summary>
    public static string IdOf(string campusId) => "plot-power-" + PlotIds.Slug(campusId);

    /// <summary>Renders the plot of <paramref name="campusId"/> in <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan to show (usually P).</param>
    /// <param name="campusId">The campus.</param>
    /// <param name="contrast">A plan whose grid import is drawn dashed (usually B0); none when null.</param>
    public static PlotFigure Create(PlanResult plan, string campusId, PlanResult? contrast)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = Rows(plan, campusId);
        var axis = TimeAxis.Of(rows.Select(r => r.StartUtc));
        var title = $"Facility power by source, {campusId}, {plan.Strategy}";
        var plot = PlotCanvas.Create(title, axis.Label, "power [kW]");
        axis.ShadeEvents(plot, [.. rows.Select(r => r.DrEventCalled)], "DR event");
        (string Name, Color Color, Func<CampusPeriodResult, double> Kw)[] layers =
        [
            ("PV", PlotCanvas.Pv, r => r.PvKw),
            ("battery discharge", PlotCanvas.BatteryOut, r => r.BatteryDischargeKw),
            ("generator", PlotCanvas.Generator, r => r.GeneratorKw),
            ("grid import", PlotCanvas.Grid, r => r.GridImportKw),
        ];
        var below = new double[rows.Count];
        foreach (var (name, color, kw) in layers)
        {
            var above = below.Zip(rows, (b, r) => b + kw(r)).ToArray();
            AddBand(plot, axis, below, above, color, name);
            below = above;
        }

        AddBand(plot, axis, new double[rows.Count], [.. rows.Select(r => -r.BatteryChargeKw)], PlotCanvas.BatteryIn, "battery charge");
        var load = plot.Add.ScatterLine(axis.StepXs(), TimeAxis.StepYs([.. rows.Select(r => r.FacilityPowerKw)]), PlotCanvas.Ink);
        load.LegendText = "facility load";
        load.LineWidth = 2;
        AddContrast(plot, axis, contrast, campusId);
        axis.Apply(plot);
        plot.ShowLegend(Edge.Right);
        return PlotCanvas.Render(plot, IdOf(campusId), title, Caption(plan, rows, contrast, campusId, axis.StepHours));
    }

    internal static IReadOnlyList<CampusPeriodResult> Rows(PlanResult plan, string campusId) =>
        [.. plan.CampusPeriods.Where(p => p.CampusId == campusId).OrderBy(p => p.Period)];

    private static void AddBand(Plot plot, TimeAxis axis, double[] lower, double[] upper, Color color, string name)
    {
        if (upper.Zip(lower).All(p => Math.Abs(p.First - p.Second) < 1e-6))
        {
            return;
        }

        var band = plot.Add.FillY(axis.StepXs(), TimeAxis.StepYs(lower), TimeAxis.StepYs(upper));
        band.FillColor = color;
        band.LineWidth = 0;
        band.LegendText = name;
    }

    private static void AddContrast(Plot plot, TimeAxis axis, PlanResult? contrast, string campusId)
    {
        var rows = contrast is { HasSolution: true } ? Rows(contrast, campusId) : [];
        if (rows.Count != axis.Periods)
        {
            return;
        }

        var line = plot.Add.ScatterLine(axis.StepXs(), TimeAxis.StepYs([.. rows.Select(r => r.GridImportKw)]), PlotCanvas.Muted);
        line.LinePattern = LinePattern.Dashed;
        line.LineWidth = 1.5f;
        line.LegendText = $"{contrast!.Strategy} grid import";
    }

    private static string Caption(
        PlanResult plan, IReadOnlyList<CampusPeriodResult> rows, PlanResult? contrast, string campusId, double stepHours)
    {
        var gridMwh = rows.Sum(r => r.GridImportKw) * stepHours / 1000;
        var onsiteMwh = rows.Sum(r => r.PvKw + r.BatteryDischargeKw + r.GeneratorKw) * stepHours / 1000;
        var text = $"How {campusId} is supplied under {plan.Strategy}, period by period: {PlotCanvas.F(gridMwh, "N1")} MWh "
                   + $"from the grid (peak {PlotCanvas.F(rows.Max(r => r.GridImportKw), "N0")} kW) and "
                   + $"{PlotCanvas.F(onsiteMwh, "N1")} MWh from PV, battery and generator.";
        var before = contrast is { HasSolution: true } ? Rows(contrast, campusId) : [];
        if (before.Count > 0)
        {
            text += $" {contrast!.Strategy} imported {PlotCanvas.F(before.Sum(r => r.GridImportKw) * stepHours / 1000, "N1")} MWh "
                    + $"(peak {PlotCanvas.F(before.Max(r => r.GridImportKw), "N0")} kW).";
        }

        return text;
    }
}
