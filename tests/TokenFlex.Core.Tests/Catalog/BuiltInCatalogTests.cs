using TokenFlex.Core.Catalog;
using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Tests.Catalog;

public class BuiltInCatalogTests
{
    private static readonly string[] QuantizedDispatchKeys =
        ["throughputTokensPerSecond", "energyJPerToken", "staticPowerKw", "tpotMs"];

    private static readonly string[] Llama70bSuffixes =
        ["bf16-h100-tp4", "fp8-h100-tp2", "int8-h100-tp2", "int4-h100-tp1"];

    private static ServingConfiguration Entry(string id) =>
        BuiltInCatalog.Find(id) ?? throw new InvalidOperationException($"{id} is not in the catalogue.");

    private static CatalogEntryReport Report(string id) =>
        BuiltInCatalog.Report.Entries.Single(e => e.Configuration.Id == id);

    [Fact]
    public void Entries_BuiltIn_AreTheEightConfigurationsInOrder()
    {
        // Arrange
        string[] expected =
        [
            "llama-3.1-8b-bf16-h100", "llama-3.1-8b-fp8-h100", "llama-3.1-8b-int8-h100", "llama-3.1-8b-int4-h100",
            "llama-3.1-70b-bf16-h100-tp4", "llama-3.1-70b-fp8-h100-tp2", "llama-3.1-70b-int8-h100-tp2",
            "llama-3.1-70b-int4-h100-tp1",
        ];

        // Act
        var entries = BuiltInCatalog.Entries;

        // Assert
        entries.Select(e => e.Id).ShouldBe(expected);
        entries.ShouldAllBe(e => e.GpuType == "H100-SXM");
        entries.Select(e => e.ModelId).Distinct().ShouldBe(["llama-3.1-8b", "llama-3.1-70b"]);
    }

    [Fact]
    public void Entries_EveryNumericParameter_HasASourceWithMethod()
    {
        // Arrange: every int/double property of ServingConfiguration is a parameter that needs provenance
        var keys = typeof(ServingConfiguration).GetProperties()
            .Where(p => p.PropertyType == typeof(double) || p.PropertyType == typeof(int))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
            .ToList();

        // Act
        var entries = BuiltInCatalog.Entries;

        // Assert
        keys.Count.ShouldBe(15);
        foreach (var entry in entries)
        {
            entry.Sources.Keys.ShouldBe(keys, ignoreOrder: true, customMessage: entry.Id);
            entry.Sources.Values.ShouldAllBe(s => s.Method.Length > 20, entry.Id);
            entry.Sources.Values
                .Where(s => s.Kind == SourceKind.Measured || s.Kind == SourceKind.Estimated)
                .ShouldAllBe(s => s.SourceUrls.Count > 0, entry.Id);
        }
    }

    [Fact]
    public void Entries_Quantized_DispatchParametersAreLabelledEstimated()
    {
        // Arrange
        var quantized = BuiltInCatalog.Entries.Where(e => e.Precision != Precision.Bf16).ToList();

        // Act
        var kinds = quantized.SelectMany(e => QuantizedDispatchKeys.Select(k => e.Sources[k].Kind)).ToList();

        // Assert
        quantized.Count.ShouldBe(6);
        kinds.ShouldAllBe(k => k == SourceKind.Estimated);
        BuiltInCatalog.Report.Entries.Where(e => e.Configuration.Precision != Precision.Bf16)
            .ShouldAllBe(e => e.IsEstimated);
    }

    [Fact]
    public void Entries_Bf16_ThroughputAndTpotMeasuredAndEnergyDerived()
    {
        // Arrange
        var bf16 = BuiltInCatalog.Entries.Where(e => e.Precision == Precision.Bf16).ToList();

        // Act
        var throughputKinds = bf16.Select(e => e.Sources["throughputTokensPerSecond"].Kind);
        var energyKinds = bf16.Select(e => e.Sources["energyJPerToken"].Kind);

        // Assert
        throughputKinds.ShouldAllBe(k => k == SourceKind.Measured);
        energyKinds.ShouldAllBe(k => k == SourceKind.Derived);
        bf16.ShouldAllBe(e => e.QualityLossPercent == 0);
    }

    [Fact]
    public void Entries_Llama70b_QuantizationHalvesOrQuartersGpuOccupancy()
    {
        // Arrange: weights 140 / 70 / 70 / 36.1 GB against half of 80 GB per GPU

        // Act
        var gpus = Llama70bSuffixes.Select(s => Entry($"llama-3.1-70b-{s}").GpusPerInstance);

        // Assert
        gpus.ShouldBe([4, 2, 2, 1]);
        BuiltInCatalog.Entries.Where(e => e.ModelId == "llama-3.1-8b").ShouldAllBe(e => e.GpusPerInstance == 1);
    }

    [Fact]
    public void Report_Llama70bFp8_FullLoadEnergyBelowBf16()
    {
        // Arrange
        var bf16 = Report("llama-3.1-70b-bf16-h100-tp4");
        var fp8 = Report("llama-3.1-70b-fp8-h100-tp2");

        // Act
        var ratio = fp8.FullLoadGpuEnergyJPerToken / bf16.FullLoadGpuEnergyJPerToken;

        // Assert: the measured Qwen3-235B FP8-on-half-the-GPUs J/token ratio is 0.70–0.79 (quant-catalog §3.1)
        ratio.ShouldBeInRange(0.70, 0.79);
        fp8.FullLoadServerEnergyJPerToken.ShouldBeLessThan(bf16.FullLoadServerEnergyJPerToken);
    }

    [Fact]
    public void Entries_All_MarginalEnergyAndStaticPowerPositive()
    {
        // Arrange
        var entries = BuiltInCatalog.Entries;

        // Act
        var smallestEnergy = entries.Min(e => e.EnergyJPerToken);

        // Assert
        smallestEnergy.ShouldBeGreaterThan(0.01);
        entries.ShouldAllBe(e => e.StaticPowerKw > 0.1 * e.GpusPerInstance);
    }

    [Fact]
    public void Report_Llama8bBf16_FittedFullLoadEnergyReproducesMeasuredWithinFitError()
    {
        // Arrange: ML.ENERGY prints 0.0742 J/token at the operating point (batch 384, ITL p90 47.8 ms)
        var report = Report("llama-3.1-8b-bf16-h100");
        var fit = report.AnchorFit;

        // Act
        var measured = fit.OperatingPoint.MeasuredEnergyJPerToken!.Value;
        var difference = Math.Abs(report.FullLoadGpuEnergyJPerToken - measured);

        // Assert: within twice the fit's RMSE per token at Θ
        fit.OperatingPoint.MeasuredEnergyJPerToken.ShouldBe(0.0742);
        difference.ShouldBeLessThanOrEqualTo(2 * fit.PowerFit.RmseResidual / fit.ThroughputTokensPerSecond);
    }

    [Fact]
    public void Report_Bf16Anchors_FitStatisticsDescribeTheInSloSweep()
    {
        // Arrange
        var small = Report("llama-3.1-8b-bf16-h100").AnchorFit;
        var large = Report("llama-3.1-70b-bf16-h100-tp4").AnchorFit;

        // Act
        var counts = (small.PointsInRange.Count, large.PointsInRange.Count);

        // Assert: 8B batches 8–384 and 70B batches 8–128 have ITL p90 ≤ 50 ms
        counts.ShouldBe((9, 6));
        small.ThroughputTokensPerSecond.ShouldBe(9248.0);
        large.ThroughputTokensPerSecond.ShouldBe(3876.3);
        small.PowerFit.MaxRelativeError.ShouldBeLessThan(0.05);
        large.PowerFit.MaxRelativeError.ShouldBeLessThan(0.05);
        Entry("llama-3.1-8b-bf16-h100").EnergyJPerToken.ShouldBe(small.MarginalEnergyJPerToken, 1e-12);
    }

    [Fact]
    public void Report_All_EstimatedTpotMeetsTheSlo()
    {
        // Arrange
        var limit = BuiltInCatalog.Report.Settings.Slo.LimitMs;

        // Act
        var worst = BuiltInCatalog.Entries.Max(e => e.TpotMs);

        // Assert
        worst.ShouldBeLessThanOrEqualTo(limit);
        BuiltInCatalog.Report.Entries.ShouldAllBe(e => e.TpotWithinSlo);
    }

    [Fact]
    public void Report_Quantized_PerGpuFullLoadPowerNotRaisedAboveTdp()
    {
        // Arrange: a per-GPU power ratio above 1 may raise per-GPU power up to TDP, never beyond; the 8B BF16
        // fit itself ends 8 W above TDP at Θ (it overshoots the measured 687 W by 21 W), and stays there
        var tdp = BuiltInCatalog.Report.Settings.GpuTdpW;
        var quantized = BuiltInCatalog.Report.Entries.Where(e => e.IsEstimated).ToList();

        // Act
        var excessW = quantized.Select(e =>
        {
            var perGpuW = e.FullLoadGpuEnergyJPerToken * e.Configuration.ThroughputTokensPerSecond
                          / e.Configuration.GpusPerInstance;
            var bf16PerGpuW = e.AnchorFit.PowerFit.ValueAt(e.AnchorFit.ThroughputTokensPerSecond) / e.ReferenceGpus;
            return perGpuW - Math.Max(tdp, bf16PerGpuW);
        });

        // Assert
        quantized.Count.ShouldBe(6);
        excessW.ShouldAllBe(w => w <= 1e-9);
    }

    [Fact]
    public void Build_P50Slo_MovesTheLlama70bOperatingPointToBatch256()
    {
        // Arrange: quant-catalog §4: at ITL p50 ≤ 50 ms, 70B BF16 on 4×H100 is best at batch 256 (4,915 tok/s)
        var settings = CatalogSettings.Default with { Slo = new TpotSlo(50, LatencyPercentile.P50) };

        // Act
        var result = CatalogBuilder.Build(MeasurementTable.LoadBuiltIn(), settings);

        // Assert
        result.Entries.Single(e => e.Id == "llama-3.1-70b-bf16-h100-tp4").ThroughputTokensPerSecond.ShouldBe(4915.1);
    }

    [Fact]
    public void Entries_Llama70bQuality_FollowsCarriedAccuracyRows()
    {
        // Arrange: ModelOpt Llama-3-70B FP8 −0.51 %; Llama-3.3-70B W8A8 99.4 %; Llama-3.1-70B W4A16 99.4 %

        // Act
        var losses = Llama70bSuffixes.Skip(1).Select(s => Entry($"llama-3.1-70b-{s}").QualityLossPercent).ToList();

        // Assert
        losses[0].ShouldBe(0.51, 1e-9);
        losses[1].ShouldBe(0.6, 1e-9);
        losses[2].ShouldBe(0.6, 1e-9);
    }
}
