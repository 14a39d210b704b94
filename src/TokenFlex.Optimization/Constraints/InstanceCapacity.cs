using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (R3) Instance capacity: tokens served by a configuration at a campus fit in ρ_k·Θ_k per running
/// instance, less the capacity that instances started this period lose while they load (ℓ_k).
/// </summary>
public static class InstanceCapacity
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var d in sets.Deployments)
        {
            var config = sets.Configs[d.Config];
            var key = Names.Deployment(sets, d);
            var capacityMtokPerS = config.SloHeadroomFraction * config.ThroughputTokensPerSecond / 1e6;
            var loadShare = LoadShare(sets, config.LoadTimeSeconds);
            var routes = sets.RoutesByDeployment[d.Index];
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                var load = LinearExpr.NewBuilder(routes.Count + 2);
                foreach (var route in routes)
                {
                    load.AddTerm(vars.TokenRateMtokPerS[route.Index, t], 1.0);
                }

                load.AddTerm(vars.Instances[d.Index, t], -capacityMtokPerS);
                load.AddOptional(vars.Starts[d.Index, t], capacityMtokPerS * loadShare);
                // (R3) Σ_{r,o} x[r,o,c,k,t] ≤ ρ_k·Θ_k·(n[c,k,t] − ℓ_k·y^on[c,k,t])   [Mtok/s]
                model.Add(load <= 0.0).WithName($"R3_Capacity[{key},{t}]");
            }
        }
    }

    /// <summary>ℓ_k: share of a period an instance started in it spends loading [fraction].</summary>
    public static double LoadShare(ModelSets sets, double loadTimeSeconds) =>
        Math.Min(1.0, loadTimeSeconds / (3600.0 * sets.StepHours));
}
