using TokenFlex.Core.Domain;
using TokenFlex.Core.Time;

namespace TokenFlex.Data.Json;

/// <summary>
/// Instances of the Core records with placeholders in their required members, so that the reader takes every
/// optional field's default from the record itself rather than repeating it.
/// </summary>
internal static class Defaults
{
    /// <summary>Period length when <c>timeGrid.stepHours</c> is omitted: hourly, as in formulation §1 [h].</summary>
    public const double StepHours = 1;

    public static Scenario Scenario { get; } = new()
    {
        Name = "",
        TimeGrid = new TimeGrid { StartUtc = default, StepHours = StepHours, PeriodCount = 0 },
        Configurations = [],
        Campuses = [],
        Classes = [],
        Origins = [],
        Demand = [],
    };

    public static Battery Battery { get; } = new() { EnergyCapacityKwh = 0, MaxChargeKw = 0, MaxDischargeKw = 0 };

    public static Generator Generator { get; } = new()
    {
        Id = "",
        MaxOutputKw = 0,
        FuelCostUsdPerKwh = 0,
        EmissionTonnesPerMwh = 0,
        MaxRunHours = 0,
    };

    public static DemandResponseEnrolment DemandResponse { get; } = new()
    {
        ProgramId = "",
        CapacityPaymentUsdPerKwHour = 0,
        PenaltyUsdPerMwh = 0,
        MaxCommitmentKw = 0,
    };

    public static DemandResponseEvent Event { get; } = new()
    {
        Id = "",
        CampusId = "",
        StartUtc = default,
        DurationHours = 0,
    };

    public static Cooling Cooling { get; } = new();

    public static Campus Campus { get; } = new()
    {
        Id = "",
        GpuInventory = new Dictionary<string, int>(),
        GridImportLimitKw = 0,
        Cooling = Cooling,
        PriceUsdPerMwh = [],
        CarbonGPerKwh = [],
    };

    public static WorkloadClass Class { get; } = new() { Id = "", Kind = WorkloadKind.Interactive, ModelId = "" };

    public static NetworkPath Path { get; } = new() { CampusId = "", RttMs = 0 };

    public static DemandSeries Demand { get; } = new() { ClassId = "", OriginId = "", TokensPerSecond = [] };

    /// <summary>A configuration whose required numbers are NaN: a full definition must give them all.</summary>
    public static ServingConfiguration Configuration { get; } = new()
    {
        Id = "",
        ModelId = "",
        Precision = Precision.Bf16,
        GpuType = "",
        GpusPerInstance = 0,
        ThroughputTokensPerSecond = double.NaN,
        StaticPowerKw = double.NaN,
        EnergyJPerToken = double.NaN,
        QualityLossPercent = double.NaN,
        TtftMs = double.NaN,
        TpotMs = double.NaN,
    };
}
