using TokenFlex.Scenarios.Operations;

namespace TokenFlex.Reporting.Plots;

/// <summary>Grid import of the whole fleet in one period of a simulation, as planned day-ahead and as settled.</summary>
/// <param name="StartUtc">Start of the period.</param>
/// <param name="PlanGridImportKw">Σ over campuses of the day-ahead plan's grid import [kW].</param>
/// <param name="ActualGridImportKw">Σ over campuses of the settled grid import [kW].</param>
/// <param name="DrEventCalled">Whether a DR event is called at any campus in the period, in the plan or the actual.</param>
public sealed record FleetPeriod(
    DateTimeOffset StartUtc, double PlanGridImportKw, double ActualGridImportKw, bool DrEventCalled);

/// <summary>The settled grid import of one campus, period by period, aligned with <see cref="SimulationSeries.Fleet"/>.</summary>
/// <param name="CampusId">The campus.</param>
/// <param name="ActualGridImportKw">Settled grid import in each period [kW].</param>
public sealed record CampusImportSeries(string CampusId, IReadOnlyList<double> ActualGridImportKw);

/// <summary>
/// The time series of a rolling simulation that its plots draw, built from the day results only: every day whose
/// plan and settlement both have a solution, concatenated in time order.
/// </summary>
public static class SimulationSeries
{
    /// <summary>The days with a plan and a settlement, in order.</summary>
    public static IReadOnlyList<DayResult> Settled(IReadOnlyList<DayResult> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return [.. days.Where(d => d.Plan.HasSolution && d.Actual.HasSolution).OrderBy(d => d.StartUtc)];
    }

    /// <summary>Fleet grid import per period over the settled days: plan and actual summed over campuses.</summary>
    public static IReadOnlyList<FleetPeriod> Fleet(IReadOnlyList<DayResult> days)
    {
        var periods = new List<FleetPeriod>();
        foreach (var day in Settled(days))
        {
            var plan = day.Plan.CampusPeriods.ToLookup(p => p.StartUtc);
            var actual = day.Actual.CampusPeriods.ToLookup(p => p.StartUtc);
            foreach (var start in plan.Select(g => g.Key).Union(actual.Select(g => g.Key)).Order())
            {
                periods.Add(new FleetPeriod(
                    start,
                    plan[start].Sum(p => p.GridImportKw),
                    actual[start].Sum(p => p.GridImportKw),
                    plan[start].Concat(actual[start]).Any(p => p.DrEventCalled)));
            }
        }

        return periods;
    }

    /// <summary>
    /// Settled grid import of each campus (in order of first appearance) over the periods of <see cref="Fleet"/>;
    /// 0 where a campus has no row.
    /// </summary>
    public static IReadOnlyList<CampusImportSeries> Campuses(IReadOnlyList<DayResult> days)
    {
        var settled = Settled(days);
        var rows = settled.SelectMany(d => d.Actual.CampusPeriods).ToArray();
        var byKey = rows.GroupBy(r => (r.CampusId, r.StartUtc)).ToDictionary(g => g.Key, g => g.Sum(r => r.GridImportKw));
        var starts = Fleet(settled).Select(p => p.StartUtc).ToArray();
        return
        [
            .. rows.Select(r => r.CampusId).Distinct().Select(campus => new CampusImportSeries(
                campus, [.. starts.Select(start => byKey.GetValueOrDefault((campus, start)))])),
        ];
    }

    /// <summary>Energy of a series of period averages [MWh] for periods of <paramref name="stepHours"/>.</summary>
    /// <param name="powerKw">Average power in each period [kW].</param>
    /// <param name="stepHours">Length of a period [h].</param>
    public static double EnergyMwh(IEnumerable<double> powerKw, double stepHours)
    {
        ArgumentNullException.ThrowIfNull(powerKw);
        return powerKw.Sum() * stepHours / 1000;
    }
}
