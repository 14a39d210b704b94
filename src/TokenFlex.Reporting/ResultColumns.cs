using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting;

/// <summary>
/// The columns of each schedule, defined once for <c>*.csv</c> and <c>plan.json</c>. Names are the
/// record's property names in camelCase, so they carry the unit suffix (<c>gridImportKw</c>).
/// </summary>
internal static class ResultColumns
{
    public static IReadOnlyList<Field<CampusPeriodResult>> CampusPeriods { get; } =
    [
        new("campusId", r => FieldValue.Of(r.CampusId)),
        new("period", r => FieldValue.Of(r.Period)),
        new("startUtc", r => FieldValue.Of(r.StartUtc)),
        new("itPowerKw", r => FieldValue.Of(r.ItPowerKw)),
        new("facilityPowerKw", r => FieldValue.Of(r.FacilityPowerKw)),
        new("pue", r => FieldValue.Of(r.Pue)),
        new("gridImportKw", r => FieldValue.Of(r.GridImportKw)),
        new("pvKw", r => FieldValue.Of(r.PvKw)),
        new("pvAvailableKw", r => FieldValue.Of(r.PvAvailableKw)),
        new("batteryChargeKw", r => FieldValue.Of(r.BatteryChargeKw)),
        new("batteryDischargeKw", r => FieldValue.Of(r.BatteryDischargeKw)),
        new("batteryEnergyKwh", r => FieldValue.Of(r.BatteryEnergyKwh)),
        new("generatorKw", r => FieldValue.Of(r.GeneratorKw)),
        new("drCommitmentKw", r => FieldValue.Of(r.DrCommitmentKw)),
        new("drBaselineKw", r => FieldValue.Of(r.DrBaselineKw)),
        new("drDeliveredKw", r => FieldValue.Of(r.DrDeliveredKw)),
        new("drShortfallKw", r => FieldValue.Of(r.DrShortfallKw)),
        new("drEventCalled", r => FieldValue.Of(r.DrEventCalled)),
        new("priceUsdPerMwh", r => FieldValue.Of(r.PriceUsdPerMwh)),
        new("carbonGPerKwh", r => FieldValue.Of(r.CarbonGPerKwh)),
        new("emissionsTonnesCo2", r => FieldValue.Of(r.EmissionsTonnesCo2)),
        new("servedTokensPerSecond", r => FieldValue.Of(r.ServedTokensPerSecond)),
    ];

    public static IReadOnlyList<Field<InstanceResult>> Instances { get; } =
    [
        new("campusId", r => FieldValue.Of(r.CampusId)),
        new("configurationId", r => FieldValue.Of(r.ConfigurationId)),
        new("precision", r => FieldValue.Of(r.Precision)),
        new("period", r => FieldValue.Of(r.Period)),
        new("instances", r => FieldValue.Of(r.Instances)),
        new("starts", r => FieldValue.Of(r.Starts)),
        new("stops", r => FieldValue.Of(r.Stops)),
        new("gpus", r => FieldValue.Of(r.Gpus)),
    ];

    public static IReadOnlyList<Field<TokenFlowResult>> TokenFlows { get; } =
    [
        new("classId", r => FieldValue.Of(r.ClassId)),
        new("originId", r => FieldValue.Of(r.OriginId)),
        new("campusId", r => FieldValue.Of(r.CampusId)),
        new("configurationId", r => FieldValue.Of(r.ConfigurationId)),
        new("period", r => FieldValue.Of(r.Period)),
        new("tokensPerSecond", r => FieldValue.Of(r.TokensPerSecond)),
    ];

    public static IReadOnlyList<Field<BacklogResult>> Backlogs { get; } =
    [
        new("classId", r => FieldValue.Of(r.ClassId)),
        new("originId", r => FieldValue.Of(r.OriginId)),
        new("period", r => FieldValue.Of(r.Period)),
        new("backlogTokens", r => FieldValue.Of(r.BacklogTokens)),
    ];

    public static IReadOnlyList<Field<CostPeriodResult>> CostPeriods { get; } =
    [
        new("campusId", r => FieldValue.Of(r.CampusId)),
        new("period", r => FieldValue.Of(r.Period)),
        new("startUtc", r => FieldValue.Of(r.StartUtc)),
        new("component", r => FieldValue.Of(r.Component)),
        new("usd", r => FieldValue.Of(r.Usd)),
    ];
}
