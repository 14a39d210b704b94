using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (S3) Minimum up and down times in aggregated-integer form over commitment periods. Rows are written
/// only where the minimum spans two periods or more; for one period S2 already says everything.
/// </summary>
public static class MinimumUpDown
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var d in sets.Deployments)
        {
            var config = sets.Configs[d.Config];
            var key = Names.Deployment(sets, d);
            var up = CommitmentPeriods(sets, config.MinUpHours);
            var down = CommitmentPeriods(sets, config.MinDownHours);
            for (var t = 0; t < sets.CommitmentPeriodCount; t++)
            {
                if (up >= 2)
                {
                    // (S3) Σ_{τ=t−T^up+1..t} y^on[c,k,τ] ≤ n[c,k,t]   [instances]
                    var recentStarts = Window(vars.Starts, d.Index, t, up);
                    model.Add(recentStarts - vars.Instances[d.Index, t] <= 0.0)
                        .WithName($"S3_MinUp[{key},{t}]");
                }

                if (down >= 2)
                {
                    // (S3) Σ_{τ=t−T^dn+1..t} y^off[c,k,τ] ≤ ⌊N/g_k⌋ − n[c,k,t]   [instances]
                    var recentStops = Window(vars.Stops, d.Index, t, down);
                    model.Add(recentStops + vars.Instances[d.Index, t] <= d.MaxInstances)
                        .WithName($"S3_MinDown[{key},{t}]");
                }
            }
        }
    }

    /// <summary>A duration in whole commitment periods, rounded up.</summary>
    public static int CommitmentPeriods(ModelSets sets, double hours)
    {
        var grid = sets.Scenario.TimeGrid;
        return hours <= 0 ? 0 : Math.Max(1, (int)Math.Ceiling(hours / (grid.StepHours * grid.PeriodsPerCommitment) - 1e-9));
    }

    private static LinearExprBuilder Window(Variable?[,] table, int row, int t, int length)
    {
        var sum = LinearExpr.NewBuilder(length);
        for (var tau = Math.Max(0, t - length + 1); tau <= t; tau++)
        {
            sum.AddOptional(table[row, tau], 1.0);
        }

        return sum;
    }
}
