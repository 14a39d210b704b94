using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>
/// Demand charge on the horizon's peak import: Σ λ^dem[c]·P^peak[c,s], one term per campus (no period).
/// </summary>
public static class DemandCharge
{
    public static IReadOnlyList<CostTerm> Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var terms = new CostTermSet("demandCharge");
        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            // λ^dem [USD/kW] · 1000 [kW/MW] · P^peak [MW] / 1000   [k$]
            terms.Add(c, null, sets.Campuses[c].DemandChargeUsdPerKw, v.PeakImportMw[c]);
        }

        return terms.Terms;
    }
}
