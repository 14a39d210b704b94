using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Validation;

/// <summary>Configuration sanity and admissibility: every class with demand must have somewhere to run.</summary>
public static partial class ScenarioRules
{
    private static void CheckConfigurations(RuleContext ctx)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var configurations = ctx.Scenario.Configurations;
        for (var i = 0; i < configurations.Count; i++)
        {
            var path = $"configurations[{i}]";
            var configuration = configurations[i];
            ctx.Id($"{path}.id", configuration.Id, seen, "configuration");
            if (string.IsNullOrWhiteSpace(configuration.ModelId))
            {
                ctx.Add($"{path}.modelId", "modelId must not be empty; name the base model (e.g. llama-3.1-70b)");
            }

            if (!RuleContext.IsValidId(configuration.GpuType ?? ""))
            {
                ctx.Add($"{path}.gpuType", "gpuType must be a GPU type of a campus inventory (e.g. H100-SXM), made of "
                                           + "letters, digits, '_', '.' and '-'", configuration.GpuType);
            }

            if (!Enum.IsDefined(configuration.Precision))
            {
                ctx.Add($"{path}.precision", "precision must be BF16, FP16, FP8, INT8, INT4 or FP4",
                    configuration.Precision);
            }

            CheckConfigurationNumbers(ctx, path, configuration);
        }
    }

    private static void CheckConfigurationNumbers(RuleContext ctx, string path, ServingConfiguration c)
    {
        if (c.GpusPerInstance < 1)
        {
            ctx.Add($"{path}.gpusPerInstance", "gpusPerInstance must be ≥ 1 (the tensor × pipeline parallel degree)",
                c.GpusPerInstance);
        }
        else
        {
            ctx.BelowLimit($"{path}.gpusPerInstance", c.GpusPerInstance, ScenarioLimits.MaxGpusPerInstance, "GPUs");
        }

        ctx.Positive($"{path}.throughputTokensPerSecond", c.ThroughputTokensPerSecond,
            ScenarioLimits.MaxInstanceThroughputTokensPerSecond, "tok/s");
        ctx.NonNegative($"{path}.staticPowerKw", c.StaticPowerKw, ScenarioLimits.MaxInstancePowerKw, "kW");
        ctx.NonNegative($"{path}.energyJPerToken", c.EnergyJPerToken, ScenarioLimits.MaxEnergyJPerToken, "J/token");
        ctx.Efficiency($"{path}.sloHeadroomFraction", c.SloHeadroomFraction);
        ctx.NonNegative($"{path}.qualityLossPercent", c.QualityLossPercent, ScenarioLimits.MaxQualityLossPercent, "%");
        ctx.NonNegative($"{path}.ttftMs", c.TtftMs);
        ctx.NonNegative($"{path}.tpotMs", c.TpotMs);
        ctx.NonNegative($"{path}.startCostUsd", c.StartCostUsd, ScenarioLimits.MaxUnitCostUsd, "USD");
        ctx.NonNegative($"{path}.stopCostUsd", c.StopCostUsd, ScenarioLimits.MaxUnitCostUsd, "USD");
        ctx.NonNegative($"{path}.loadTimeSeconds", c.LoadTimeSeconds);
        ctx.NonNegative($"{path}.loadPowerKw", c.LoadPowerKw, ScenarioLimits.MaxInstancePowerKw, "kW");
        ctx.NonNegative($"{path}.minUpHours", c.MinUpHours);
        ctx.NonNegative($"{path}.minDownHours", c.MinDownHours);
        ctx.NonNegative($"{path}.weightMemoryGb", c.WeightMemoryGb);
    }

    /// <summary>
    /// Why configuration <paramref name="c"/> is not admissible for <paramref name="r"/> regardless of origin
    /// (precision, hard quality cap, TPOT SLO, TTFT SLO even at zero RTT, GPU type on no campus), or null.
    /// </summary>
    private static string? Rejection(WorkloadClass r, ServingConfiguration c, HashSet<string> gpuTypesInstalled)
    {
        if (r.AdmissiblePrecisions.Count > 0 && !r.AdmissiblePrecisions.Contains(c.Precision))
        {
            return $"{c.Precision.Name()} is not in admissiblePrecisions";
        }

        var loss = c.QualityLossPercent * r.QualityLossMultiplier;
        if (r.MaxQualityLossPercent is { } cap && loss > cap)
        {
            return $"quality loss {RuleContext.Num(loss)} % > maxQualityLossPercent {RuleContext.Num(cap)}";
        }

        if (r.TpotSloMs is { } tpotSlo && c.TpotMs > tpotSlo)
        {
            return $"tpotMs {RuleContext.Num(c.TpotMs)} > tpotSloMs {RuleContext.Num(tpotSlo)}";
        }

        if (r.TtftSloMs is { } ttftSlo && c.TtftMs > ttftSlo)
        {
            return $"ttftMs {RuleContext.Num(c.TtftMs)} > ttftSloMs {RuleContext.Num(ttftSlo)}";
        }

        return gpuTypesInstalled.Contains(c.GpuType) ? null : $"no campus has {c.GpuType} GPUs";
    }

    private static bool HasDemand(DemandSeries series) =>
        series.InitialBacklogTokens > 0 || series.TokensPerSecond.Any(v => v > 0);

    private static void CheckAdmissibility(RuleContext ctx)
    {
        var installed = ctx.Scenario.Campuses.SelectMany(c => c.GpuInventory.Where(g => g.Value > 0).Select(g => g.Key))
            .ToHashSet(StringComparer.Ordinal);
        var classes = ctx.Scenario.Classes;
        for (var i = 0; i < classes.Count; i++)
        {
            var r = classes[i];
            var demand = ctx.Scenario.Demand.Select((d, index) => (d, index))
                .Where(x => x.d.ClassId == r.Id && HasDemand(x.d)).ToList();
            var candidates = ctx.Scenario.Configurations.Where(c => c.ModelId == r.ModelId).ToList();
            if (demand.Count == 0 || candidates.Count == 0)
            {
                continue;
            }

            var admissible = candidates.Where(c => Rejection(r, c, installed) is null).ToList();
            if (admissible.Count == 0)
            {
                var reasons = candidates.Take(6).Select(c => $"{c.Id} ({Rejection(r, c, installed)})");
                ctx.Add($"workloadClasses[{i}]", $"class '{r.Id}' has demand but no admissible configuration: "
                                                 + $"{string.Join("; ", reasons)}; relax the class limits or add a "
                                                 + "configuration");
                continue;
            }

            foreach (var (series, index) in demand)
            {
                CheckReach(ctx, $"demand[{index}]", r, series, admissible);
            }
        }
    }

    /// <summary>
    /// Checks that some campus reachable from the demand's origin has GPUs for an admissible configuration within
    /// the TTFT SLO. The home campus is always reachable, at the RTT of its path when one is given, else 0 ms.
    /// </summary>
    private static void CheckReach(
        RuleContext ctx, string path, WorkloadClass r, DemandSeries series, List<ServingConfiguration> admissible)
    {
        if (!ctx.OriginsById.TryGetValue(series.OriginId, out var origin))
        {
            return;
        }

        var reasons = new List<string>();
        foreach (var (campusId, rttMs) in ReachableCampuses(origin))
        {
            if (!ctx.CampusesById.TryGetValue(campusId, out var campus))
            {
                continue;
            }

            var hosted = admissible.Where(c => campus.GpuInventory.GetValueOrDefault(c.GpuType) > 0).ToList();
            if (hosted.Count == 0)
            {
                reasons.Add($"{campusId} has no GPUs for an admissible configuration");
                continue;
            }

            var bestTtft = hosted.Min(c => c.TtftMs);
            if (r.TtftSloMs is not { } slo || rttMs + bestTtft <= slo)
            {
                return;
            }

            reasons.Add($"{campusId}: rtt {RuleContext.Num(rttMs)} ms + ttft {RuleContext.Num(bestTtft)} ms > "
                        + $"ttftSloMs {RuleContext.Num(slo)}");
        }

        ctx.Add(path, $"no campus can serve class '{r.Id}' from origin '{origin.Id}': {string.Join("; ", reasons)}; "
                      + "add a path, GPUs or relax the SLO");
    }

    /// <summary>
    /// Campuses an origin can reach with their RTT: the home campus (RTT of its path if listed, else 0 ms) and
    /// every path's campus.
    /// </summary>
    /// <param name="origin">The origin.</param>
    /// <returns>Campus ids with RTT [ms], home campus first.</returns>
    public static IEnumerable<(string CampusId, double RttMs)> ReachableCampuses(DemandOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var home = origin.Paths.FirstOrDefault(p => p.CampusId == origin.HomeCampusId);
        yield return (origin.HomeCampusId, home?.RttMs ?? 0);
        foreach (var path in origin.Paths.Where(p => p.CampusId != origin.HomeCampusId))
        {
            yield return (path.CampusId, path.RttMs);
        }
    }
}
