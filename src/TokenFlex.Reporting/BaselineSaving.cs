using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting;

/// <summary>Cost saving of a strategy against the business-as-usual baseline (B0), from total operating cost.</summary>
public static class BaselineSaving
{
    /// <summary>The conventional name of the baseline strategy.</summary>
    public const string DefaultBaseline = "B0";

    /// <summary>
    /// (C_B0 − C_s) / |C_B0| from <see cref="CostBreakdown.TotalCostUsd"/>: positive when the strategy is
    /// cheaper [fraction]. Null when either plan has no solution or the baseline costs nothing.
    /// </summary>
    /// <param name="baseline">The baseline plan.</param>
    /// <param name="result">The plan to compare.</param>
    public static double? Fraction(PlanResult baseline, PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(result);
        if (!baseline.HasSolution || !result.HasSolution)
        {
            return null;
        }

        var baselineUsd = baseline.Costs.TotalCostUsd;
        var saving = (baselineUsd - result.Costs.TotalCostUsd) / Math.Abs(baselineUsd);
        return baselineUsd != 0 && double.IsFinite(saving) ? saving : null;
    }

    /// <summary>
    /// (G_B0 − G_s) / |G_B0| on <see cref="CostBreakdown.GrossCostUsd"/> (before DR revenue) [fraction]; null as
    /// for <see cref="Fraction"/>.
    /// </summary>
    /// <param name="baseline">The baseline plan.</param>
    /// <param name="result">The plan to compare.</param>
    public static double? GrossFraction(PlanResult baseline, PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(result);
        if (!baseline.HasSolution || !result.HasSolution)
        {
            return null;
        }

        var baselineUsd = baseline.Costs.GrossCostUsd;
        var saving = (baselineUsd - result.Costs.GrossCostUsd) / Math.Abs(baselineUsd);
        return baselineUsd != 0 && double.IsFinite(saving) ? saving : null;
    }

    /// <summary>
    /// The saving of every plan against the plan named <paramref name="baselineStrategy"/> (ordinal
    /// match), aligned with <paramref name="results"/>; all null when there is no such plan or no name.
    /// </summary>
    /// <param name="results">The plans.</param>
    /// <param name="baselineStrategy">Name of the baseline strategy, usually <see cref="DefaultBaseline"/>.</param>
    public static IReadOnlyList<double?> ForAll(IReadOnlyList<PlanResult> results, string? baselineStrategy)
    {
        ArgumentNullException.ThrowIfNull(results);
        var baseline = baselineStrategy is null
            ? null
            : results.FirstOrDefault(r => string.Equals(r.Strategy, baselineStrategy, StringComparison.Ordinal));
        return [.. results.Select(r => baseline is null ? null : Fraction(baseline, r))];
    }
}
