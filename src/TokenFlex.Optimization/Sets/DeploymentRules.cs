namespace TokenFlex.Optimization.Sets;

/// <summary>Which configurations can run where: the (c, k) pairs that get instance variables.</summary>
internal static class DeploymentRules
{
    public static Deployment[] Build(ModelSets sets)
    {
        var restrictions = sets.Inputs.Restrictions;
        var demandedModels = sets.Scenario.Demand
            .Select(d => sets.Classes.First(r => r.Id == d.ClassId).ModelId)
            .ToHashSet();
        var deployments = new List<Deployment>();
        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            var campus = sets.Campuses[c];
            for (var k = 0; k < sets.Configs.Count; k++)
            {
                var config = sets.Configs[k];
                if (!demandedModels.Contains(config.ModelId)
                    || !campus.GpuInventory.TryGetValue(config.GpuType, out var gpus)
                    || gpus < config.GpusPerInstance)
                {
                    continue;
                }

                if (restrictions.AllowedPrecisions is { } allowed && !allowed.Contains(config.Precision))
                {
                    continue;
                }

                if (restrictions.FixedInstances is { } fixedCounts
                    && fixedCounts.GetValueOrDefault((campus.Id, config.Id)) <= 0)
                {
                    continue;
                }

                deployments.Add(new Deployment(deployments.Count, c, k, gpus / config.GpusPerInstance));
            }
        }

        return deployments.ToArray();
    }
}
