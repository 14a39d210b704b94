using ScottPlot;
using TokenFlex.Scenarios.Operations;

namespace TokenFlex.Reporting.Plots;

/// <summary>
/// Grid import over a rolling simulation [kW]: the fleet's, summed over campuses, as planned day-ahead (dashed) and
/// as settled (solid) with DR event periods shaded; and the settled import of each campus.
/// </summary>
public static class SimulationImportPlot
{
    /// <summary>Element id of the fleet plot.</summary>
    public const string FleetId = "plot-fleet-import";

    /// <summary>Element id of the per-campus plot.</summary>
    public const string CampusesId = "plot-campus-import";

    /// <summary>Renders the fleet's planned and settled grid import; null when no day was settled.</summary>
    /// <param name="days">The simulation's days.</param>
    public static PlotFigure? Fleet(IReadOnlyList<DayResult> days)
    {
        var series = SimulationSeries.Fleet(days);
        if (series.Count == 0)
        {
            return null;
        }

        var axis = TimeAxis.Of(series.Select(p => p.StartUtc));
        const string title = "Fleet grid import: day-ahead plan vs settled actual";
        var plot = PlotCanvas.Create(title, axis.Label, "grid import, all campuses [kW]");
        axis.ShadeEvents(plot, [.. series.Select(p => p.DrEventCalled)], "DR event (planned or called)");
        AddDayBoundaries(plot, axis);
        var planned = plot.Add.ScatterLine(
            axis.StepXs(), TimeAxis.StepYs([.. series.Select(p => p.PlanGridImportKw)]), PlotCanvas.Muted);
        planned.LinePattern = LinePattern.Dashed;
        planned.LineWidth = 2;
        planned.LegendText = "plan (day-ahead)";
        var actual = plot.Add.ScatterLine(
            axis.StepXs(), TimeAxis.StepYs([.. series.Select(p => p.ActualGridImportKw)]), PlotCanvas.Grid);
        actual.LineWidth = 2;
        actual.LegendText = "actual (settled)";
        axis.ApplyDays(plot);
        SetLimitsY(plot, series.SelectMany(p => new[] { p.PlanGridImportKw, p.ActualGridImportKw }));
        plot.ShowLegend(Edge.Right);
        return PlotCanvas.Render(plot, FleetId, title, FleetCaption(days, series, axis.StepHours));
    }

    /// <summary>Renders the settled grid import of each campus; null with fewer than two campuses.</summary>
    /// <param name="days">The simulation's days.</param>
    public static PlotFigure? Campuses(IReadOnlyList<DayResult> days)
    {
        var campuses = SimulationSeries.Campuses(days);
        if (campuses.Count < 2)
        {
            return null;
        }

        var axis = TimeAxis.Of(SimulationSeries.Fleet(days).Select(p => p.StartUtc));
        const string title = "Settled grid import by campus";
        var plot = PlotCanvas.Create(title, axis.Label, "grid import [kW]");
        AddDayBoundaries(plot, axis);
        foreach (var campus in campuses)
        {
            var line = plot.Add.ScatterLine(axis.StepXs(), TimeAxis.StepYs(campus.ActualGridImportKw));
            line.LineWidth = 2;
            line.LegendText = campus.CampusId;
        }

        axis.ApplyDays(plot);
        SetLimitsY(plot, campuses.SelectMany(c => c.ActualGridImportKw));
        plot.ShowLegend(Edge.Right);
        return PlotCanvas.Render(plot, CampusesId, title, CampusesCaption(campuses, axis.StepHours));
    }

    /// <summary>
    /// y from 0 to 8 % above the largest value (from the data: event spans make ScottPlot's data limits NaN).
    /// </summary>
    private static void SetLimitsY(Plot plot, IEnumerable<double> valuesKw) =>
        plot.Axes.SetLimitsY(0, Math.Max(1, valuesKw.DefaultIfEmpty(0).Max() * 1.08));

    private static void AddDayBoundaries(Plot plot, TimeAxis axis)
    {
        for (var x = 24.0; x < axis.Periods * axis.StepHours - 1e-9; x += 24)
        {
            var line = plot.Add.VerticalLine(x, 1, PlotCanvas.Muted.WithAlpha(0.6));
            line.LinePattern = LinePattern.Dotted;
        }
    }

    private static string FleetCaption(IReadOnlyList<DayResult> days, IReadOnlyList<FleetPeriod> series, double stepHours)
    {
        var planMwh = SimulationSeries.EnergyMwh(series.Select(p => p.PlanGridImportKw), stepHours);
        var actualMwh = SimulationSeries.EnergyMwh(series.Select(p => p.ActualGridImportKw), stepHours);
        var settled = SimulationSeries.Settled(days).Count;
        var eventHours = series.Count(p => p.DrEventCalled) * stepHours;
        var text = $"Grid import of all campuses, period by period over {settled} settled day(s): the day-ahead plans "
                   + $"import {PlotCanvas.F(planMwh, "N1")} MWh (peak {PlotCanvas.F(series.Max(p => p.PlanGridImportKw), "N0")} kW), "
                   + $"the settlement on actual data {PlotCanvas.F(actualMwh, "N1")} MWh "
                   + $"(peak {PlotCanvas.F(series.Max(p => p.ActualGridImportKw), "N0")} kW). "
                   + $"Shaded: {PlotCanvas.F(eventHours, "0.##")} hours with a DR event expected in the plan or called on the day; dotted: day boundaries.";
        var missing = days.Count - settled;
        return missing > 0 ? text + $" {missing} day(s) without a plan or settlement are left out." : text;
    }

    private static string CampusesCaption(IReadOnlyList<CampusImportSeries> campuses, double stepHours)
    {
        var parts = campuses.Select(c =>
            $"{c.CampusId} {PlotCanvas.F(SimulationSeries.EnergyMwh(c.ActualGridImportKw, stepHours), "N1")} MWh");
        return $"Where the settled import comes from, period by period: {string.Join(", ", parts)}.";
    }
}
