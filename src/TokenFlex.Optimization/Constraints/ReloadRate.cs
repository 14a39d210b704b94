using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(S4) Reconfiguration rate: GPUs (re)loaded with weights per period are limited.</summary>
public static class ReloadRate
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            var campus = sets.Campuses[c];
            if (campus.ReloadLimitGpusPerPeriod is not { } limit || sets.DeploymentsByCampus[c].Count == 0)
            {
                continue;
            }

            for (var t = 0; t < sets.CommitmentPeriodCount; t++)
            {
                var loaded = LinearExpr.NewBuilder(sets.DeploymentsByCampus[c].Count);
                foreach (var d in sets.DeploymentsByCampus[c])
                {
                    loaded.AddOptional(vars.Starts[d.Index, t], sets.Configs[d.Config].GpusPerInstance);
                }

                // (S4) Σ_k g_k·y^on[c,k,τ] ≤ R^max[c]   [GPU/commitment period]
                model.Add(loaded <= limit).WithName($"S4_ReloadRate[{campus.Id},{t}]");
            }
        }
    }
}
