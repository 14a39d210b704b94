using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (R3) Instance capacity: tokens served by a configuration at a campus fit in ρ_k·Θ_k per running
/// instance, less the capacity that instances started in the commitment period lose while they load
/// (ℓ_k, spread over the dispatch periods the load time covers).
/// </summary>
public static class InstanceCapacity
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var v in vars.Dispatch)
        {
            var suffix = sets.ScenarioKey(v.Realisation);
            foreach (var d in sets.Deployments)
            {
                var config = sets.Configs[d.Config];
                var key = Names.Deployment(sets, d);
                var capacityMtokPerS = config.SloHeadroomFraction * config.ThroughputTokensPerSecond / 1e6;
                var routes = sets.RoutesByDeployment[d.Index];
                for (var t = 0; t < sets.PeriodCount; t++)
                {
                    var load = LinearExpr.NewBuilder(routes.Count + 2);
                    foreach (var route in routes)
                    {
                        load.AddTerm(v.TokenRateMtokPerS[route.Index, t], 1.0);
                    }

                    load.AddTerm(vars.InstancesAt(d, t), -capacityMtokPerS);
                    load.AddOptional(vars.StartsAt(d, t), capacityMtokPerS * LoadShare(sets, config.LoadTimeSeconds, t));
                    // (R3) Σ_{r,o} x[r,o,c,k,t,s] ≤ ρ_k·Θ_k·(n[c,k,τ(t)] − ℓ_k(t)·y^on[c,k,τ(t)])   [Mtok/s]
                    model.Add(load <= 0.0).WithName($"R3_Capacity[{key},{t}{suffix}]");
                }
            }
        }
    }

    /// <summary>
    /// ℓ_k(t): share of dispatch period t that an instance started at the beginning of t's commitment period
    /// still spends loading [fraction]: 1 while loading covers the whole period, then the remainder, then 0.
    /// </summary>
    public static double LoadShare(ModelSets sets, double loadTimeSeconds, int t)
    {
        var periodSeconds = 3600.0 * sets.StepHours;
        var elapsed = (t % sets.Scenario.TimeGrid.PeriodsPerCommitment) * periodSeconds;
        return Math.Clamp((loadTimeSeconds - elapsed) / periodSeconds, 0.0, 1.0);
    }
}
