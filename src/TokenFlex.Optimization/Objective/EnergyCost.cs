using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>Energy purchased from the grid: Σ Δ·λ[c,t,s]·P^imp[c,t,s], one term per campus and period.</summary>
public static class EnergyCost
{
    public static IReadOnlyList<CostTerm> Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var terms = new CostTermSet("energy");
        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            var prices = v.Realisation.PriceUsdPerMwh[c];
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // Δ [h] · λ [USD/MWh] · P^imp [MW] / 1000   [k$]
                terms.Add(c, t, sets.StepHours * prices[t] / 1000.0, v.GridImportMw[c, t]);
            }
        }

        return terms.Terms;
    }
}
