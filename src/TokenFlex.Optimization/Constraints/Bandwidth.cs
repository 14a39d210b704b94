using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(R5) Bandwidth of remote paths: tokens served away from home fit in the path's bandwidth.</summary>
public static class Bandwidth
{
    /// <summary>Gbit/s per (Mtok/s · byte/token): 1e6 tok · 8 bit / 1e9.</summary>
    private const double GbpsPerMtokPerSecondPerByte = 8e-3;

    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        for (var o = 0; o < sets.Origins.Count; o++)
        {
            var origin = sets.Origins[o];
            foreach (var path in origin.Paths.Where(p => p.BandwidthGbps is not null && p.CampusId != origin.HomeCampusId))
            {
                var c = sets.CampusIndex(path.CampusId);
                var routes = sets.Routes.Where(r => r.Demand.Origin == o && r.Deployment.Campus == c).ToArray();
                if (routes.Length == 0)
                {
                    continue;
                }

                foreach (var v in vars.Dispatch)
                {
                    for (var t = 0; t < sets.PeriodCount; t++)
                    {
                        var traffic = LinearExpr.NewBuilder(routes.Length);
                        foreach (var route in routes)
                        {
                            var bytes = sets.Classes[route.Demand.Class].BytesPerToken;
                            traffic.AddTerm(v.TokenRateMtokPerS[route.Index, t], GbpsPerMtokPerSecondPerByte * bytes);
                        }

                        // (R5) Σ_{r,k} β_r·x[r,o,c,k,t,s] ≤ BW[o,c]   [Gbit/s]
                        model.Add(traffic <= path.BandwidthGbps!.Value)
                            .WithName($"R5_Bandwidth[{origin.Id},{path.CampusId},{t}{sets.ScenarioKey(v.Realisation)}]");
                    }
                }
            }
        }
    }
}
