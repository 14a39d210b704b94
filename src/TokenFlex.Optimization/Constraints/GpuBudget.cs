using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(S1) GPU budget: running instances fit in the installed GPUs of each type, every commitment period.</summary>
public static class GpuBudget
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            var campus = sets.Campuses[c];
            foreach (var (gpuType, installed) in campus.GpuInventory.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var deployments = sets.DeploymentsByCampus[c].Where(d => sets.Configs[d.Config].GpuType == gpuType).ToArray();
                if (deployments.Length == 0)
                {
                    continue;
                }

                for (var tau = 0; tau < sets.CommitmentPeriodCount; tau++)
                {
                    var used = LinearExpr.NewBuilder(deployments.Length);
                    foreach (var d in deployments)
                    {
                        used.AddTerm(vars.Instances[d.Index, tau], sets.Configs[d.Config].GpusPerInstance);
                    }

                    // (S1) Σ_k g_k·n[c,k,τ] ≤ N^GPU[c]   [GPU]
                    model.Add(used <= installed).WithName($"S1_GpuBudget[{campus.Id},{gpuType},{tau}]");
                }
            }
        }
    }
}
