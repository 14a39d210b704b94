using System.Globalization;
using System.Text;
using System.Text.Json;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Exports;

/// <summary>
/// Writes a <see cref="ServingPlan"/> as <c>serving-plan.json</c> and its CSV equivalents
/// (<c>serving-replicas.csv</c>, <c>serving-power.csv</c>, <c>serving-routing.csv</c>, <c>capacity-envelope.csv</c>).
/// </summary>
internal static class ServingPlanWriter
{
    /// <summary>Dynamo's pod-template annotation for a per-GPU power cap (ai-dynamo/dynamo PR #9369).</summary>
    public const string DynamoPowerLimitAnnotation = "dynamo.nvidia.com/gpu-power-limit";

    public static string Json(Scenario? scenario, PlanResult result, ServingPlan plan, ExportOptions options) =>
        Encoding.UTF8.GetString(JsonOutput.Document(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", "tokenflex.serving-plan.v1");
            w.WriteString("tokenflexVersion", JsonOutput.TokenFlexVersion);
            w.WriteString("scenario", result.ScenarioName);
            w.WriteString("strategy", result.Strategy);
            w.WriteString("status", ReportFormat.Status(result.Solve.Status));
            if (scenario is not null)
            {
                w.WriteNumber("stepHours", scenario.TimeGrid.StepHours);
            }

            w.WriteStartObject("powerLimits");
            w.WriteString("method", "per-GPU cap = planned GPU power per running GPU of the variant, "
                                    + "(1000·P⁰·replicas + e·tokens/s)/GPUs − host share, rounded up to a watt and "
                                    + "kept within [minW, maxW]; campus total_gpu_power_limit = Σ cap × GPUs");
            w.WriteNumber("hostKwPerGpu", options.HostKwPerGpu);
            w.WriteNumber("minW", options.MinGpuPowerLimitW);
            w.WriteNumber("maxW", options.MaxGpuPowerLimitW);
            w.WriteEndObject();
            w.WriteStartArray("campuses");
            foreach (var campus in plan.Power.GroupBy(p => p.Period.CampusId))
            {
                WriteCampus(w, campus.Key, campus, plan, scenario);
            }

            w.WriteEndArray();
            w.WriteStartArray("routing");
            foreach (var group in plan.Routing.GroupBy(r => (r.Period, r.ClassId, r.OriginId)))
            {
                w.WriteStartObject();
                w.WriteNumber("period", group.Key.Period);
                w.WriteString("startUtc", ReportFormat.Timestamp(group.First().StartUtc));
                w.WriteString("classId", group.Key.ClassId);
                w.WriteString("originId", group.Key.OriginId);
                w.NumberOrNull("servedTokensPerSecond", group.Sum(r => r.TokensPerSecond));
                w.MapOrNull("weights", group.ToDictionary(r => r.CampusId, r => r.Weight));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));

    private static void WriteCampus(Utf8JsonWriter w, string campusId, IEnumerable<CampusPowerPlan> periods,
        ServingPlan plan, Scenario? scenario)
    {
        w.WriteStartObject();
        w.WriteString("campusId", campusId);
        w.WriteStartArray("periods");
        foreach (var power in periods)
        {
            var p = power.Period;
            w.WriteStartObject();
            w.WriteNumber("period", p.Period);
            w.WriteString("startUtc", ReportFormat.Timestamp(p.StartUtc));
            if (scenario is not null)
            {
                w.WriteString("endUtc", ReportFormat.Timestamp(scenario.TimeGrid.PeriodStartUtc(p.Period + 1)));
            }

            w.WriteNumber("runningGpus", power.RunningGpus);
            w.NumberOrNull("itPowerKw", p.ItPowerKw);
            w.WriteStartObject("planner");
            w.WriteBoolean("enable_power_awareness", true);
            w.NumberOrNull("total_gpu_power_limit", power.TotalGpuPowerLimitW);
            w.WriteEndObject();
            w.WriteStartArray("variants");
            foreach (var v in plan.Variants.Where(v => v.Instances.CampusId == campusId && v.Instances.Period == p.Period))
            {
                WriteVariant(w, v);
            }

            w.WriteEndArray();
            var envelope = plan.Envelope.Where(e => e.CampusId == campusId && e.Period == p.Period).ToList();
            if (scenario is not null)
            {
                w.WriteStartArray("capacityEnvelope");
                foreach (var e in envelope)
                {
                    w.WriteStartObject();
                    w.WriteString("modelId", e.ModelId);
                    w.NumberOrNull("capacityTokensPerSecond", e.CapacityTokensPerSecond);
                    w.NumberOrNull("interactiveTokensPerSecond", e.InteractiveTokensPerSecond);
                    w.NumberOrNull("deferrableTokensPerSecond", e.DeferrableTokensPerSecond);
                    w.NumberOrNull("spareTokensPerSecond", e.SpareTokensPerSecond);
                    w.NumberOrNull("deferrableEnvelopeTokens", e.DeferrableEnvelopeTokens);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteVariant(Utf8JsonWriter w, VariantPlan v)
    {
        w.WriteStartObject();
        w.WriteString("variantId", v.Instances.ConfigurationId);
        w.WriteString("modelId", v.ModelId);
        w.WriteString("precision", v.Instances.Precision);
        w.WriteString("acceleratorType", v.AcceleratorType);
        w.WriteNumber("gpusPerReplica", v.GpusPerReplica);
        w.WriteNumber("replicas", v.Instances.Instances);
        w.WriteNumber("gpus", v.Instances.Gpus);
        w.NumberOrNull("servedTokensPerSecond", v.ServedTokensPerSecond);
        w.NumberOrNull("plannedGpuPowerW", v.PlannedGpuPowerW);
        w.NumberOrNull("gpuPowerLimitW", v.GpuPowerLimitW);
        w.WriteStartObject("podTemplateAnnotations");
        if (v.GpuPowerLimitW is { } limit)
        {
            w.WriteString(DynamoPowerLimitAnnotation, limit.ToString(CultureInfo.InvariantCulture));
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static string Replicas(ServingPlan plan) => Csv(
        ["campusId", "period", "variantId", "modelId", "precision", "acceleratorType", "gpusPerReplica", "replicas",
            "gpus", "servedTokensPerSecond", "gpuPowerLimitW"],
        plan.Variants.Select(v => new[]
        {
            v.Instances.CampusId, I(v.Instances.Period), v.Instances.ConfigurationId, v.ModelId, v.Instances.Precision,
            v.AcceleratorType, I(v.GpusPerReplica), I(v.Instances.Instances), I(v.Instances.Gpus),
            ReportFormat.Number(v.ServedTokensPerSecond), v.GpuPowerLimitW is { } l ? I(l) : "",
        }));

    public static string Power(ServingPlan plan) => Csv(
        ["campusId", "period", "startUtc", "runningGpus", "itPowerKw", "totalGpuPowerLimitW"],
        plan.Power.Select(p => new[]
        {
            p.Period.CampusId, I(p.Period.Period), ReportFormat.Timestamp(p.Period.StartUtc), I(p.RunningGpus),
            ReportFormat.Number(p.Period.ItPowerKw), ReportFormat.Number(p.TotalGpuPowerLimitW),
        }));

    public static string Routing(ServingPlan plan) => Csv(
        ["period", "startUtc", "classId", "originId", "campusId", "weight", "tokensPerSecond"],
        plan.Routing.Select(r => new[]
        {
            I(r.Period), ReportFormat.Timestamp(r.StartUtc), r.ClassId, r.OriginId, r.CampusId,
            ReportFormat.Number(r.Weight), ReportFormat.Number(r.TokensPerSecond),
        }));

    public static string Envelope(ServingPlan plan) => Csv(
        ["campusId", "period", "startUtc", "modelId", "capacityTokensPerSecond", "interactiveTokensPerSecond",
            "deferrableTokensPerSecond", "spareTokensPerSecond", "deferrableEnvelopeTokens"],
        plan.Envelope.Select(e => new[]
        {
            e.CampusId, I(e.Period), ReportFormat.Timestamp(e.StartUtc), e.ModelId,
            ReportFormat.Number(e.CapacityTokensPerSecond), ReportFormat.Number(e.InteractiveTokensPerSecond),
            ReportFormat.Number(e.DeferrableTokensPerSecond), ReportFormat.Number(e.SpareTokensPerSecond),
            ReportFormat.Number(e.DeferrableEnvelopeTokens),
        }));

    /// <summary>RFC 4180 with CRLF line ends, as the other CSV reports (<see cref="CsvWriters"/>).</summary>
    internal static string Csv(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            text.AppendJoin(',', row.Select(CsvWriters.Escape)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
