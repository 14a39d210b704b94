using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Catalog;

/// <summary>Writes the <see cref="ParameterSource"/> of every parameter of a built configuration.</summary>
internal static class EntrySources
{
    private const string CaseStudyNote = "case-study-data.md";

    public static IReadOnlyDictionary<string, ParameterSource> Build(
        BuildContext context, CatalogAnchor anchor, DerivedValues values, QualityEstimate quality)
    {
        var sources = new Dictionary<string, ParameterSource>();
        if (values.Ratio is null)
        {
            AddMeasuredDispatch(sources, context, anchor);
        }
        else
        {
            AddEstimatedDispatch(sources, context, anchor, values, values.Ratio);
        }

        sources["qualityLossPercent"] = new(quality.Kind, quality.Method, quality.SourceUrls);
        AddSwitching(sources, context, values, anchor.SourceUrls);
        return sources;
    }

    private static void AddMeasuredDispatch(
        Dictionary<string, ParameterSource> sources, BuildContext context, CatalogAnchor anchor)
    {
        var fit = anchor.Fit;
        var slo = $"ITL {fit.Slo.Percentile} ≤ {fit.Slo.LimitMs} ms";
        var urls = anchor.SourceUrls;
        sources["gpusPerInstance"] = new(SourceKind.Measured,
            $"GPU count of the ML.ENERGY v3 sweep ({anchor.Gpus}×{anchor.Model.Gpu}, vLLM 0.11.1).", urls);
        sources["throughputTokensPerSecond"] = new(SourceKind.Measured,
            $"Highest measured output throughput with {slo} (avg batch {fit.OperatingPoint.AverageBatch}).", urls);
        sources["energyJPerToken"] = new(SourceKind.Derived,
            $"Least-squares slope b of instance GPU power vs output tok/s over the {fit.PointsInRange.Count} sweep "
            + $"points with {slo} (RMSE {fit.PowerFit.RmseResidual:F1} W); host power is counted as static.", urls);
        sources["staticPowerKw"] = new(SourceKind.Estimated,
            $"Fitted intercept a = {fit.StaticGpuPowerW:F0} W of the same fit plus {HostText(context, anchor.Gpus)}.",
            [.. urls, context.IdleSourceUrl]);
        sources["tpotMs"] = new(SourceKind.Measured,
            $"ITL {fit.Slo.Percentile} printed by ML.ENERGY at the operating point.", urls);
        sources["ttftMs"] = TtftSource(context);
    }

    private static void AddEstimatedDispatch(
        Dictionary<string, ParameterSource> sources,
        BuildContext context,
        CatalogAnchor anchor,
        DerivedValues values,
        PrecisionRatio ratio)
    {
        var urls = anchor.SourceUrls.Concat(ratio.SourceUrls).Distinct().ToList();
        var share = $"{values.Gpus}/{anchor.Gpus}";
        sources["gpusPerInstance"] = new(SourceKind.Derived,
            $"Smallest power-of-two GPU count whose {context.Settings.HbmGbPerGpu} GB HBM per GPU holds the "
            + $"{values.WeightGb:F1} GB of weights in ≤ {context.Settings.MaxWeightShareOfHbm:P0} "
            + "(the rule reproduces the Llama GPU counts of quant-catalog §3.4).",
            anchor.SourceUrls);
        sources["throughputTokensPerSecond"] = new(SourceKind.Estimated,
            $"Θ_BF16 × {share} GPUs × per-GPU speed-up {ratio.PerGpuSpeedup:F3} ({ratio.Rule}, {ratio.Regime}).",
            urls);
        sources["energyJPerToken"] = new(SourceKind.Estimated,
            $"Full-load GPU J/token of BF16 × per-GPU power ratio {ratio.PerGpuPowerRatio:F3} / speed-up "
            + $"{ratio.PerGpuSpeedup:F3} (quant-catalog §3.2 assumption), minus static GPU power / Θ.", urls);
        sources["staticPowerKw"] = new(SourceKind.Estimated,
            $"BF16 fitted intercept × {share} GPUs ({values.StaticGpuW:F0} W) plus {HostText(context, values.Gpus)}.",
            [.. anchor.SourceUrls, context.IdleSourceUrl]);
        sources["tpotMs"] = new(SourceKind.Estimated,
            "BF16 ITL × Θ_BF16/Θ (Little's law at the same batch; it reproduces the ML.ENERGY Qwen3-235B "
            + "FP8-on-half-the-GPUs ITL within about 1 ms).", urls);
        sources["ttftMs"] = TtftSource(context);
    }

    private static void AddSwitching(
        Dictionary<string, ParameterSource> sources,
        BuildContext context,
        DerivedValues values,
        IReadOnlyList<string> parameterCountUrls)
    {
        var settings = context.Settings;
        var line = context.LoadTimeLine;
        sources["weightMemoryGb"] = new(SourceKind.Derived,
            $"Parameters × {WeightMemory.BytesPerParameter(values.Precision):0.###} bytes/parameter "
            + "(INT4 adds one FP16 scale per 128 weights); parameters from params_b of the sweep rows.",
            parameterCountUrls);
        sources["loadTimeSeconds"] = new(SourceKind.Estimated,
            $"Line {line.Intercept:F1} s + {line.Slope:F4} s/GB × weights through the vLLM sleep-mode cold starts "
            + "(Qwen3-Coder-30B BF16, Qwen3-235B FP8; A100, vLLM 0.11.0).", context.LoadSourceUrls);
        sources["loadPowerKw"] = new(SourceKind.Estimated,
            $"A loading instance draws about the idle server power ({settings.IdleServerKwPerGpu} kW/GPU: resident "
            + "model, 0 % util), below P⁰, which E1 already charges for the start period; so nothing is added.",
            [context.IdleSourceUrl]);
        sources["startCostUsd"] = new(SourceKind.Assumption,
            $"GPU-time lost while loading at an assumed ${settings.GpuHourPriceUsd}/GPU-h plus a fixed "
            + $"${settings.FixedStartCostUsd} per start ({CaseStudyNote} c.5: $5–20 per start).", []);
        sources["stopCostUsd"] = new(SourceKind.Assumption,
            "Stopping an instance frees its GPUs at no assumed cost.", []);
        sources["minUpHours"] = new(SourceKind.Assumption, $"{CaseStudyNote} c.5: 1–2 h, lower end.", []);
        sources["minDownHours"] = new(SourceKind.Assumption, $"{CaseStudyNote} c.5: 1–2 h, lower end.", []);
        sources["sloHeadroomFraction"] = new(SourceKind.Assumption,
            $"{CaseStudyNote} c.5: keep ρ ≈ 0.8–0.9 of Θ for bursts; upper end.", []);
    }

    private static string HostText(BuildContext context, int gpus) =>
        $"a host share of {context.HostKwPerGpu:F4} kW/GPU × {gpus} ({context.Settings.IdleServerKwPerGpu} kW/GPU "
        + $"idle server [assumption, {CaseStudyNote} c.4] minus the {context.LoadedIdleGpuW} W measured on a "
        + "loaded, idle H100)";

    private static ParameterSource TtftSource(BuildContext context) => new(SourceKind.Assumption,
        $"TTFT = {context.Settings.TtftPerTpot} × TPOT: no source prints TTFT at these operating points; a new "
        + "request waits for the running step and is prefilled in one chunked step (vLLM), together taken as "
        + $"{context.Settings.TtftPerTpot} decode steps.",
        []);
}
