using TokenFlex.Core.Domain;

namespace TokenFlex.Optimization.Sets;

/// <summary>
/// Admissibility α_{r,o,c,k} (R5): same base model, precision allowed for the class, quality loss
/// within the class's hard cap, RTT + TTFT and TPOT within the class SLOs, a network path, and the
/// home campus only when routing is local.
/// </summary>
internal static class RouteRules
{
    public static Route[] Build(ModelSets sets)
    {
        var routes = new List<Route>();
        foreach (var key in sets.DemandKeys)
        {
            var workload = sets.Classes[key.Class];
            var origin = sets.Origins[key.Origin];
            foreach (var deployment in sets.Deployments)
            {
                var campus = sets.Campuses[deployment.Campus];
                var config = sets.Configs[deployment.Config];
                var path = PathTo(origin, campus.Id);
                var isRemote = campus.Id != origin.HomeCampusId;
                if (path is null || (isRemote && sets.Inputs.Restrictions.LocalRoutingOnly))
                {
                    continue;
                }

                var qualityLoss = QualityLossPercent(workload, config);
                if (!IsAdmissible(workload, config, qualityLoss, path.RttMs))
                {
                    continue;
                }

                routes.Add(new Route(routes.Count, key, deployment, qualityLoss, path.TransferCostUsdPerMtok, isRemote));
            }
        }

        return routes.ToArray();
    }

    /// <summary>δ_{r,k}: the configuration's quality loss scaled by the class's sensitivity [%].</summary>
    public static double QualityLossPercent(WorkloadClass workload, ServingConfiguration config) =>
        workload.QualityLossMultiplier * config.QualityLossPercent;

    /// <summary>The path from an origin to a campus; the home campus is reachable at 0 ms when not listed.</summary>
    public static NetworkPath? PathTo(DemandOrigin origin, string campusId)
    {
        var path = origin.Paths.FirstOrDefault(p => p.CampusId == campusId);
        if (path is null && origin.HomeCampusId == campusId)
        {
            return new NetworkPath { CampusId = campusId, RttMs = 0 };
        }

        return path;
    }

    /// <summary>Model, precision, hard quality cap and latency SLOs of a class on a configuration.</summary>
    public static bool IsAdmissible(WorkloadClass workload, ServingConfiguration config, double qualityLoss, double rttMs)
    {
        if (config.ModelId != workload.ModelId)
        {
            return false;
        }

        if (workload.AdmissiblePrecisions.Count > 0 && !workload.AdmissiblePrecisions.Contains(config.Precision))
        {
            return false;
        }

        if (workload.MaxQualityLossPercent is { } cap && qualityLoss > cap + 1e-9)
        {
            return false;
        }

        if (workload.TtftSloMs is { } ttft && rttMs + config.TtftMs > ttft + 1e-9)
        {
            return false;
        }

        return workload.TpotSloMs is not { } tpot || config.TpotMs <= tpot + 1e-9;
    }
}
