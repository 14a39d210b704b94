using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>Transfer cost of remote serving: Σ c^net[o,c]·(tokens on the path).</summary>
public static class NetworkCost
{
    public static CostTerm Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var terms = new LinearTerms();
        var secondsPerPeriod = 3600.0 * sets.StepHours;
        foreach (var route in sets.Routes)
        {
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // c^net [USD/Mtok]·3600Δ [s]·x [Mtok/s] / 1000   [k$]
                terms.Add(route.TransferCostUsdPerMtok * secondsPerPeriod / 1000.0, v.TokenRateMtokPerS[route.Index, t]);
            }
        }

        return new CostTerm("network", terms);
    }
}
