using Spectre.Console;
using TokenFlex.Optimization.Results;
using TokenFlex.Reporting.Tables;

namespace TokenFlex.Cli.Rendering;

/// <summary>
/// Spectre tables of plan results. The comparison of strategies is split in two: "Plans: costs (USD)" (total cost,
/// saving against B0, gross cost and every component) and "Plans: operations" (tokens, energy, emissions, peak, DR,
/// GPU-hours by precision, quality loss, starts, solve time and gap); the columns are those of the HTML report
/// (<see cref="ComparisonTable"/>).
/// </summary>
public static class ResultTables
{
    /// <summary>Title of the cost comparison.</summary>
    public const string CostsTitle = "Plans: costs (USD)";

    /// <summary>Title of the operations comparison.</summary>
    public const string OperationsTitle = "Plans: operations";

    /// <summary>One row per strategy: total cost, savings against B0 [%], gross cost and each component [USD].</summary>
    public static Table Costs(IReadOnlyList<PlanResult> results) =>
        TextTable.Create(CostsTitle, ComparisonTable.Costs(results), results)
            .Caption("[dim]Total = gross − DR revenue. Saving vs B0 = (C_B0 − C)/|C_B0| on total cost; gross saving "
                     + "likewise on gross cost. Wear: battery wear. An unserved-demand penalty is not a cost.[/]");

    /// <summary>One row per strategy: tokens, energy, emissions, peak, DR, GPU-hours, δ, starts, solve time, gap.</summary>
    public static Table Operations(IReadOnlyList<PlanResult> results) =>
        TextTable.Create(OperationsTitle, ComparisonTable.Operations(results), results)
            .Caption("[dim]δ: token-weighted average quality loss over all classes. GPU-h: GPU-hours of running "
                     + "instances by precision.[/]");

    /// <summary>Per-campus figures of one plan.</summary>
    public static Table Campuses(PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var stepHours = StepHours(result);
        var campuses = result.CampusPeriods.GroupBy(p => p.CampusId).ToArray();
        TextColumn<IGrouping<string, CampusPeriodResult>>[] columns =
        [
            new("Campus", c => c.Key),
            new("Grid MWh", c => TableText.Number(c.Sum(p => p.GridImportKw) * stepHours / 1000, "N1")),
            new("Peak kW", c => TableText.Number(c.Max(p => p.GridImportKw), "N0")),
            new("PV MWh", c => TableText.Number(c.Sum(p => p.PvKw) * stepHours / 1000, "N1")),
            new("Battery out MWh", c => TableText.Number(c.Sum(p => p.BatteryDischargeKw) * stepHours / 1000, "N2")),
            new("Gen MWh", c => TableText.Number(c.Sum(p => p.GeneratorKw) * stepHours / 1000, "N2")),
            new("DR kWh", c => TableText.Number(c.Sum(p => p.DrDeliveredKw) * stepHours, "N0")),
            new("tCO2", c => TableText.Number(c.Sum(p => p.EmissionsTonnesCo2), "N1")),
            new("Mean PUE", c => TableText.Number(c.Average(p => p.Pue), "F3")),
        ];
        return TextTable.Create($"Campuses, {result.Strategy}", columns, campuses);
    }

    /// <summary>Length of one period [h], from the first two period start times (1 h for a single period).</summary>
    private static double StepHours(PlanResult result)
    {
        var starts = result.CampusPeriods.Select(p => p.StartUtc).Distinct().Order().Take(2).ToArray();
        return starts.Length == 2 ? (starts[1] - starts[0]).TotalHours : 1;
    }
}
