using Google.OrTools.ModelBuilder;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (R2) Batch (temporal) flexibility: the backlog carries deferrable work forward; arrivals of period τ
/// are served by the end of period τ + d_r; the backlog is empty at the end of the horizon unless it may be
/// handed to the next window (rolling horizon). Without
/// deferral (d = 0) work is served in the period it arrives. When unserved demand is allowed, work may also be
/// given up (u, priced in the objective) instead of missing its deadline.
/// </summary>
public static class DeferrableBacklog
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var v in vars.Dispatch)
        {
            foreach (var key in sets.DemandKeys.Where(k => k.Kind == WorkloadKind.Deferrable))
            {
                AddKey(model, sets, v, key);
            }
        }
    }

    private static void AddKey(Model model, ModelSets sets, DispatchVariables v, DemandKey key)
    {
        var secondsPerPeriod = 3600.0 * sets.StepHours;
        var name = Names.DemandKey(sets, key);
        var suffix = sets.ScenarioKey(v.Realisation);
        var deadline = DeadlinePeriods(sets, sets.Classes[key.Class]);
        var initialMtok = key.Series.InitialBacklogTokens / 1e6;
        var arrivalsMtok = v.Realisation.DemandTokensPerSecond[key.Index].Select(rate => rate / 1e6 * secondsPerPeriod).ToArray();
        for (var t = 0; t < sets.PeriodCount; t++)
        {
            var backlog = v.BacklogMtok[key.Index, t]!;
            var balance = LinearExpr.NewBuilder(sets.RoutesByDemand[key.Index].Count + 2);
            balance.AddTerm(backlog, 1.0);
            foreach (var route in sets.RoutesByDemand[key.Index])
            {
                balance.AddTerm(v.TokenRateMtokPerS[route.Index, t], secondsPerPeriod);
            }

            var previous = t == 0 ? initialMtok : 0.0;
            balance.AddOptional(t > 0 ? v.BacklogMtok[key.Index, t - 1] : null, -1.0);
            // Work given up at the unserved-demand price leaves the backlog (only with AllowUnserved).
            balance.AddOptional(v.UnservedMtokPerS[key.Index, t], secondsPerPeriod);
            // (R2) Q[r,o,t,s] + 3600Δ·(Σ x[r,o,c,k,t,s] + u[r,o,t,s]) − Q[r,o,t−1,s] = 3600Δ·A[r,o,t,s]   [Mtok]
            model.Add(balance == previous + arrivalsMtok[t]).WithName($"R2_Backlog[{name},{t}{suffix}]");
            // (R2) Q[r,o,t,s] ≤ Σ_{τ=t−d+1..t} 3600Δ·A[r,o,τ,s] (+ Q₀ while t < d), and 0 at the end   [Mtok]
            var open = OpenWork(arrivalsMtok, t, deadline) + (t < deadline ? initialMtok : 0.0);
            var limit = t == sets.PeriodCount - 1 && !sets.Inputs.Restrictions.AllowBacklogAtEnd ? 0.0 : open;
            model.Add(backlog <= limit).WithName($"R2_Deadline[{name},{t}{suffix}]");
        }
    }

    /// <summary>d_r in whole periods (rounded down, so the deadline is never exceeded); 0 without deferral.</summary>
    public static int DeadlinePeriods(ModelSets sets, WorkloadClass workload) =>
        sets.Inputs.Restrictions.AllowDeferral
            ? (int)Math.Floor(workload.DeadlineHours / sets.StepHours + 1e-9)
            : 0;

    private static double OpenWork(double[] arrivalsMtok, int t, int deadline)
    {
        var sum = 0.0;
        for (var tau = Math.Max(0, t - deadline + 1); tau <= t; tau++)
        {
            sum += arrivalsMtok[tau];
        }

        return sum;
    }
}
