using Google.OrTools.ModelBuilder;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(R1) No curtailment: interactive demand of each (class, origin) is served in full every period.</summary>
public static class InteractiveDemand
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var key in sets.DemandKeys.Where(k => k.Kind == WorkloadKind.Interactive))
        {
            var name = Names.DemandKey(sets, key);
            var routes = sets.RoutesByDemand[key.Index];
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                var served = LinearExpr.NewBuilder(routes.Count + 1);
                foreach (var route in routes)
                {
                    served.AddTerm(vars.TokenRateMtokPerS[route.Index, t], 1.0);
                }

                if (vars.UnservedMtokPerS[key.Index, t] is { } unserved)
                {
                    served.AddTerm(unserved, 1.0);
                }

                // (R1) Σ_{c,k} x[r,o,c,k,t] (+ u[r,o,t]) = D[r,o,t]   [Mtok/s]
                model.Add(served == key.Series.TokensPerSecond[t] / 1e6).WithName($"R1_Demand[{name},{t}]");
            }
        }
    }
}
