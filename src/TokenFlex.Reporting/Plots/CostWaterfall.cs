using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Plots;

/// <summary>One bar of the cost waterfall [USD].</summary>
/// <param name="Label">Bar label, e.g. <c>B0</c> or <c>+ spatial routing</c>.</param>
/// <param name="StartUsd">Where the bar starts (0 for a total).</param>
/// <param name="EndUsd">Where it ends: the total cost after this step.</param>
/// <param name="IsTotal">True for the first and last bars, which show a strategy's total cost.</param>
public sealed record WaterfallStep(string Label, double StartUsd, double EndUsd, bool IsTotal)
{
    /// <summary>The change this bar shows (negative: the lever saves money) [USD].</summary>
    public double ChangeUsd => EndUsd - StartUsd;
}

/// <summary>
/// The total cost from B0 to P one lever at a time: B0's total, then the change that each of B1 (energy
/// management and DR), B2 (instance switching), B3 (spatial routing) and P (precision selection) adds to the
/// strategy before it, then P's total. Strategies without a plan are skipped and their lever joins the next step.
/// </summary>
public static class CostWaterfall
{
    /// <summary>The strategies of the chain after B0, with the lever each adds.</summary>
    public static IReadOnlyList<(string Strategy, string Lever)> Levers { get; } =
    [
        ("B1", "energy management & DR"),
        ("B2", "instance switching"),
        ("B3", "spatial routing"),
        ("P", "precision selection"),
    ];

    /// <summary>The bars, or none when B0 or P has no plan.</summary>
    /// <param name="results">Plans by strategy name (others are ignored).</param>
    public static IReadOnlyList<WaterfallStep> Steps(IReadOnlyList<PlanResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var solved = results.Where(r => r.HasSolution).GroupBy(r => r.Strategy, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Costs.TotalCostUsd, StringComparer.Ordinal);
        if (!solved.TryGetValue("B0", out var current) || !solved.ContainsKey("P"))
        {
            return [];
        }

        var steps = new List<WaterfallStep> { new("B0", 0, current, IsTotal: true) };
        var pending = new List<string>();
        foreach (var (strategy, lever) in Levers)
        {
            pending.Add(lever);
            if (!solved.TryGetValue(strategy, out var next))
            {
                continue;
            }

            steps.Add(new WaterfallStep("+ " + string.Join(" + ", pending), current, next, IsTotal: false));
            pending.Clear();
            current = next;
        }

        steps.Add(new WaterfallStep("P", 0, current, IsTotal: true));
        return steps;
    }
}
