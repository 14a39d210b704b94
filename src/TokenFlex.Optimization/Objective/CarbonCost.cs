using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>Carbon cost: π^CO₂ times the emissions of C1.</summary>
public static class CarbonCost
{
    public static CostTerm Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        // π [USD/t] · CO₂ [t] / 1000   [k$]
        var terms = new LinearTerms().Add(sets.Scenario.CarbonPriceUsdPerTonne / 1000.0, Emissions.Tonnes(sets, v));
        return new CostTerm("carbon", terms);
    }
}
