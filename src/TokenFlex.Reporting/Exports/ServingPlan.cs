using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Exports;

/// <summary>Replicas of one configuration (a serving variant) at one campus in one period.</summary>
internal sealed record VariantPlan(
    InstanceResult Instances,
    string ModelId,
    string AcceleratorType,
    int GpusPerReplica,
    double ServedTokensPerSecond,
    double? PlannedGpuPowerW,
    int? GpuPowerLimitW);

/// <summary>The GPU power of one campus in one period: running GPUs and the budget the caps add up to.</summary>
internal sealed record CampusPowerPlan(CampusPeriodResult Period, int RunningGpus, double TotalGpuPowerLimitW);

/// <summary>The share of one (class, origin)'s served tokens that one campus serves in one period.</summary>
internal sealed record RoutingWeight(
    int Period, DateTimeOffset StartUtc, string ClassId, string OriginId, string CampusId, double Weight,
    double TokensPerSecond);

/// <summary>
/// Token capacity of one model's running replicas at a campus, what interactive and deferrable classes use of it,
/// and the envelope deferrable work can use without starting replicas (served deferrable + spare).
/// </summary>
internal sealed record CapacityEnvelope(
    string CampusId, int Period, DateTimeOffset StartUtc, string ModelId, double CapacityTokensPerSecond,
    double InteractiveTokensPerSecond, double DeferrableTokensPerSecond, double SpareTokensPerSecond,
    double DeferrableEnvelopeTokens);

/// <summary>
/// A plan in the shapes serving stacks consume (ecosystem d.8): replicas per variant (llm-d WVA, Dynamo planner),
/// per-GPU power caps and campus GPU budgets (Dynamo <c>dynamo.nvidia.com/gpu-power-limit</c>,
/// <c>total_gpu_power_limit</c>), routing weights per origin and class, and a capacity envelope for deferrable work.
/// </summary>
internal sealed class ServingPlan
{
    private ServingPlan(IReadOnlyList<VariantPlan> variants, IReadOnlyList<CampusPowerPlan> power,
        IReadOnlyList<RoutingWeight> routing, IReadOnlyList<CapacityEnvelope> envelope)
    {
        Variants = variants;
        Power = power;
        Routing = routing;
        Envelope = envelope;
    }

    public IReadOnlyList<VariantPlan> Variants { get; }

    public IReadOnlyList<CampusPowerPlan> Power { get; }

    public IReadOnlyList<RoutingWeight> Routing { get; }

    /// <summary>Empty without a scenario (capacity needs Θ and ρ of each configuration).</summary>
    public IReadOnlyList<CapacityEnvelope> Envelope { get; }

    public static ServingPlan Build(Scenario? scenario, PlanResult result, ExportOptions options)
    {
        var served = result.TokenFlows.GroupBy(f => (f.CampusId, f.ConfigurationId, f.Period))
            .ToDictionary(g => g.Key, g => g.Sum(f => f.TokensPerSecond));
        var campusPeriods = result.CampusPeriods.ToDictionary(p => (p.CampusId, p.Period));
        var variants = result.Instances.Select(i =>
        {
            var config = scenario?.Configurations.FirstOrDefault(k => k.Id == i.ConfigurationId);
            var tokens = served.GetValueOrDefault((i.CampusId, i.ConfigurationId, i.Period));
            var gpusPerReplica = config?.GpusPerInstance ?? (i.Instances > 0 ? i.Gpus / i.Instances : 0);
            var power = GpuPowerW(config, i, tokens, campusPeriods.GetValueOrDefault((i.CampusId, i.Period)),
                result, options);
            return new VariantPlan(i, config?.ModelId ?? "", config?.GpuType ?? "", gpusPerReplica, tokens, power,
                power is { } w ? Limit(w, options) : null);
        }).ToList();
        var power = result.CampusPeriods.Select(p =>
        {
            var running = variants.Where(v => v.Instances.CampusId == p.CampusId && v.Instances.Period == p.Period);
            return new CampusPowerPlan(p, running.Sum(v => v.Instances.Gpus),
                running.Sum(v => (v.GpuPowerLimitW ?? 0) * (double)v.Instances.Gpus));
        }).ToList();
        return new ServingPlan(variants, power, Weights(scenario, result), Envelopes(scenario, result, variants));
    }

    /// <summary>
    /// Planned GPU power per running GPU [W]: with the scenario, (1000·P⁰·n + e·X)/(n·g) minus the host share;
    /// without it, the campus IT power per running GPU minus the host share. Null for a variant with no replicas.
    /// </summary>
    private static double? GpuPowerW(ServingConfiguration? config, InstanceResult i, double tokensPerSecond,
        CampusPeriodResult? period, PlanResult result, ExportOptions options)
    {
        if (i.Instances <= 0 || i.Gpus <= 0)
        {
            return null;
        }

        var hostW = 1000 * options.HostKwPerGpu;
        if (config is not null)
        {
            return ((1000 * config.StaticPowerKw * i.Instances) + (config.EnergyJPerToken * tokensPerSecond)) / i.Gpus
                   - hostW;
        }

        var runningGpus = result.Instances.Where(x => x.CampusId == i.CampusId && x.Period == i.Period).Sum(x => x.Gpus);
        return period is null || runningGpus == 0 ? null : (1000 * period.ItPowerKw / runningGpus) - hostW;
    }

    /// <summary>The cap: planned power rounded up to a whole watt, within the GPU's settable range [W].</summary>
    private static int Limit(double plannedW, ExportOptions options) =>
        (int)Math.Ceiling(Math.Clamp(plannedW, options.MinGpuPowerLimitW, options.MaxGpuPowerLimitW) - 1e-9);

    private static List<RoutingWeight> Weights(Scenario? scenario, PlanResult result)
    {
        var grid = scenario?.TimeGrid;
        var starts = result.CampusPeriods.GroupBy(p => p.Period).ToDictionary(g => g.Key, g => g.First().StartUtc);
        return result.TokenFlows.GroupBy(f => (f.Period, f.ClassId, f.OriginId))
            .OrderBy(g => g.Key.Period).ThenBy(g => g.Key.ClassId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.OriginId, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var total = g.Sum(f => f.TokensPerSecond);
                var start = starts.TryGetValue(g.Key.Period, out var s) ? s : grid?.PeriodStartUtc(g.Key.Period) ?? default;
                return g.GroupBy(f => f.CampusId).OrderBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => new RoutingWeight(g.Key.Period, start, g.Key.ClassId, g.Key.OriginId, c.Key,
                        c.Sum(f => f.TokensPerSecond) / total, c.Sum(f => f.TokensPerSecond)));
            }).ToList();
    }

    private static List<CapacityEnvelope> Envelopes(Scenario? scenario, PlanResult result, List<VariantPlan> variants)
    {
        if (scenario is null)
        {
            return [];
        }

        var stepSeconds = scenario.TimeGrid.StepHours * 3600;
        var deferrable = scenario.Classes.Where(c => c.Kind == WorkloadKind.Deferrable).Select(c => c.Id).ToHashSet();
        var models = scenario.Configurations.ToDictionary(k => k.Id);
        var flows = result.TokenFlows.Where(f => models.ContainsKey(f.ConfigurationId))
            .GroupBy(f => (f.CampusId, f.Period, models[f.ConfigurationId].ModelId, deferrable.Contains(f.ClassId)))
            .ToDictionary(g => g.Key, g => g.Sum(f => f.TokensPerSecond));
        return variants.Where(v => models.ContainsKey(v.Instances.ConfigurationId))
            .GroupBy(v => (v.Instances.CampusId, v.Instances.Period, v.ModelId))
            .Select(g =>
            {
                // R3: usable capacity ρ·Θ·(n − ℓ·starts), ℓ the share of the period a starting replica loads.
                var capacity = g.Sum(v =>
                {
                    var k = models[v.Instances.ConfigurationId];
                    var loading = Math.Min(1, k.LoadTimeSeconds / stepSeconds);
                    return k.SloHeadroomFraction * k.ThroughputTokensPerSecond
                           * (v.Instances.Instances - (loading * v.Instances.Starts));
                });
                var interactive = flows.GetValueOrDefault((g.Key.CampusId, g.Key.Period, g.Key.ModelId, false));
                var batch = flows.GetValueOrDefault((g.Key.CampusId, g.Key.Period, g.Key.ModelId, true));
                var spare = Math.Max(0, capacity - interactive - batch);
                return new CapacityEnvelope(g.Key.CampusId, g.Key.Period, scenario.TimeGrid.PeriodStartUtc(g.Key.Period),
                    g.Key.ModelId, capacity, interactive, batch, spare, (batch + spare) * stepSeconds);
            })
            .OrderBy(e => e.CampusId, StringComparer.Ordinal).ThenBy(e => e.Period)
            .ThenBy(e => e.ModelId, StringComparer.Ordinal)
            .ToList();
    }
}
