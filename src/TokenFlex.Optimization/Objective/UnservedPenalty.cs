using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>
/// Penalty on unserved tokens, interactive (R1) and deferrable work given up (R2) (robustness variant, off by
/// default), one term per period: the tokens belong to an origin, not to a campus.
/// </summary>
public static class UnservedPenalty
{
    public static IReadOnlyList<CostTerm> Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var terms = new CostTermSet("unservedPenalty");
        var secondsPerPeriod = 3600.0 * sets.StepHours;
        var price = sets.Inputs.Restrictions.UnservedPenaltyUsdPerMtok;
        foreach (var key in sets.DemandKeys)
        {
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // penalty [USD/Mtok]·3600Δ [s]·u [Mtok/s] / 1000   [k$]
                terms.Add(null, t, price * secondsPerPeriod / 1000.0, v.UnservedMtokPerS[key.Index, t]);
            }
        }

        return terms.Terms;
    }
}
