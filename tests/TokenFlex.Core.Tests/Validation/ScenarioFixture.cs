using TokenFlex.Core.Domain;
using TokenFlex.Core.Time;
using TokenFlex.Core.Validation;

namespace TokenFlex.Core.Tests.Validation;

/// <summary>A small valid scenario (2 campuses, 4 hourly periods) that each rule test breaks in one place.</summary>
internal static class ScenarioFixture
{
    public const int Periods = 4;

    public static DateTimeOffset Start { get; } = new(2025, 7, 15, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<ServingConfiguration> Configurations() =>
    [
        Config("llama-8b-bf16-h100", "llama-3.1-8b", Precision.Bf16, 1, 0, 80),
        Config("llama-8b-fp8-h100", "llama-3.1-8b", Precision.Fp8, 1, 0.5, 70),
        Config("llama-70b-bf16-h100-tp4", "llama-3.1-70b", Precision.Bf16, 4, 0, 200),
        Config("llama-70b-int4-h100-tp2", "llama-3.1-70b", Precision.Int4, 2, 4.0, 180),
    ];

    public static ServingConfiguration Config(
        string id, string model, Precision precision, int gpus, double lossPercent, double ttftMs) => new()
        {
            Id = id,
            ModelId = model,
            Precision = precision,
            GpuType = "H100-SXM",
            GpusPerInstance = gpus,
            ThroughputTokensPerSecond = 2000,
            StaticPowerKw = 0.5 * gpus,
            EnergyJPerToken = 0.4,
            QualityLossPercent = lossPercent,
            TtftMs = ttftMs,
            TpotMs = 30,
        };

    public static Scenario Valid() => new()
    {
        Name = "fixture",
        TimeGrid = new TimeGrid { StartUtc = Start, StepHours = 1, PeriodCount = Periods },
        CarbonPriceUsdPerTonne = 190,
        Configurations = Configurations(),
        Campuses = [Phoenix(), Dallas()],
        Classes = [Chat(), Batch()],
        Origins =
        [
            new DemandOrigin
            {
                Id = "us-west",
                HomeCampusId = "phx",
                Paths =
                [
                    new NetworkPath { CampusId = "phx", RttMs = 5 },
                    new NetworkPath { CampusId = "dal", RttMs = 30 },
                ],
            },
            new DemandOrigin { Id = "us-east", HomeCampusId = "dal", Paths = [] },
        ],
        Demand =
        [
            Demand("chat", "us-west", 1000),
            Demand("chat", "us-east", 800),
            Demand("batch", "us-west", 500),
        ],
        DemandResponseEvents =
        [
            new DemandResponseEvent { Id = "ev1", CampusId = "phx", StartUtc = Start.AddHours(1), DurationHours = 2 },
        ],
    };

    public static Campus Phoenix() => new()
    {
        Id = "phx",
        GpuInventory = new Dictionary<string, int> { ["H100-SXM"] = 64 },
        GridImportLimitKw = 8000,
        Cooling = new Cooling { Pue = 1.25 },
        PriceUsdPerMwh = [30, -5, 80, 40],
        CarbonGPerKwh = [400, 380, 420, 410],
        Battery = new Battery { EnergyCapacityKwh = 2000, MaxChargeKw = 500, MaxDischargeKw = 500 },
        Generators =
        [
            new Generator
            {
                Id = "gen1", MaxOutputKw = 1000, MinOutputKw = 300, FuelCostUsdPerKwh = 0.3, EmissionTonnesPerMwh = 0.7,
                MaxRunHours = 50,
            },
        ],
        DemandResponse = new DemandResponseEnrolment
        {
            ProgramId = "cbp",
            CapacityPaymentUsdPerKwHour = 2,
            PenaltyUsdPerMwh = 500,
            MaxCommitmentKw = 2000,
        },
        InitialInstances = new Dictionary<string, int> { ["llama-70b-bf16-h100-tp4"] = 4 },
    };

    public static Campus Dallas() => new()
    {
        Id = "dal",
        GpuInventory = new Dictionary<string, int> { ["H100-SXM"] = 32 },
        GridImportLimitKw = 5000,
        Cooling = new Cooling
        {
            CopCurve = [new CopPoint(10, 16.5), new CopPoint(30, 4.39)],
            AmbientTemperatureC = [25, 24, 30, 33],
            OtherOverheadFraction = 0.05,
        },
        PriceUsdPerMwh = [25, 25, 60, 90],
        CarbonGPerKwh = [450, 450, 460, 470],
        Pv = new PvSystem { AvailableKw = [0, 100, 400, 300] },
    };

    public static WorkloadClass Chat() => new()
    {
        Id = "chat",
        Kind = WorkloadKind.Interactive,
        ModelId = "llama-3.1-70b",
        MaxQualityLossPercent = 3,
        TtftSloMs = 500,
        TpotSloMs = 60,
    };

    public static WorkloadClass Batch() => new()
    {
        Id = "batch",
        Kind = WorkloadKind.Deferrable,
        ModelId = "llama-3.1-8b",
        DeadlineHours = 4,
    };

    public static DemandSeries Demand(string classId, string originId, double tokensPerSecond) => new()
    {
        ClassId = classId,
        OriginId = originId,
        TokensPerSecond = Enumerable.Repeat(tokensPerSecond, Periods).ToArray(),
    };

    /// <summary>The fixture with its first campus replaced.</summary>
    public static Scenario WithPhoenix(Func<Campus, Campus> change)
    {
        var scenario = Valid();
        return scenario with { Campuses = [change(scenario.Campuses[0]), scenario.Campuses[1]] };
    }

    /// <summary>The fixture with the first campus's battery replaced.</summary>
    public static Scenario WithBattery(Func<Battery, Battery> change) =>
        WithPhoenix(c => c with { Battery = change(c.Battery!) });

    /// <summary>The fixture with its first class replaced.</summary>
    public static Scenario WithChat(Func<WorkloadClass, WorkloadClass> change)
    {
        var scenario = Valid();
        return scenario with { Classes = [change(scenario.Classes[0]), scenario.Classes[1]] };
    }

    /// <summary>The fixture with its third configuration replaced.</summary>
    public static Scenario WithConfiguration(Func<ServingConfiguration, ServingConfiguration> change)
    {
        var configurations = Configurations().ToArray();
        configurations[2] = change(configurations[2]);
        return Valid() with { Configurations = configurations };
    }

    /// <summary>Asserts that an error at <paramref name="path"/> contains <paramref name="fragment"/>.</summary>
    public static ValidationError ShouldContainError(
        this IReadOnlyList<ValidationError> errors, string path, string fragment)
    {
        var match = errors.FirstOrDefault(
            e => e.Path == path && e.Message.Contains(fragment, StringComparison.Ordinal));
        match.ShouldNotBeNull(
            $"expected an error at '{path}' containing '{fragment}'; got:\n  {string.Join("\n  ", errors)}");
        return match;
    }
}
