using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Operations;

namespace TokenFlex.Reporting.Tests;

/// <summary>
/// A hand-made rolling simulation: two days from <see cref="Plans.Start"/>, two 12-hour periods a day, campuses
/// "north" and "south". Grid import [kW] per period (facility power is grid import + 1,000 kW in the plan and
/// + 2,000 kW in the actual):
/// <code>
///                  day 1 (07-15)       day 2 (07-16)
///                  00:00   12:00       00:00   12:00
/// plan   north      100     200         300       0
/// plan   south       50      10          20      30
/// actual north      110     190         280      20
/// actual south       60      40          25      35   (a DR event at south on 07-16 00:00, 20 kW delivered)
/// </code>
/// Costs [USD]: day 1 plan 1,000, actual 1,100; day 2 plan 2,000, actual 1,900 + 50 unserved penalty.
/// </summary>
internal static class Simulations
{
    public const double StepHours = 12;

    public static IReadOnlyList<DayResult> TwoDays() =>
    [
        new DayResult(
            0, Plans.Start,
            Result("day1-plan", 1000, 0, [("north", [100, 200], []), ("south", [50, 10], [])], 0),
            Result("day1-actual", 1100, 0, [("north", [110, 190], []), ("south", [60, 40], [])], 0)),
        new DayResult(
            1, Plans.Start.AddDays(1),
            Result("day2-plan", 2000, 0, [("north", [300, 0], []), ("south", [20, 30], [])], 0, dayIndex: 1),
            Result("day2-actual", 1900, 50, [("north", [280, 20], []), ("south", [25, 35], [0])], 2e6, dayIndex: 1)),
    ];

    /// <summary>A result with one row per campus and period; <c>events</c> lists the periods with a DR event.</summary>
    public static PlanResult Result(
        string strategy, double energyUsd, double unservedPenaltyUsd,
        (string Campus, double[] GridKw, int[] Events)[] campuses, double unservedTokens, int dayIndex = 0)
    {
        var actual = strategy.EndsWith("actual", StringComparison.Ordinal);
        var rows = campuses.SelectMany(c => c.GridKw.Select((kw, t) => new CampusPeriodResult
        {
            CampusId = c.Campus,
            Period = t,
            StartUtc = Plans.Start.AddDays(dayIndex).AddHours(StepHours * t),
            GridImportKw = kw,
            FacilityPowerKw = kw + (actual ? 2000 : 1000),
            DrEventCalled = c.Events.Contains(t),
            DrDeliveredKw = c.Events.Contains(t) ? 20 : 0,
        })).ToArray();
        return new PlanResult
        {
            ScenarioName = "hand",
            Strategy = strategy,
            Solve = new SolveSummary { Status = SolveStatus.Optimal, Solver = "Highs" },
            Costs = new CostBreakdown { EnergyUsd = energyUsd, UnservedPenaltyUsd = unservedPenaltyUsd },
            Kpis = new PlanKpis
            {
                GridEnergyMwh = rows.Sum(r => r.GridImportKw) * StepHours / 1000,
                DrDeliveredMwh = rows.Sum(r => r.DrDeliveredKw) * StepHours / 1000,
                UnservedTokens = unservedTokens,
            },
            CampusPeriods = rows,
        };
    }
}
