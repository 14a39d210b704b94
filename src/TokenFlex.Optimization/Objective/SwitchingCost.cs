using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>Instance switching: Σ c^SU_k·y^on + c^SD_k·y^off.</summary>
public static class SwitchingCost
{
    public static CostTerm Build(ModelSets sets, ModelVariables vars)
    {
        var terms = new LinearTerms();
        foreach (var d in sets.Deployments)
        {
            var config = sets.Configs[d.Config];
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // c^SU [USD]·y^on / 1000 + c^SD [USD]·y^off / 1000   [k$]
                terms.Add(config.StartCostUsd / 1000.0, vars.Starts[d.Index, t]);
                terms.Add(config.StopCostUsd / 1000.0, vars.Stops[d.Index, t]);
            }
        }

        return new CostTerm("switching", terms);
    }
}
