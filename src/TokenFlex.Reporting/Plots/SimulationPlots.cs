using TokenFlex.Scenarios.Operations;

namespace TokenFlex.Reporting.Plots;

/// <summary>The plots of a simulation report, built from the day results only.</summary>
/// <param name="FleetImport">Fleet grid import, plan vs actual, DR events shaded; null when no day was settled.</param>
/// <param name="DailyCost">Cost per day, plan vs actual; null when no day has a plan.</param>
/// <param name="CampusImport">Settled grid import by campus; null with fewer than two campuses.</param>
public sealed record SimulationPlots(PlotFigure? FleetImport, PlotFigure? DailyCost, PlotFigure? CampusImport)
{
    /// <summary>Every plot, in the order of the report.</summary>
    public IReadOnlyList<PlotFigure> All => [.. new[] { FleetImport, DailyCost, CampusImport }.OfType<PlotFigure>()];

    /// <summary>Renders every plot of a simulation.</summary>
    /// <param name="days">The simulation's days.</param>
    public static SimulationPlots Create(IReadOnlyList<DayResult> days) =>
        new(SimulationImportPlot.Fleet(days), DailyCostPlot.Create(days), SimulationImportPlot.Campuses(days));
}
