using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Optimization.Results;

/// <summary>The result of one strategy on one scenario: solve status, costs, KPIs and schedules.</summary>
public sealed record PlanResult
{
    public required string ScenarioName { get; init; }

    /// <summary>Strategy name (P for the full model).</summary>
    public required string Strategy { get; init; }

    public required SolveSummary Solve { get; init; }

    /// <summary>Cost components [USD]; empty without a solution.</summary>
    public required CostBreakdown Costs { get; init; }

    public required PlanKpis Kpis { get; init; }

    public IReadOnlyList<CampusPeriodResult> CampusPeriods { get; init; } = [];

    public IReadOnlyList<InstanceResult> Instances { get; init; } = [];

    public IReadOnlyList<TokenFlowResult> TokenFlows { get; init; } = [];

    public IReadOnlyList<BacklogResult> Backlogs { get; init; } = [];

    /// <summary>
    /// <see cref="Costs"/> by campus, period and component [USD] (non-zero rows); each component's rows add up to
    /// its value in <see cref="Costs"/>. Empty without a solution.
    /// </summary>
    public IReadOnlyList<CostPeriodResult> CostPeriods { get; init; } = [];

    /// <summary>
    /// The result of each stage-2 scenario when the model is stochastic (empty when deterministic). The
    /// result itself then holds probability-weighted expectations of costs, KPIs and schedules; stage-1
    /// decisions (instances, DR commitment) are the same in every scenario.
    /// </summary>
    public IReadOnlyList<ScenarioOutcome> Scenarios { get; init; } = [];

    /// <summary>The plan's stage-1 decisions (instances, generator commitment, DR commitment); null without a solution.</summary>
    public StageOneDecisions? StageOne { get; init; }

    /// <summary>Why there is no plan (set when the solver found the model infeasible), or null.</summary>
    public Diagnosis? Diagnosis { get; init; }

    public bool HasSolution => Solve.Status is SolveStatus.Optimal or SolveStatus.Feasible;
}

/// <summary>How the solve went. Model objective and bound are in the model's units (k$).</summary>
public sealed record SolveSummary
{
    public required SolveStatus Status { get; init; }

    public required string Solver { get; init; }

    public double? ModelObjective { get; init; }

    public double? ModelBestBound { get; init; }

    public double? MipGap { get; init; }

    public double SolveSeconds { get; init; }

    public double BuildSeconds { get; init; }

    public int Variables { get; init; }

    public int IntegerVariables { get; init; }

    public int Constraints { get; init; }

    /// <summary>Solver message or diagnosis.</summary>
    public string Message { get; init; } = "";
}

/// <summary>Cost components over the horizon [USD]. Revenues are positive numbers here.</summary>
public sealed record CostBreakdown
{
    public double EnergyUsd { get; init; }

    public double DemandChargeUsd { get; init; }

    public double CarbonUsd { get; init; }

    public double FuelUsd { get; init; }

    public double BatteryWearUsd { get; init; }

    public double SwitchingUsd { get; init; }

    public double QosUsd { get; init; }

    public double NetworkUsd { get; init; }

    public double DrCapacityRevenueUsd { get; init; }

    public double DrEnergyRevenueUsd { get; init; }

    public double DrPenaltyUsd { get; init; }

    public double UnservedPenaltyUsd { get; init; }

    /// <summary>Costs before DR revenue: energy + demand + carbon + fuel + wear + switching + QoS + network + DR penalty.</summary>
    public double GrossCostUsd =>
        EnergyUsd + DemandChargeUsd + CarbonUsd + FuelUsd + BatteryWearUsd + SwitchingUsd + QosUsd + NetworkUsd + DrPenaltyUsd;

    /// <summary>DR revenue (capacity plus energy payments).</summary>
    public double DrRevenueUsd => DrCapacityRevenueUsd + DrEnergyRevenueUsd;

    /// <summary>Total operating cost, DR revenue netted: the paper's "total data-center operating cost".</summary>
    public double TotalCostUsd => GrossCostUsd - DrRevenueUsd;

    /// <summary>What the model minimised: total cost plus the unserved-demand penalty.</summary>
    public double ObjectiveUsd => TotalCostUsd + UnservedPenaltyUsd;
}

/// <summary>Headline figures of a plan.</summary>
public sealed record PlanKpis
{
    public double ServedTokens { get; init; }

    public double DemandedTokens { get; init; }

    public double UnservedTokens { get; init; }

    public double GridEnergyMwh { get; init; }

    public double FacilityEnergyMwh { get; init; }

    public double ItEnergyMwh { get; init; }

    public double EmissionsTonnesCo2 { get; init; }

    public double DrCommittedMwh { get; init; }

    public double DrDeliveredMwh { get; init; }

    public double DrShortfallMwh { get; init; }

    public double PeakImportKw { get; init; }

    public int InstanceStarts { get; init; }

    /// <summary>Facility energy per served token [J/token] (ML.ENERGY's energy per token, with cooling); null if none served.</summary>
    public double? FacilityEnergyJPerToken => ServedTokens > 0 ? FacilityEnergyMwh * 3.6e9 / ServedTokens : null;

    /// <summary>
    /// Operational carbon per 1,000 served tokens [gCO₂]: the Green Software Foundation's SCI score ((E·I) + M) / R
    /// with R = 1,000 tokens and the embodied part M left out; null if none served.
    /// </summary>
    public double? OperationalSciGCo2PerThousandTokens => ServedTokens > 0 ? EmissionsTonnesCo2 * 1e6 / (ServedTokens / 1000) : null;

    /// <summary>GPU-hours by precision name (BF16, FP8, …).</summary>
    public IReadOnlyDictionary<string, double> GpuHoursByPrecision { get; init; } = new Dictionary<string, double>();

    /// <summary>Token-weighted average quality loss by class id [%].</summary>
    public IReadOnlyDictionary<string, double> AverageQualityLossPercentByClass { get; init; } =
        new Dictionary<string, double>();
}

/// <summary>One campus in one period.</summary>
public sealed record CampusPeriodResult
{
    public required string CampusId { get; init; }

    public required int Period { get; init; }

    public required DateTimeOffset StartUtc { get; init; }

    public double ItPowerKw { get; init; }

    public double FacilityPowerKw { get; init; }

    public double Pue { get; init; }

    public double GridImportKw { get; init; }

    public double PvKw { get; init; }

    public double PvAvailableKw { get; init; }

    public double BatteryChargeKw { get; init; }

    public double BatteryDischargeKw { get; init; }

    public double BatteryEnergyKwh { get; init; }

    public double GeneratorKw { get; init; }

    public double DrCommitmentKw { get; init; }

    public double DrBaselineKw { get; init; }

    public double DrDeliveredKw { get; init; }

    public double DrShortfallKw { get; init; }

    public bool DrEventCalled { get; init; }

    public double PriceUsdPerMwh { get; init; }

    public double CarbonGPerKwh { get; init; }

    public double EmissionsTonnesCo2 { get; init; }

    public double ServedTokensPerSecond { get; init; }
}

/// <summary>One stage-2 scenario's result within a stochastic plan.</summary>
/// <param name="Id">Scenario id.</param>
/// <param name="Probability">π_s.</param>
/// <param name="Result">The plan as realised in that scenario.</param>
public sealed record ScenarioOutcome(string Id, double Probability, PlanResult Result);

/// <summary>Instances of one configuration at one campus in one period.</summary>
public sealed record InstanceResult(
    string CampusId, string ConfigurationId, string Precision, int Period, int Instances, int Starts, int Stops, int Gpus);

/// <summary>Tokens of one class from one origin served by one configuration at one campus.</summary>
public sealed record TokenFlowResult(
    string ClassId, string OriginId, string CampusId, string ConfigurationId, int Period, double TokensPerSecond);

/// <summary>Deferrable backlog of one class and origin at the end of a period.</summary>
public sealed record BacklogResult(string ClassId, string OriginId, int Period, double BacklogTokens);
