using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Objective;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(C1) Optional cap on the horizon's emissions from grid import and generators.</summary>
public static class CarbonCap
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        if (sets.Scenario.CarbonCapTonnes is not { } cap)
        {
            return;
        }

        var emissions = Emissions.Tonnes(sets, vars);
        // (C1) Σ_{c,t} Δ·(CI[c,t]·P^imp[c,t] + Σ_g EF_g·P[g,t]) ≤ CO₂-cap   [tCO₂]
        model.Add(emissions.ToExpr() <= cap).WithName("C1_CarbonCap");
    }
}
