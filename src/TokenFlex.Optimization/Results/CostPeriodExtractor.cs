namespace TokenFlex.Optimization.Results;

/// <summary>
/// The cost terms of one realisation evaluated per campus, period and component [USD], in the units and signs
/// of <see cref="CostBreakdown"/>, so that a component's rows add up to the breakdown's value. Rows are non-zero
/// and ordered by campus (campus-less rows last), period (a campus's horizon rows after its periods), then
/// component in objective order.
/// </summary>
internal static class CostPeriodExtractor
{
    /// <summary>The components in objective order, as in <c>costs.csv</c>.</summary>
    private static readonly string[] Components =
    [
        "energy", "demandCharge", "carbon", "fuel", "batteryWear", "switching", "qos", "network",
        "drCapacityRevenue", "drEnergyRevenue", "drPenalty", "unservedPenalty",
    ];

    /// <summary>Components that enter the objective as negative costs and are reported positive.</summary>
    private static readonly HashSet<string> Revenues = ["drCapacityRevenue", "drEnergyRevenue"];

    /// <summary>The rows of one realisation: 1000 × each (campus, period, component) term at the solution.</summary>
    public static IReadOnlyList<CostPeriodResult> Extract(BuiltModel built, RealisationCosts costs, double[] values)
    {
        var sets = built.Sets;
        var rows = costs.Terms
            .GroupBy(term => (term.Campus, term.Period, term.Name))
            .Select(g => new CostPeriodResult(
                g.Key.Campus is { } c ? sets.Campuses[c].Id : null,
                g.Key.Period,
                g.Key.Period is { } t ? sets.Scenario.TimeGrid.PeriodStartUtc(t) : null,
                g.Key.Name,
                Usd(g.Key.Name, 1000.0 * g.Sum(term => term.Terms.Evaluate(values)))));
        return Ordered(built, rows);
    }

    /// <summary>Probability-weighted expectation of the scenarios' rows, by campus, period and component.</summary>
    public static IReadOnlyList<CostPeriodResult> Expectation(BuiltModel built, IReadOnlyList<ScenarioOutcome> outcomes)
    {
        var rows = outcomes
            .SelectMany(o => o.Result.CostPeriods.Select(row => (o.Probability, Row: row)))
            .GroupBy(p => (p.Row.CampusId, p.Row.Period, p.Row.Component))
            .Select(g => g.First().Row with { Usd = g.Sum(p => p.Probability * p.Row.Usd) });
        return Ordered(built, rows);
    }

    private static CostPeriodResult[] Ordered(BuiltModel built, IEnumerable<CostPeriodResult> rows) =>
        rows.Where(row => row.Usd != 0)
            .OrderBy(row => row.CampusId is { } id ? built.Sets.CampusIndex(id) : int.MaxValue)
            .ThenBy(row => row.Period ?? int.MaxValue)
            .ThenBy(row => Array.IndexOf(Components, row.Component) is var i and >= 0 ? i : int.MaxValue)
            .ToArray();

    /// <summary>A revenue term reported positive, as in <see cref="CostBreakdown"/>; others as they are.</summary>
    private static double Usd(string name, double costUsd) =>
        Revenues.Contains(name) ? ResultExtractor.Revenue(costUsd) : costUsd;
}
