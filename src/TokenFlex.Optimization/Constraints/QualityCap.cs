using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (R4) Precision selection is bounded by a cap on the token-weighted average quality loss of a
/// class in each period: Σ δ·x ≤ δ̄·Σ x over the class's served tokens.
/// </summary>
public static class QualityCap
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        for (var r = 0; r < sets.Classes.Count; r++)
        {
            var workload = sets.Classes[r];
            if (workload.MaxAverageQualityLossPercent is not { } cap)
            {
                continue;
            }

            var routes = sets.Routes.Where(route => route.Demand.Class == r && route.QualityLossPercent > cap).ToArray();
            if (routes.Length == 0)
            {
                continue;
            }

            var allRoutes = sets.Routes.Where(route => route.Demand.Class == r).ToArray();
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                var excess = LinearExpr.NewBuilder(allRoutes.Length);
                foreach (var route in allRoutes)
                {
                    excess.AddTerm(vars.TokenRateMtokPerS[route.Index, t], route.QualityLossPercent - cap);
                }

                // (R4) Σ_{o,c,k} (δ[r,k] − δ̄[r])·x[r,o,c,k,t] ≤ 0   [%·Mtok/s]
                model.Add(excess <= 0.0).WithName($"R4_QualityCap[{workload.Id},{t}]");
            }
        }
    }
}
