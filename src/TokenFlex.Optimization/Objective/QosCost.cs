using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>
/// Quality-of-service degradation: Σ ψ_r·δ[r,k]·(tokens served on k), one term per serving campus and period.
/// </summary>
public static class QosCost
{
    public static IReadOnlyList<CostTerm> Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var terms = new CostTermSet("qos");
        var secondsPerPeriod = 3600.0 * sets.StepHours;
        foreach (var route in sets.Routes)
        {
            var price = sets.Classes[route.Demand.Class].QosPriceUsdPerMtokPercent;
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // ψ [USD/(Mtok·%)]·δ [%]·3600Δ [s]·x [Mtok/s] / 1000   [k$]
                var coefficient = price * route.QualityLossPercent * secondsPerPeriod / 1000.0;
                terms.Add(route.Deployment.Campus, t, coefficient, v.TokenRateMtokPerS[route.Index, t]);
            }
        }

        return terms.Terms;
    }
}
