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

            var classRoutes = sets.Routes.Where(route => route.Demand.Class == r).ToArray();
            if (!classRoutes.Any(route => route.QualityLossPercent > cap))
            {
                continue;
            }

            foreach (var v in vars.Dispatch)
            {
                for (var t = 0; t < sets.PeriodCount; t++)
                {
                    var excess = LinearExpr.NewBuilder(classRoutes.Length);
                    foreach (var route in classRoutes)
                    {
                        excess.AddTerm(v.TokenRateMtokPerS[route.Index, t], route.QualityLossPercent - cap);
                    }

                    // (R4) Σ_{o,c,k} (δ[r,k] − δ̄[r])·x[r,o,c,k,t,s] ≤ 0   [%·Mtok/s]
                    model.Add(excess <= 0.0).WithName($"R4_QualityCap[{workload.Id},{t}{sets.ScenarioKey(v.Realisation)}]");
                }
            }
        }
    }
}
