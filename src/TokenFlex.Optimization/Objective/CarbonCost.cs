using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>Carbon cost: π^CO₂ times the emissions of C1, one term per campus and period.</summary>
public static class CarbonCost
{
    public static IReadOnlyList<CostTerm> Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var terms = new CostTermSet("carbon");
        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            var tonnes = Emissions.CampusTonnesByPeriod(sets, v, c);
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // π [USD/t] · CO₂ [t] / 1000   [k$]
                terms.Add(c, t, sets.Scenario.CarbonPriceUsdPerTonne / 1000.0, tonnes[t]);
            }
        }

        return terms.Terms;
    }
}
