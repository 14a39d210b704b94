using System.Globalization;
using TokenFlex.Scenarios.Operations;

namespace TokenFlex.Reporting.Tables;

/// <summary>One row of the plan-vs-actual table of a simulation: a day, or the total over all days.</summary>
/// <param name="Label">The day's UTC start date, or "total".</param>
/// <param name="PlanCostUsd">Objective of the day-ahead plan: total cost plus unserved penalty [USD].</param>
/// <param name="ActualCostUsd">Objective of the settlement on actual data [USD].</param>
/// <param name="PlanGridMwh">Grid energy of the plan [MWh].</param>
/// <param name="ActualGridMwh">Grid energy of the settlement [MWh].</param>
/// <param name="DrDeliveredMwh">DR reduction delivered in the settlement [MWh].</param>
/// <param name="UnservedTokens">Tokens left unserved in the settlement.</param>
/// <param name="Status">Solve status of the settlement; empty on the total.</param>
public sealed record SimulationRow(
    string Label, double PlanCostUsd, double ActualCostUsd, double PlanGridMwh, double ActualGridMwh,
    double DrDeliveredMwh, double UnservedTokens, string Status)
{
    /// <summary>Cost of the surprise: actual minus plan [USD].</summary>
    public double SurpriseUsd => ActualCostUsd - PlanCostUsd;
}

/// <summary>
/// The plan-vs-actual table of <c>tokenflex simulate</c>, shared by the terminal and <c>simulation.html</c>: one row
/// per day and a total.
/// </summary>
public static class SimulationTable
{
    /// <summary>Title of the table.</summary>
    public const string Title = "Plan vs actual";

    /// <summary>The columns: day, plan, actual and surprise cost, grid energy, DR delivered, unserved, status.</summary>
    public static IReadOnlyList<TextColumn<SimulationRow>> Columns { get; } =
    [
        new("Day", r => r.Label),
        new("Plan $", r => TableText.Number(r.PlanCostUsd, "N0")),
        new("Actual $", r => TableText.Number(r.ActualCostUsd, "N0")),
        new("Surprise $", r => TableText.Number(r.SurpriseUsd, "N0")),
        new("Grid MWh plan", r => TableText.Number(r.PlanGridMwh, "N1")),
        new("Grid MWh actual", r => TableText.Number(r.ActualGridMwh, "N1")),
        new("DR MWh", r => TableText.Number(r.DrDeliveredMwh, "N1")),
        new("Unserved Mtok", r => TableText.Number(r.UnservedTokens / 1e6, "N1")),
        new("Status", r => r.Status),
    ];

    /// <summary>One row per day, then the total.</summary>
    /// <param name="days">The simulation's days.</param>
    public static IReadOnlyList<SimulationRow> Rows(IReadOnlyList<DayResult> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return [.. days.Select(Day), Total(days)];
    }

    /// <summary>The sums over all days.</summary>
    /// <param name="days">The simulation's days.</param>
    public static SimulationRow Total(IReadOnlyList<DayResult> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var rows = days.Select(Day).ToArray();
        return new SimulationRow(
            "total", rows.Sum(r => r.PlanCostUsd), rows.Sum(r => r.ActualCostUsd), rows.Sum(r => r.PlanGridMwh),
            rows.Sum(r => r.ActualGridMwh), rows.Sum(r => r.DrDeliveredMwh), rows.Sum(r => r.UnservedTokens), "");
    }

    private static SimulationRow Day(DayResult day) => new(
        day.StartUtc.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        day.Plan.Costs.ObjectiveUsd, day.Actual.Costs.ObjectiveUsd, day.Plan.Kpis.GridEnergyMwh,
        day.Actual.Kpis.GridEnergyMwh, day.Actual.Kpis.DrDeliveredMwh, day.Actual.Kpis.UnservedTokens,
        day.Actual.Solve.Status.ToString());
}
