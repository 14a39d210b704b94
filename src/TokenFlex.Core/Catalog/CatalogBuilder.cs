using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Catalog;

/// <summary>
/// Builds quantization-to-power configurations from measurements (formulation b.2, "Derivation"):
/// BF16 parameters are fitted to a measured ML.ENERGY sweep; quantized ones are estimated from the BF16
/// fit and the measured per-GPU precision ratios. docs/catalog.md states every step and assumption.
/// </summary>
public static class CatalogBuilder
{
    /// <summary>Builds every (model, precision) configuration of <see cref="CatalogModel.BuiltIn"/>.</summary>
    /// <param name="rows">Measurements (usually <see cref="MeasurementTable.LoadBuiltIn"/>).</param>
    /// <param name="settings">SLO, assumptions and rule parameters.</param>
    /// <returns>The configurations, with sources, and the report.</returns>
    /// <exception cref="InvalidOperationException">The rows lack evidence a step needs.</exception>
    public static CatalogResult Build(IReadOnlyList<MeasurementRow> rows, CatalogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(settings);
        var (hostKw, idleW, idleUrl) = SwitchingEvidence.HostShare(rows, settings);
        var (loadLine, loadUrls) = SwitchingEvidence.LoadTimeLine(rows);
        var context = new BuildContext(
            rows, settings, PrecisionEvidence.Ratios(rows, settings), hostKw, idleW, idleUrl, loadLine, loadUrls);
        var reports = CatalogModel.BuiltIn
            .Select(model => Anchor(rows, model, settings))
            .SelectMany(anchor => CatalogModel.BuiltInPrecisions.Select(p => Derive(context, anchor, p)))
            .ToList();
        var report = new CatalogReport
        {
            Entries = reports,
            PrecisionRatios = context.Ratios,
            HostKwPerGpu = hostKw,
            LoadedIdleGpuW = idleW,
            LoadTimeLine = loadLine,
            Settings = settings,
        };
        return new CatalogResult(reports.Select(r => r.Configuration).ToList(), report);
    }

    /// <summary>The model's measured BF16 sweep on its GPU and task, fitted at the SLO.</summary>
    /// <param name="rows">Measurements.</param>
    /// <param name="model">Catalogue model.</param>
    /// <param name="settings">The SLO.</param>
    /// <exception cref="InvalidOperationException">No sweep rows, or they disagree on GPU count.</exception>
    public static CatalogAnchor Anchor(IReadOnlyList<MeasurementRow> rows, CatalogModel model, CatalogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        var sweepRows = rows
            .Where(r => r.Model == model.SourceModel && r.Gpu == model.Gpu && r.Precision == "BF16")
            .Where(r => MlEnergyRows.IsSweepRow(r) && MeasurementText.Task(r.Notes) == model.Task)
            .ToList();
        var gpus = sweepRows.Select(MlEnergyRows.GpuCount).Distinct().ToList();
        if (sweepRows.Count == 0 || gpus.Count != 1 || sweepRows[0].ParamsBillions is not { } paramsBillions)
        {
            throw new InvalidOperationException(
                $"Need one BF16 {model.Gpu} sweep of {model.SourceModel} ({model.Task}) "
                + "with a single GPU count and params_b.");
        }

        var points = sweepRows.Select(MlEnergyRows.ToSweepPoint).OfType<SweepPoint>().ToList();
        var fit = CatalogDerivation.FitSweep(points, settings.Slo);
        var urls = sweepRows.Select(r => r.SourceUrl).Distinct().ToList();
        return new CatalogAnchor(model, fit, gpus[0], paramsBillions, urls);
    }

    private static CatalogEntryReport Derive(BuildContext context, CatalogAnchor anchor, Precision precision)
    {
        var settings = context.Settings;
        var fit = anchor.Fit;
        var weightGb = WeightMemory.WeightGb(anchor.ParamsBillions, precision);
        var gpus = precision == Precision.Bf16 ? anchor.Gpus : WeightMemory.MinimumGpus(weightGb, settings);
        var regime = gpus < anchor.Gpus ? OccupancyRegime.FewerGpus : OccupancyRegime.SameGpuCount;
        var ratio = context.Ratios.FirstOrDefault(r => r.Precision == precision && r.Regime == regime);
        var gpuShare = (double)gpus / anchor.Gpus;

        // Θ_q = Θ_BF16 · (g_q/g_BF16) · s_q;  P⁰_GPU,q = a · g_q/g_BF16
        var throughput = fit.ThroughputTokensPerSecond * gpuShare * (ratio?.PerGpuSpeedup ?? 1);
        var staticGpuW = fit.StaticGpuPowerW * gpuShare;

        // J/tok_q(full load) = J/tok_BF16 · ρ_q / s_q, with ρ the per-GPU power ratio; a ρ > 1 may raise the
        // per-GPU power to TDP at most. e_q = J/tok_q − P⁰_GPU,q/Θ_q
        var fullLoadPerGpuW = fit.PowerFit.ValueAt(fit.ThroughputTokensPerSecond) / anchor.Gpus;
        var tdpRatio = Math.Max(1, settings.GpuTdpW / fullLoadPerGpuW);
        var powerRatio = ratio is null ? 1 : Math.Min(ratio.PerGpuPowerRatio, tdpRatio);
        var fullLoadGpuJ = fit.FullLoadEnergyJPerToken * powerRatio / (ratio?.PerGpuSpeedup ?? 1);
        var energy = Math.Max(0, fullLoadGpuJ - (staticGpuW / throughput));

        // TPOT_q = TPOT_BF16 · Θ_BF16/Θ_q (Little's law at the same batch)
        var tpot = fit.TpotMs * fit.ThroughputTokensPerSecond / throughput;
        var values = new DerivedValues(precision, gpus, weightGb, throughput, staticGpuW, energy, tpot, ratio);
        var configuration = Assemble(context, anchor, values);
        return new CatalogEntryReport
        {
            Configuration = configuration,
            AnchorFit = fit,
            ReferenceGpus = anchor.Gpus,
            Ratio = ratio,
            AppliedPowerRatio = powerRatio,
            FullLoadGpuEnergyJPerToken = fullLoadGpuJ,
            IsEstimated = ratio is not null,
            TpotWithinSlo = tpot <= settings.Slo.LimitMs,
        };
    }

    private static ServingConfiguration Assemble(BuildContext context, CatalogAnchor anchor, DerivedValues values)
    {
        var settings = context.Settings;
        var quality = QualityEvidence.Estimate(context.Rows, anchor.Model.ModelId, values.Precision,
            QualityEvidence.BuiltInRules);
        var staticKw = (values.StaticGpuW + (1000 * context.HostKwPerGpu * values.Gpus)) / 1000;
        var loadSeconds = context.LoadTimeLine.ValueAt(values.WeightGb);
        return new ServingConfiguration
        {
            Id = anchor.Model.ConfigurationId(values.Precision, values.Gpus, anchor.Gpus),
            ModelId = anchor.Model.ModelId,
            Precision = values.Precision,
            GpuType = anchor.Model.GpuType,
            GpusPerInstance = values.Gpus,
            ThroughputTokensPerSecond = values.ThroughputTokensPerSecond,
            StaticPowerKw = staticKw,
            EnergyJPerToken = values.EnergyJPerToken,
            SloHeadroomFraction = settings.SloHeadroomFraction,
            QualityLossPercent = quality.LossPercent,
            TtftMs = settings.TtftPerTpot * values.TpotMs,
            TpotMs = values.TpotMs,
            StartCostUsd = (loadSeconds / 3600 * values.Gpus * settings.GpuHourPriceUsd) + settings.FixedStartCostUsd,
            StopCostUsd = settings.StopCostUsd,
            LoadTimeSeconds = loadSeconds,
            LoadPowerKw = Math.Max(0, (settings.IdleServerKwPerGpu * values.Gpus) - staticKw),
            MinUpHours = settings.MinUpHours,
            MinDownHours = settings.MinDownHours,
            WeightMemoryGb = values.WeightGb,
            Sources = EntrySources.Build(context, anchor, values, quality),
        };
    }
}

/// <summary>A model's BF16 sweep fit: the measured anchor of all its configurations.</summary>
/// <param name="Model">Catalogue model.</param>
/// <param name="Fit">Power fit and operating point at the SLO.</param>
/// <param name="Gpus">GPUs of the measured BF16 instance.</param>
/// <param name="ParamsBillions">Parameter count [billions].</param>
/// <param name="SourceUrls">Addresses of the sweep rows.</param>
public sealed record CatalogAnchor(
    CatalogModel Model,
    SweepFit Fit,
    int Gpus,
    double ParamsBillions,
    IReadOnlyList<string> SourceUrls);

/// <summary>Shared inputs of one catalogue build.</summary>
internal sealed record BuildContext(
    IReadOnlyList<MeasurementRow> Rows,
    CatalogSettings Settings,
    IReadOnlyList<PrecisionRatio> Ratios,
    double HostKwPerGpu,
    double LoadedIdleGpuW,
    string IdleSourceUrl,
    LinearFit LoadTimeLine,
    IReadOnlyList<string> LoadSourceUrls);

/// <summary>The dispatch numbers of one configuration before assembly.</summary>
internal sealed record DerivedValues(
    Precision Precision,
    int Gpus,
    double WeightGb,
    double ThroughputTokensPerSecond,
    double StaticGpuW,
    double EnergyJPerToken,
    double TpotMs,
    PrecisionRatio? Ratio);
