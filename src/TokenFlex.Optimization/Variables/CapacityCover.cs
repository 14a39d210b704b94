using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Sets;

namespace TokenFlex.Optimization.Variables;

/// <summary>
/// A valid tightening of the instance counts (R3 with R1, rounded): interactive demand whose every admissible
/// route goes to one deployment must be served by that deployment, so in each period of a commitment period
/// ρ_k·Θ_k·n_{c,k,τ} ≥ ρ_k·Θ_k·(n − ℓ·y^on) ≥ Σ D, and because n is integer, n ≥ ⌈Σ D / (ρ_k·Θ_k)⌉. The
/// bound changes no integer solution; it closes the LP relaxation's fractional instances where the strategy
/// leaves demand a single choice (local 16-bit serving), which is where the LP bound is weakest. It is not
/// applied when unserved demand is allowed (the premise fails).
/// </summary>
public static class CapacityCover
{
    public static double LowerBound(ModelSets sets, Deployment d, int tau)
    {
        if (sets.Inputs.Restrictions.AllowUnserved || !sets.Inputs.Restrictions.CapacityCoverBounds)
        {
            return 0;
        }

        var captive = sets.DemandKeys
            .Where(k => k.Kind == WorkloadKind.Interactive && sets.RoutesByDemand[k.Index].Count > 0
                        && sets.RoutesByDemand[k.Index].All(r => r.Deployment.Index == d.Index))
            .ToArray();
        if (captive.Length == 0)
        {
            return 0;
        }

        var config = sets.Configs[d.Config];
        var capacity = config.SloHeadroomFraction * config.ThroughputTokensPerSecond;
        var peak = 0.0;
        for (var t = 0; t < sets.PeriodCount; t++)
        {
            if (sets.CommitmentPeriodOf(t) != tau)
            {
                continue;
            }

            foreach (var realisation in sets.Realisations)
            {
                peak = Math.Max(peak, captive.Sum(k => realisation.DemandTokensPerSecond[k.Index][t]));
            }
        }

        return Math.Ceiling(peak / capacity - 1e-9);
    }
}
