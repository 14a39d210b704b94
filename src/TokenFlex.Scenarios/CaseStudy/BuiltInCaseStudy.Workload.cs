using TokenFlex.Core.Domain;

namespace TokenFlex.Scenarios.CaseStudy;

/// <summary>Classes, origins and demand of the built-in case.</summary>
public static partial class BuiltInCaseStudy
{
    /// <summary>Share of a campus's GPUs each class needs at its peak when served in BF16 (assumption).</summary>
    public static (double Chat, double Code, double Batch) PeakGpuShares => (0.50, 0.10, 0.15);

    private static readonly WorkloadClass Chat = new()
    {
        Id = "chat",
        Kind = WorkloadKind.Interactive,
        ModelId = "llama-3.1-70b",
        AdmissiblePrecisions = [Precision.Bf16, Precision.Fp8, Precision.Int8, Precision.Int4],
        MaxQualityLossPercent = 3,
        QosPriceUsdPerMtokPercent = 0.02,
        TtftSloMs = 1000,
        BytesPerToken = 100,
    };

    private static readonly WorkloadClass Code = new()
    {
        Id = "code",
        Kind = WorkloadKind.Interactive,
        ModelId = "llama-3.1-8b",
        AdmissiblePrecisions = [Precision.Bf16, Precision.Fp8],
        MaxQualityLossPercent = 1,
        QosPriceUsdPerMtokPercent = 0.05,
        TtftSloMs = 500,
        BytesPerToken = 100,
    };

    private static readonly WorkloadClass Batch = new()
    {
        Id = "batch",
        Kind = WorkloadKind.Deferrable,
        ModelId = "llama-3.1-70b",
        AdmissiblePrecisions = [Precision.Bf16, Precision.Fp8, Precision.Int8, Precision.Int4],
        MaxQualityLossPercent = 3,
        QosPriceUsdPerMtokPercent = 0.005,
        DeadlineHours = 6,
        BytesPerToken = 100,
    };

    private static IReadOnlyList<WorkloadClass> Classes => [Chat, Code, Batch];

    /// <summary>(origin, home campus, UTC offset) of the three user regions.</summary>
    private static readonly (string Id, string Home, int Offset)[] Regions =
        [("west", "caiso", -7), ("central", "ercot", -5), ("east", "pjm", -4)];

    /// <summary>Round-trip times between regions and campuses [ms] (assumption: typical US inter-region RTTs).</summary>
    private static readonly Dictionary<(string Origin, string Campus), double> RttMs = new()
    {
        [("west", "caiso")] = 10,
        [("west", "ercot")] = 35,
        [("west", "pjm")] = 65,
        [("central", "caiso")] = 35,
        [("central", "ercot")] = 10,
        [("central", "pjm")] = 30,
        [("east", "caiso")] = 65,
        [("east", "ercot")] = 30,
        [("east", "pjm")] = 10,
    };

    private static readonly string[] CampusIds = ["caiso", "ercot", "pjm"];

    private static IReadOnlyList<DemandOrigin> Origins => Regions.Select(r => new DemandOrigin
    {
        Id = r.Id,
        HomeCampusId = r.Home,
        Paths = CampusIds.Select(c => new NetworkPath
        {
            CampusId = c,
            RttMs = RttMs[(r.Id, c)],
            BandwidthGbps = c == r.Home ? null : 10,
            // 100 B/token at 0.02 USD/GB of inter-region transfer ⇒ 0.002 USD/Mtok.
            TransferCostUsdPerMtok = c == r.Home ? 0 : 0.002,
        }).ToArray(),
    }).ToArray();

    private static IReadOnlyList<DemandSeries> Demand(IReadOnlyList<ServingConfiguration> configurations)
    {
        var (chatShare, codeShare, batchShare) = PeakGpuShares;
        var chatPeak = PeakTokensPerSecond(configurations, "llama-3.1-70b", chatShare);
        var codePeak = PeakTokensPerSecond(configurations, "llama-3.1-8b", codeShare);
        var batchAverage = PeakTokensPerSecond(configurations, "llama-3.1-70b", batchShare);
        var series = new List<DemandSeries>();
        foreach (var (id, _, offset) in Regions)
        {
            // Chat peaks mid-afternoon, code in working hours; peak-to-average 1.5 and 1.8 (assumption).
            var chat = DailyShapes.Diurnal(15, 1.5).Select(s => chatPeak * s / 1.5).ToArray();
            var code = DailyShapes.Diurnal(11, 1.8).Select(s => codePeak * s / 1.8).ToArray();
            series.Add(new DemandSeries { ClassId = "chat", OriginId = id, TokensPerSecond = Local(chat, offset) });
            series.Add(new DemandSeries { ClassId = "code", OriginId = id, TokensPerSecond = Local(code, offset) });
            series.Add(new DemandSeries
            {
                ClassId = "batch",
                OriginId = id,
                TokensPerSecond = Enumerable.Repeat(batchAverage, Periods).ToArray(),
            });
        }

        return series;
    }

    /// <summary>Token rate that fills a share of a campus's GPUs with BF16 instances of a model at ρ·Θ [tok/s].</summary>
    private static double PeakTokensPerSecond(IReadOnlyList<ServingConfiguration> configurations, string modelId, double share)
    {
        var bf16 = configurations.First(k => k.ModelId == modelId && k.Precision == Precision.Bf16);
        var instances = Math.Floor(share * CaseStudyFigures.GpusPerCampus / bf16.GpusPerInstance);
        return instances * bf16.SloHeadroomFraction * bf16.ThroughputTokensPerSecond;
    }
}
