using Google.OrTools.ModelBuilder;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (S5) Availability: each base model with interactive demand in a commitment period (in any realisation)
/// has an instance somewhere.
/// </summary>
public static class ModelAvailability
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        var models = sets.Deployments.Select(d => sets.Configs[d.Config].ModelId).Distinct().Order(StringComparer.Ordinal);
        foreach (var modelId in models)
        {
            var keys = sets.DemandKeys
                .Where(k => k.Kind == WorkloadKind.Interactive && sets.Classes[k.Class].ModelId == modelId)
                .ToArray();
            var deployments = sets.Deployments.Where(d => sets.Configs[d.Config].ModelId == modelId).ToArray();
            for (var tau = 0; tau < sets.CommitmentPeriodCount; tau++)
            {
                if (!HasDemand(sets, keys, tau))
                {
                    continue;
                }

                var running = LinearExpr.NewBuilder(deployments.Length);
                foreach (var d in deployments)
                {
                    running.AddTerm(vars.Instances[d.Index, tau], 1.0);
                }

                // (S5) Σ_c Σ_{k∈K(m)} n[c,k,τ] ≥ 1   [instances]
                model.Add(running >= 1.0).WithName($"S5_Availability[{modelId},{tau}]");
            }
        }
    }

    private static bool HasDemand(ModelSets sets, DemandKey[] keys, int tau) =>
        Enumerable.Range(0, sets.PeriodCount).Where(t => sets.CommitmentPeriodOf(t) == tau)
            .Any(t => keys.Any(k => sets.Realisations.Any(r => r.DemandTokensPerSecond[k.Index][t] > 0)));
}
