using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Validation;

/// <summary>Workload rules: classes, origins and their network paths, demand series.</summary>
public static partial class ScenarioRules
{
    private static void CheckClasses(RuleContext ctx)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var models = ctx.Scenario.Configurations.Select(c => c.ModelId).Distinct().ToList();
        var classes = ctx.Scenario.Classes;
        for (var i = 0; i < classes.Count; i++)
        {
            var path = $"workloadClasses[{i}]";
            var workloadClass = classes[i];
            ctx.Id($"{path}.id", workloadClass.Id, seen, "workload class");
            if (string.IsNullOrWhiteSpace(workloadClass.ModelId))
            {
                ctx.Add($"{path}.modelId", "modelId must not be empty; name the base model that serves the class");
            }
            else if (!models.Contains(workloadClass.ModelId))
            {
                ctx.Add($"{path}.modelId", $"modelId '{workloadClass.ModelId}' matches no configuration; known "
                                           + $"models: {Known(models)}", workloadClass.ModelId);
            }

            CheckClassParameters(ctx, path, workloadClass);
        }
    }

    private static void CheckClassParameters(RuleContext ctx, string path, WorkloadClass workloadClass)
    {
        if (!Enum.IsDefined(workloadClass.Kind))
        {
            ctx.Add($"{path}.kind", "kind must be interactive or deferrable", workloadClass.Kind);
        }

        var precisions = workloadClass.AdmissiblePrecisions;
        for (var j = 0; j < precisions.Count; j++)
        {
            if (!Enum.IsDefined(precisions[j]) || precisions.Take(j).Contains(precisions[j]))
            {
                ctx.Add($"{path}.admissiblePrecisions[{j}]", "each precision must be known and listed once",
                    precisions[j]);
            }
        }

        if (workloadClass.MaxQualityLossPercent is { } hardCap)
        {
            ctx.NonNegative($"{path}.maxQualityLossPercent", hardCap);
        }

        if (workloadClass.MaxAverageQualityLossPercent is { } averageCap)
        {
            ctx.NonNegative($"{path}.maxAverageQualityLossPercent", averageCap);
        }

        ctx.NonNegative($"{path}.qosPriceUsdPerMtokPercent", workloadClass.QosPriceUsdPerMtokPercent,
            ScenarioLimits.MaxUnitCostUsd, "USD/(Mtok·%)");
        ctx.NonNegative($"{path}.qualityLossMultiplier", workloadClass.QualityLossMultiplier);
        if (workloadClass.TtftSloMs is { } ttft)
        {
            ctx.Positive($"{path}.ttftSloMs", ttft);
        }

        if (workloadClass.TpotSloMs is { } tpot)
        {
            ctx.Positive($"{path}.tpotSloMs", tpot);
        }

        ctx.NonNegative($"{path}.bytesPerToken", workloadClass.BytesPerToken);
        CheckDeadline(ctx, $"{path}.deadlineHours", workloadClass);
    }

    private static void CheckDeadline(RuleContext ctx, string path, WorkloadClass workloadClass)
    {
        if (!ctx.NonNegative(path, workloadClass.DeadlineHours))
        {
            return;
        }

        if (workloadClass.Kind == WorkloadKind.Deferrable && workloadClass.DeadlineHours <= 0)
        {
            ctx.Add(path, "a deferrable class needs deadlineHours > 0 (the time allowed from arrival to service)",
                workloadClass.DeadlineHours);
        }
        else if (workloadClass.Kind == WorkloadKind.Interactive && workloadClass.DeadlineHours > 0)
        {
            ctx.Add(path, "deadlineHours applies only to deferrable classes; set kind to deferrable or remove it",
                workloadClass.DeadlineHours);
        }
    }

    private static void CheckOrigins(RuleContext ctx)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var origins = ctx.Scenario.Origins;
        for (var i = 0; i < origins.Count; i++)
        {
            var path = $"origins[{i}]";
            var origin = origins[i];
            ctx.Id($"{path}.id", origin.Id, seen, "origin");
            CheckCampusReference(ctx, $"{path}.homeCampusId", "homeCampusId", origin.HomeCampusId);
            var pathCampuses = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < origin.Paths.Count; j++)
            {
                var networkPath = origin.Paths[j];
                var itemPath = $"{path}.paths[{j}]";
                if (CheckCampusReference(ctx, $"{itemPath}.campusId", "campusId", networkPath.CampusId)
                    && !pathCampuses.Add(networkPath.CampusId))
                {
                    ctx.Add($"{itemPath}.campusId", $"a second path to campus '{networkPath.CampusId}'; give one path "
                                                    + "per campus", networkPath.CampusId);
                }

                ctx.NonNegative($"{itemPath}.rttMs", networkPath.RttMs, ScenarioLimits.MaxRttMs, "ms");
                if (networkPath.BandwidthGbps is { } bandwidth)
                {
                    ctx.Positive($"{itemPath}.bandwidthGbps", bandwidth);
                }

                ctx.NonNegative($"{itemPath}.transferCostUsdPerMtok", networkPath.TransferCostUsdPerMtok,
                    ScenarioLimits.MaxUnitCostUsd, "USD/Mtok");
            }
        }
    }

    private static bool CheckCampusReference(RuleContext ctx, string path, string field, string campusId)
    {
        if (ctx.CampusesById.ContainsKey(campusId))
        {
            return true;
        }

        ctx.Add(path, $"{field} '{campusId}' matches no campus; known campuses: {Known(ctx.CampusesById.Keys)}",
            campusId);
        return false;
    }

    private static void CheckDemand(RuleContext ctx)
    {
        var seen = new Dictionary<(string, string), string>();
        var demand = ctx.Scenario.Demand;
        for (var i = 0; i < demand.Count; i++)
        {
            var path = $"demand[{i}]";
            var series = demand[i];
            var classKnown = ctx.ClassesById.TryGetValue(series.ClassId, out var workloadClass);
            if (!classKnown)
            {
                ctx.Add($"{path}.classId", $"classId '{series.ClassId}' matches no workload class; known classes: "
                                           + Known(ctx.ClassesById.Keys), series.ClassId);
            }

            var originKnown = ctx.OriginsById.ContainsKey(series.OriginId);
            if (!originKnown)
            {
                ctx.Add($"{path}.originId", $"originId '{series.OriginId}' matches no origin; known origins: "
                                            + Known(ctx.OriginsById.Keys), series.OriginId);
            }

            if (classKnown && originKnown && !seen.TryAdd((series.ClassId, series.OriginId), path))
            {
                ctx.Add(path, $"a second demand series for class '{series.ClassId}' from origin '{series.OriginId}' "
                              + $"(first at {seen[(series.ClassId, series.OriginId)]}); merge them into one");
            }

            ctx.Series($"{path}.tokensPerSecond", series.TokensPerSecond, 0, ScenarioLimits.MaxDemandTokensPerSecond,
                "tok/s");
            if (ctx.NonNegative($"{path}.initialBacklogTokens", series.InitialBacklogTokens,
                    ScenarioLimits.MaxBacklogTokens, "tokens")
                && series.InitialBacklogTokens > 0 && workloadClass?.Kind == WorkloadKind.Interactive)
            {
                ctx.Add($"{path}.initialBacklogTokens", "initialBacklogTokens applies only to deferrable classes; "
                                                        + "remove it or make the class deferrable",
                    series.InitialBacklogTokens);
            }
        }
    }
}
