using Google.OrTools.ModelBuilder;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(R1) No curtailment: interactive demand of each (class, origin) is served in full every period, in every realisation.</summary>
public static class InteractiveDemand
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var v in vars.Dispatch)
        {
            var suffix = sets.ScenarioKey(v.Realisation);
            foreach (var key in sets.DemandKeys.Where(k => k.Kind == WorkloadKind.Interactive))
            {
                var name = Names.DemandKey(sets, key);
                var routes = sets.RoutesByDemand[key.Index];
                var demand = v.Realisation.DemandTokensPerSecond[key.Index];
                for (var t = 0; t < sets.PeriodCount; t++)
                {
                    var served = LinearExpr.NewBuilder(routes.Count + 1);
                    foreach (var route in routes)
                    {
                        served.AddTerm(v.TokenRateMtokPerS[route.Index, t], 1.0);
                    }

                    served.AddOptional(v.UnservedMtokPerS[key.Index, t], 1.0);
                    // (R1) Σ_{c,k} x[r,o,c,k,t,s] (+ u[r,o,t,s]) = D[r,o,t,s]   [Mtok/s]
                    model.Add(served == demand[t] / 1e6).WithName($"R1_Demand[{name},{t}{suffix}]");
                }
            }
        }
    }
}
