using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Results;

/// <summary>Headline KPIs of formulation d.2 from a solution.</summary>
internal static class KpiCalculator
{
    public static PlanKpis Compute(
        BuiltModel built,
        double[] values,
        DispatchVariables v,
        IReadOnlyList<CampusPeriodResult> campusPeriods,
        IReadOnlyList<InstanceResult> instances)
    {
        var sets = built.Sets;
        var dt = sets.StepHours;
        var seconds = 3600.0 * dt;
        var served = 0.0;
        var weightedLoss = new double[sets.Classes.Count];
        var classTokens = new double[sets.Classes.Count];
        foreach (var route in sets.Routes)
        {
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                var tokens = 1e6 * seconds * values[v.TokenRateMtokPerS[route.Index, t].Index];
                served += tokens;
                classTokens[route.Demand.Class] += tokens;
                weightedLoss[route.Demand.Class] += tokens * route.QualityLossPercent;
            }
        }

        var unserved = sets.DemandKeys.Sum(k => Enumerable.Range(0, sets.PeriodCount)
            .Sum(t => v.UnservedMtokPerS[k.Index, t] is { } u ? 1e6 * seconds * values[u.Index] : 0));
        return new PlanKpis
        {
            ServedTokens = served,
            DemandedTokens = DemandedTokens(sets, v.Realisation),
            UnservedTokens = unserved,
            GridEnergyMwh = campusPeriods.Sum(p => p.GridImportKw) * dt / 1000,
            FacilityEnergyMwh = campusPeriods.Sum(p => p.FacilityPowerKw) * dt / 1000,
            ItEnergyMwh = campusPeriods.Sum(p => p.ItPowerKw) * dt / 1000,
            EmissionsTonnesCo2 = campusPeriods.Sum(p => p.EmissionsTonnesCo2),
            DrCommittedMwh = campusPeriods.Sum(p => p.DrCommitmentKw) * dt / 1000,
            DrDeliveredMwh = campusPeriods.Sum(p => p.DrDeliveredKw) * dt / 1000,
            DrShortfallMwh = campusPeriods.Sum(p => p.DrShortfallKw) * dt / 1000,
            PeakImportKw = campusPeriods.Count == 0 ? 0 : campusPeriods.Max(p => p.GridImportKw),
            InstanceStarts = instances.Sum(i => i.Starts),
            GpuHoursByPrecision = instances.GroupBy(i => i.Precision)
                .ToDictionary(g => g.Key, g => g.Sum(i => (double)i.Gpus) * dt),
            AverageQualityLossPercentByClass = sets.Classes
                .Select((r, i) => (r.Id, Loss: classTokens[i] > 0 ? weightedLoss[i] / classTokens[i] : 0))
                .ToDictionary(p => p.Id, p => p.Loss),
        };
    }

    /// <summary>Total demand over the horizon: interactive demand plus deferrable arrivals and initial backlog [tokens].</summary>
    public static double DemandedTokens(ModelSets sets, Realisation realisation)
    {
        var seconds = 3600.0 * sets.StepHours;
        return sets.DemandKeys.Sum(k => realisation.DemandTokensPerSecond[k.Index].Sum() * seconds
            + (k.Kind == WorkloadKind.Deferrable ? k.Series.InitialBacklogTokens : 0));
    }
}
