using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (E1) IT power, the quantization-to-power model in the dispatch: static power of running instances,
/// load power of starts, and energy per token times the token rate (J/tok × Mtok/s = MW).
/// </summary>
public static class ItPower
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var v in vars.Dispatch)
        {
            for (var c = 0; c < sets.Campuses.Count; c++)
            {
                for (var t = 0; t < sets.PeriodCount; t++)
                {
                    var power = LinearExpr.NewBuilder();
                    power.AddTerm(v.ItPowerMw[c, t], 1.0);
                    foreach (var d in sets.DeploymentsByCampus[c])
                    {
                        var config = sets.Configs[d.Config];
                        var loadPowerMw = config.LoadPowerKw / 1000.0 * InstanceCapacity.LoadShare(sets, config.LoadTimeSeconds, t);
                        power.AddTerm(vars.InstancesAt(d, t), -config.StaticPowerKw / 1000.0);
                        power.AddOptional(vars.StartsAt(d, t), -loadPowerMw);
                        foreach (var route in sets.RoutesByDeployment[d.Index])
                        {
                            power.AddTerm(v.TokenRateMtokPerS[route.Index, t], -config.EnergyJPerToken);
                        }
                    }

                    // (E1) P^IT[c,t,s] = Σ_k (P⁰_k·n + p^load_k·y^on) + Σ e_k·x   [MW]
                    model.Add(power == 0.0).WithName($"E1_ItPower[{sets.Campuses[c].Id},{t}{sets.ScenarioKey(v.Realisation)}]");
                }
            }
        }
    }
}
