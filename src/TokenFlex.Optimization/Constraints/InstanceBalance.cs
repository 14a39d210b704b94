using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (S2) Instance balance n[t] = n[t−1] + y^on[t] − y^off[t]. With a free initial state the first
/// period has no row (its starts and stops are fixed at zero by their bounds).
/// </summary>
public static class InstanceBalance
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var d in sets.Deployments)
        {
            var key = Names.Deployment(sets, d);
            var free = vars.IsInitialStateFree(d);
            var initial = sets.Campuses[d.Campus].InitialInstances?
                .GetValueOrDefault(sets.Configs[d.Config].Id) ?? 0;
            for (var t = free ? 1 : 0; t < sets.PeriodCount; t++)
            {
                var change = LinearExpr.NewBuilder(4)
                    .AddTerm(vars.Instances[d.Index, t], 1.0)
                    .AddOptional(vars.Starts[d.Index, t], -1.0)
                    .AddOptional(vars.Stops[d.Index, t], 1.0);
                // (S2) n[c,k,t] − y^on[c,k,t] + y^off[c,k,t] = n[c,k,t−1]   [instances]
                var row = t == 0
                    ? model.Add(change == initial)
                    : model.Add(change.AddTerm(vars.Instances[d.Index, t - 1], -1.0) == 0.0);
                row.WithName($"S2_InstanceBalance[{key},{t}]");
            }
        }
    }
}
