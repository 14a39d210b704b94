using TokenFlex.Optimization.Results;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Reporting.Plots;

/// <summary>The plots of a report, grouped by the section that shows them; built from result records only.</summary>
/// <param name="Waterfall">Cost waterfall B0 → P; null without plans for both.</param>
/// <param name="Power">Facility power by source, one per campus, of the main plan.</param>
/// <param name="Precision">GPUs by precision of the main plan; null without a main plan.</param>
/// <param name="DemandResponse">DR baseline, commitment and delivery, one per DR campus of the main plan.</param>
/// <param name="Sweeps">One curve per sweep.</param>
public sealed record ReportPlots(
    PlotFigure? Waterfall,
    IReadOnlyList<PlotFigure> Power,
    PlotFigure? Precision,
    IReadOnlyList<PlotFigure> DemandResponse,
    IReadOnlyList<PlotFigure> Sweeps)
{
    /// <summary>Every plot, in the order of the report.</summary>
    public IReadOnlyList<PlotFigure> All =>
        [.. new[] { Waterfall }.OfType<PlotFigure>(), .. Power, .. new[] { Precision }.OfType<PlotFigure>(),
         .. DemandResponse, .. Sweeps];

    /// <summary>
    /// The plan the schedule plots show: P when it has a solution, else the last plan with one; null when none has.
    /// </summary>
    public static PlanResult? MainPlan(IReadOnlyList<PlanResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.FirstOrDefault(r => r.Strategy == "P" && r.HasSolution) ?? results.LastOrDefault(r => r.HasSolution);
    }

    /// <summary>Renders every plot for a set of plans and sweeps.</summary>
    /// <param name="results">The plans (may be empty).</param>
    /// <param name="sweeps">The sweep results (may be empty).</param>
    public static ReportPlots Create(IReadOnlyList<PlanResult> results, IReadOnlyList<SweepResult> sweeps)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(sweeps);
        var main = MainPlan(results);
        var contrast = results.FirstOrDefault(r => r.Strategy == BaselineSaving.DefaultBaseline && r.HasSolution);
        contrast = ReferenceEquals(contrast, main) ? null : contrast;
        var campuses = main?.CampusPeriods.Select(p => p.CampusId).Distinct().ToArray() ?? [];
        return new ReportPlots(
            WaterfallPlot.Create(results),
            Unique(campuses.Select(c => FacilityPowerPlot.Create(main!, c, contrast))),
            main is null ? null : PrecisionMixPlot.Create(main, contrast),
            main is null ? [] : Unique(DemandResponsePlot.Campuses(main).Select(c => DemandResponsePlot.Create(main, c))),
            Unique(sweeps.Select(SweepPlot.Create)));
    }

    /// <summary>Gives figures whose ids collide (two names with the same slug) a numeric suffix.</summary>
    private static IReadOnlyList<PlotFigure> Unique(IEnumerable<PlotFigure> figures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<PlotFigure>();
        foreach (var figure in figures)
        {
            var id = figure.Id;
            for (var n = 2; !seen.Add(id); n++)
            {
                id = $"{figure.Id}-{n}";
            }

            unique.Add(figure with { Id = id });
        }

        return unique;
    }
}
