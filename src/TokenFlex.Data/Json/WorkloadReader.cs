using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Json;

/// <summary>Reads workload classes, origins with their paths, demand series and DR events.</summary>
internal static class WorkloadReader
{
    public static WorkloadClass ReadClass(JsonFields f)
    {
        var d = Defaults.Class;
        var workloadClass = new WorkloadClass
        {
            Id = f.RequiredString("id"),
            Kind = f.RequiredEnum("kind", d.Kind),
            ModelId = f.RequiredString("modelId"),
            AdmissiblePrecisions = f.Items("admissiblePrecisions", required: false)
                .Select(item => JsonValues.Precision(item.Element, item.Path, f.Context)).ToList(),
            MaxQualityLossPercent = f.NullableNumber("maxQualityLossPercent"),
            MaxAverageQualityLossPercent = f.NullableNumber("maxAverageQualityLossPercent"),
            QosPriceUsdPerMtokPercent = f.Number("qosPriceUsdPerMtokPercent", d.QosPriceUsdPerMtokPercent),
            QualityLossMultiplier = f.Number("qualityLossMultiplier", d.QualityLossMultiplier),
            TtftSloMs = f.NullableNumber("ttftSloMs"),
            TpotSloMs = f.NullableNumber("tpotSloMs"),
            BytesPerToken = f.Number("bytesPerToken", d.BytesPerToken),
            DeadlineHours = f.Number("deadlineHours", d.DeadlineHours),
        };
        f.Finish();
        return workloadClass;
    }

    public static DemandOrigin ReadOrigin(JsonFields f)
    {
        var origin = new DemandOrigin
        {
            Id = f.RequiredString("id"),
            HomeCampusId = f.RequiredString("homeCampusId"),
            Paths = f.Objects("paths", required: false).Select(ReadPath).ToList(),
        };
        f.Finish();
        return origin;
    }

    private static NetworkPath ReadPath(JsonFields f)
    {
        var d = Defaults.Path;
        var path = new NetworkPath
        {
            CampusId = f.RequiredString("campusId"),
            RttMs = f.RequiredNumber("rttMs"),
            BandwidthGbps = f.NullableNumber("bandwidthGbps"),
            TransferCostUsdPerMtok = f.Number("transferCostUsdPerMtok", d.TransferCostUsdPerMtok),
        };
        f.Finish();
        return path;
    }

    public static DemandSeries ReadDemand(JsonFields f)
    {
        var d = Defaults.Demand;
        var demand = new DemandSeries
        {
            ClassId = f.RequiredString("classId"),
            OriginId = f.RequiredString("originId"),
            TokensPerSecond = f.RequiredSeries("tokensPerSecond"),
            InitialBacklogTokens = f.Number("initialBacklogTokens", d.InitialBacklogTokens),
        };
        f.Finish();
        return demand;
    }

    public static DemandResponseEvent ReadEvent(JsonFields f)
    {
        var d = Defaults.Event;
        var ev = new DemandResponseEvent
        {
            Id = f.RequiredString("id"),
            CampusId = f.RequiredString("campusId"),
            StartUtc = f.RequiredTimestamp("startUtc"),
            DurationHours = f.RequiredNumber("durationHours"),
            Called = f.Boolean("called", d.Called),
        };
        f.Finish();
        return ev;
    }
}
