using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>
/// Transfer cost of remote serving: Σ c^net[o,c]·(tokens on the path), one term per serving campus and period.
/// </summary>
public static class NetworkCost
{
    public static IReadOnlyList<CostTerm> Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var terms = new CostTermSet("network");
        var secondsPerPeriod = 3600.0 * sets.StepHours;
        foreach (var route in sets.Routes)
        {
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // c^net [USD/Mtok]·3600Δ [s]·x [Mtok/s] / 1000   [k$]
                var coefficient = route.TransferCostUsdPerMtok * secondsPerPeriod / 1000.0;
                terms.Add(route.Deployment.Campus, t, coefficient, v.TokenRateMtokPerS[route.Index, t]);
            }
        }

        return terms.Terms;
    }
}
