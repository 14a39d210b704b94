using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Objective;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(C1) Optional cap on the horizon's emissions from grid import and generators, in every realisation.</summary>
public static class CarbonCap
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        if (sets.Scenario.CarbonCapTonnes is not { } cap)
        {
            return;
        }

        foreach (var v in vars.Dispatch)
        {
            var emissions = Emissions.Tonnes(sets, v);
            var name = sets.IsStochastic ? $"C1_CarbonCap[{v.Realisation.Id}]" : "C1_CarbonCap";
            // (C1) Σ_{c,t} Δ·(CI[c,t,s]·P^imp[c,t,s] + Σ_g EF_g·P[g,t,s]) ≤ CO₂-cap   [tCO₂]
            model.Add(emissions.ToExpr() <= cap).WithName(name);
        }
    }
}
