using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (S2) Instance balance n[τ] = n[τ−1] + y^on[τ] − y^off[τ] over commitment periods. The count before the
/// horizon is the campus's initial instances when given; otherwise the day is cyclic (n[−1] = n[T−1]), so
/// a plan can repeat day after day and pays for the starts it needs. Static fleets have no starts or stops.
/// </summary>
public static class InstanceBalance
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        var last = sets.CommitmentPeriodCount - 1;
        foreach (var d in sets.Deployments)
        {
            var key = Names.Deployment(sets, d);
            var start = vars.InitialState(d);
            var initial = sets.Campuses[d.Campus].InitialInstances?
                .GetValueOrDefault(sets.Configs[d.Config].Id) ?? 0;
            for (var tau = start == InstanceStart.Static ? 1 : 0; tau <= last; tau++)
            {
                var change = LinearExpr.NewBuilder(4)
                    .AddTerm(vars.Instances[d.Index, tau], 1.0)
                    .AddOptional(vars.Starts[d.Index, tau], -1.0)
                    .AddOptional(vars.Stops[d.Index, tau], 1.0);
                // (S2) n[c,k,τ] − y^on[c,k,τ] + y^off[c,k,τ] = n[c,k,τ−1], with n[c,k,−1] given or n[c,k,T−1]   [instances]
                var row = (tau, start) switch
                {
                    (0, InstanceStart.Given) => model.Add(change == initial),
                    (0, _) => model.Add(change.AddTerm(vars.Instances[d.Index, last], -1.0) == 0.0),
                    _ => model.Add(change.AddTerm(vars.Instances[d.Index, tau - 1], -1.0) == 0.0),
                };
                row.WithName($"S2_InstanceBalance[{key},{tau}]");
            }
        }
    }
}
