using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting;

/// <summary>Quality-loss figures of a plan derived from its result records.</summary>
public static class QualityLoss
{
    /// <summary>
    /// Token-weighted average quality loss δ over all classes [%]: the per-class averages of
    /// <see cref="PlanKpis.AverageQualityLossPercentByClass"/> weighted by the tokens each class was served
    /// (the sum of its token flows; every period has the same length). Null without a solution or tokens.
    /// </summary>
    /// <param name="result">The plan.</param>
    public static double? TokenWeightedPercent(PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.HasSolution)
        {
            return null;
        }

        var tokensByClass = result.TokenFlows.GroupBy(f => f.ClassId)
            .ToDictionary(g => g.Key, g => g.Sum(f => f.TokensPerSecond), StringComparer.Ordinal);
        double weighted = 0, total = 0;
        foreach (var (classId, percent) in result.Kpis.AverageQualityLossPercentByClass)
        {
            var tokens = tokensByClass.GetValueOrDefault(classId);
            weighted += tokens * percent;
            total += tokens;
        }

        return total > 0 ? weighted / total : null;
    }
}
