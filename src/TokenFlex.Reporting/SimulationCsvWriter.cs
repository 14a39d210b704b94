using System.Globalization;
using System.Text;
using TokenFlex.Optimization.Results;
using TokenFlex.Scenarios.Operations;

namespace TokenFlex.Reporting;

/// <summary>
/// The tables of a rolling simulation in the CSV conventions of <see cref="CsvWriters"/> (RFC 4180, CRLF, invariant
/// numbers, RFC 3339 UTC times, empty cells where a value does not exist): <c>simulation.csv</c>, one row per day,
/// and <c>simulation-periods.csv</c>, one row per day × campus × period with the plan next to the settlement.
/// </summary>
public static class SimulationCsvWriter
{
    /// <summary>Name of the per-day table.</summary>
    public const string DaysFile = "simulation.csv";

    /// <summary>Name of the per-period table.</summary>
    public const string PeriodsFile = "simulation-periods.csv";

    private const string LineEnd = "\r\n";

    private static readonly (string Name, Func<DayResult, string> Value)[] DayColumns =
    [
        ("dayStartUtc", d => ReportFormat.Timestamp(d.StartUtc)),
        ("planCostUsd", d => ReportFormat.Number(d.Plan.Costs.ObjectiveUsd)),
        ("actualCostUsd", d => ReportFormat.Number(d.Actual.Costs.ObjectiveUsd)),
        ("planGridMwh", d => ReportFormat.Number(d.Plan.Kpis.GridEnergyMwh)),
        ("actualGridMwh", d => ReportFormat.Number(d.Actual.Kpis.GridEnergyMwh)),
        ("actualDrDeliveredMwh", d => ReportFormat.Number(d.Actual.Kpis.DrDeliveredMwh)),
        ("unservedTokens", d => ReportFormat.Number(d.Actual.Kpis.UnservedTokens)),
        ("status", d => ReportFormat.Status(d.Actual.Solve.Status)),
    ];

    private static readonly (string Name, Func<PeriodRow, string> Value)[] PeriodColumns =
    [
        ("dayStartUtc", r => ReportFormat.Timestamp(r.DayStartUtc)),
        ("campusId", r => r.CampusId),
        ("period", r => r.Period.ToString(CultureInfo.InvariantCulture)),
        ("startUtc", r => ReportFormat.Timestamp(r.StartUtc)),
        ("planGridImportKw", r => Number(r.Plan?.GridImportKw)),
        ("actualGridImportKw", r => Number(r.Actual?.GridImportKw)),
        ("planFacilityPowerKw", r => Number(r.Plan?.FacilityPowerKw)),
        ("actualFacilityPowerKw", r => Number(r.Actual?.FacilityPowerKw)),
        ("actualDrDeliveredKw", r => Number(r.Actual?.DrDeliveredKw)),
    ];

    /// <summary><c>simulation.csv</c>: per day, plan and actual cost and grid energy, DR delivered, unserved, status.</summary>
    /// <param name="days">The simulation's days, in the order to write.</param>
    public static string Days(IEnumerable<DayResult> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return Table(DayColumns, days);
    }

    /// <summary>
    /// <c>simulation-periods.csv</c>: per day, campus (in order of first appearance) and period, the plan's and the
    /// settlement's grid import and facility power and the DR reduction delivered [kW]. A side without a solution
    /// leaves its cells empty.
    /// </summary>
    /// <param name="days">The simulation's days, in the order to write.</param>
    public static string Periods(IEnumerable<DayResult> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return Table(PeriodColumns, days.SelectMany(PeriodRows));
    }

    private static IEnumerable<PeriodRow> PeriodRows(DayResult day)
    {
        var plan = Solved(day.Plan).ToDictionary(p => (p.CampusId, p.Period));
        var actual = Solved(day.Actual).ToDictionary(p => (p.CampusId, p.Period));
        var campuses = Solved(day.Actual).Concat(Solved(day.Plan)).Select(p => p.CampusId).Distinct().ToArray();
        foreach (var campus in campuses)
        {
            var periods = actual.Keys.Concat(plan.Keys).Where(k => k.CampusId == campus)
                .Select(k => k.Period).Distinct().Order();
            foreach (var period in periods)
            {
                var planned = plan.GetValueOrDefault((campus, period));
                var settled = actual.GetValueOrDefault((campus, period));
                yield return new PeriodRow(day.StartUtc, campus, period, (settled ?? planned)!.StartUtc, planned, settled);
            }
        }
    }

    private static IReadOnlyList<CampusPeriodResult> Solved(PlanResult result) => result.HasSolution ? result.CampusPeriods : [];

    private static string Number(double? value) => value is { } v ? ReportFormat.Number(v) : "";

    private static string Table<T>(IReadOnlyList<(string Name, Func<T, string> Value)> columns, IEnumerable<T> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(c => c.Name)).Append(LineEnd);
        foreach (var row in rows)
        {
            text.AppendJoin(',', columns.Select(c => CsvWriters.Escape(c.Value(row)))).Append(LineEnd);
        }

        return text.ToString();
    }

    /// <summary>One campus in one period of one day: the plan's row and the settlement's row (null where missing).</summary>
    private sealed record PeriodRow(
        DateTimeOffset DayStartUtc, string CampusId, int Period, DateTimeOffset StartUtc,
        CampusPeriodResult? Plan, CampusPeriodResult? Actual);
}
