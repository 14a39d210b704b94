using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>Instance switching (stage 1): Σ c^SU_k·y^on + c^SD_k·y^off.</summary>
public static class SwitchingCost
{
    public static CostTerm Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var terms = new LinearTerms();
        foreach (var d in sets.Deployments)
        {
            var config = sets.Configs[d.Config];
            for (var tau = 0; tau < sets.CommitmentPeriodCount; tau++)
            {
                // c^SU [USD]·y^on / 1000 + c^SD [USD]·y^off / 1000   [k$]
                terms.Add(config.StartCostUsd / 1000.0, vars.Starts[d.Index, tau]);
                terms.Add(config.StopCostUsd / 1000.0, vars.Stops[d.Index, tau]);
            }
        }

        return new CostTerm("switching", terms);
    }
}
