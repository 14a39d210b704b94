using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>
/// Instance switching (stage 1): Σ c^SU_k·y^on + c^SD_k·y^off, one term per campus and commitment period,
/// attributed to the commitment period's first dispatch period.
/// </summary>
public static class SwitchingCost
{
    public static IReadOnlyList<CostTerm> Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var terms = new CostTermSet("switching");
        foreach (var d in sets.Deployments)
        {
            var config = sets.Configs[d.Config];
            for (var tau = 0; tau < sets.CommitmentPeriodCount; tau++)
            {
                // c^SU [USD]·y^on / 1000 + c^SD [USD]·y^off / 1000   [k$]
                var period = sets.FirstPeriodOf(tau);
                terms.Add(d.Campus, period, config.StartCostUsd / 1000.0, vars.Starts[d.Index, tau]);
                terms.Add(d.Campus, period, config.StopCostUsd / 1000.0, vars.Stops[d.Index, tau]);
            }
        }

        return terms.Terms;
    }
}
