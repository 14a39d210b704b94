namespace TokenFlex.Optimization.Results;

/// <summary>Probability-weighted expectations of per-scenario results (a stochastic plan's headline figures).</summary>
internal static class Expectation
{
    public static PlanResult Combine(IReadOnlyList<ScenarioOutcome> outcomes, string strategy, SolveSummary summary)
    {
        var first = outcomes[0].Result;
        return new PlanResult
        {
            ScenarioName = first.ScenarioName,
            Strategy = strategy,
            Solve = summary,
            Costs = Costs(outcomes),
            Kpis = Kpis(outcomes),
            CampusPeriods = CampusPeriods(outcomes),
            Instances = first.Instances,
            TokenFlows = outcomes.SelectMany(o => o.Result.TokenFlows.Select(f => (o.Probability, f)))
                .GroupBy(p => (p.f.ClassId, p.f.OriginId, p.f.CampusId, p.f.ConfigurationId, p.f.Period))
                .Select(g => new TokenFlowResult(g.Key.ClassId, g.Key.OriginId, g.Key.CampusId, g.Key.ConfigurationId,
                    g.Key.Period, g.Sum(p => p.Probability * p.f.TokensPerSecond)))
                .ToArray(),
            Backlogs = outcomes.SelectMany(o => o.Result.Backlogs.Select(b => (o.Probability, b)))
                .GroupBy(p => (p.b.ClassId, p.b.OriginId, p.b.Period))
                .Select(g => new BacklogResult(g.Key.ClassId, g.Key.OriginId, g.Key.Period, g.Sum(p => p.Probability * p.b.BacklogTokens)))
                .ToArray(),
            Scenarios = outcomes,
        };
    }

    private static double E(IReadOnlyList<ScenarioOutcome> outcomes, Func<PlanResult, double> value) =>
        outcomes.Sum(o => o.Probability * value(o.Result));

    private static CostBreakdown Costs(IReadOnlyList<ScenarioOutcome> o) => new()
    {
        EnergyUsd = E(o, r => r.Costs.EnergyUsd),
        DemandChargeUsd = E(o, r => r.Costs.DemandChargeUsd),
        CarbonUsd = E(o, r => r.Costs.CarbonUsd),
        FuelUsd = E(o, r => r.Costs.FuelUsd),
        BatteryWearUsd = E(o, r => r.Costs.BatteryWearUsd),
        SwitchingUsd = E(o, r => r.Costs.SwitchingUsd),
        QosUsd = E(o, r => r.Costs.QosUsd),
        NetworkUsd = E(o, r => r.Costs.NetworkUsd),
        DrCapacityRevenueUsd = E(o, r => r.Costs.DrCapacityRevenueUsd),
        DrEnergyRevenueUsd = E(o, r => r.Costs.DrEnergyRevenueUsd),
        DrPenaltyUsd = E(o, r => r.Costs.DrPenaltyUsd),
        UnservedPenaltyUsd = E(o, r => r.Costs.UnservedPenaltyUsd),
    };

    private static PlanKpis Kpis(IReadOnlyList<ScenarioOutcome> o) => new()
    {
        ServedTokens = E(o, r => r.Kpis.ServedTokens),
        DemandedTokens = E(o, r => r.Kpis.DemandedTokens),
        UnservedTokens = E(o, r => r.Kpis.UnservedTokens),
        GridEnergyMwh = E(o, r => r.Kpis.GridEnergyMwh),
        FacilityEnergyMwh = E(o, r => r.Kpis.FacilityEnergyMwh),
        ItEnergyMwh = E(o, r => r.Kpis.ItEnergyMwh),
        EmissionsTonnesCo2 = E(o, r => r.Kpis.EmissionsTonnesCo2),
        DrCommittedMwh = E(o, r => r.Kpis.DrCommittedMwh),
        DrDeliveredMwh = E(o, r => r.Kpis.DrDeliveredMwh),
        DrShortfallMwh = E(o, r => r.Kpis.DrShortfallMwh),
        PeakImportKw = o.Max(x => x.Result.Kpis.PeakImportKw),
        InstanceStarts = o[0].Result.Kpis.InstanceStarts,
        GpuHoursByPrecision = o[0].Result.Kpis.GpuHoursByPrecision,
        AverageQualityLossPercentByClass = o[0].Result.Kpis.AverageQualityLossPercentByClass.Keys
            .ToDictionary(k => k, k => E(o, r => r.Kpis.AverageQualityLossPercentByClass[k])),
    };

    private static IReadOnlyList<CampusPeriodResult> CampusPeriods(IReadOnlyList<ScenarioOutcome> o) =>
        o[0].Result.CampusPeriods.Select((p, i) => p with
        {
            ItPowerKw = E(o, r => r.CampusPeriods[i].ItPowerKw),
            FacilityPowerKw = E(o, r => r.CampusPeriods[i].FacilityPowerKw),
            GridImportKw = E(o, r => r.CampusPeriods[i].GridImportKw),
            PvKw = E(o, r => r.CampusPeriods[i].PvKw),
            PvAvailableKw = E(o, r => r.CampusPeriods[i].PvAvailableKw),
            BatteryChargeKw = E(o, r => r.CampusPeriods[i].BatteryChargeKw),
            BatteryDischargeKw = E(o, r => r.CampusPeriods[i].BatteryDischargeKw),
            BatteryEnergyKwh = E(o, r => r.CampusPeriods[i].BatteryEnergyKwh),
            GeneratorKw = E(o, r => r.CampusPeriods[i].GeneratorKw),
            DrDeliveredKw = E(o, r => r.CampusPeriods[i].DrDeliveredKw),
            DrShortfallKw = E(o, r => r.CampusPeriods[i].DrShortfallKw),
            DrEventCalled = o.Any(r => r.Result.CampusPeriods[i].DrEventCalled),
            PriceUsdPerMwh = E(o, r => r.CampusPeriods[i].PriceUsdPerMwh),
            CarbonGPerKwh = E(o, r => r.CampusPeriods[i].CarbonGPerKwh),
            EmissionsTonnesCo2 = E(o, r => r.CampusPeriods[i].EmissionsTonnesCo2),
            ServedTokensPerSecond = E(o, r => r.CampusPeriods[i].ServedTokensPerSecond),
        }).ToArray();
}
