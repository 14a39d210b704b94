using TokenFlex.Core.Catalog;
using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Importers.Benchmarks;

/// <summary>
/// The quantization-to-power parameters fitted to one benchmark sweep with the catalogue's own fit
/// (<see cref="CatalogDerivation.FitSweep"/>), or why no fit was possible.
/// </summary>
/// <param name="Sweep">The measured sweep.</param>
/// <param name="Fit">Power fit and operating point at the SLO; null when fewer than two points meet it.</param>
/// <param name="Problem">Why there is no fit; null when there is one.</param>
/// <param name="BuiltIn">The built-in catalogue entry measured by the same sweep, compared; null when none.</param>
public sealed record BenchmarkFit(BenchmarkSweep Sweep, SweepFit? Fit, string? Problem, BuiltInComparison? BuiltIn)
{
    /// <summary>P⁰ GPU part: the fitted intercept a [kW].</summary>
    public double? StaticGpuPowerKw => Fit?.StaticGpuPowerW / 1000;

    /// <summary>Fits every sweep at an SLO and compares each with the built-in entry it measures.</summary>
    /// <param name="sweeps">Sweeps read from benchmark files.</param>
    /// <param name="slo">TPOT SLO that selects the operating range and Θ.</param>
    public static IReadOnlyList<BenchmarkFit> FitAll(IReadOnlyList<BenchmarkSweep> sweeps, TpotSlo slo)
    {
        ArgumentNullException.ThrowIfNull(sweeps);
        ArgumentNullException.ThrowIfNull(slo);
        return sweeps.Select(sweep =>
        {
            try
            {
                var fit = CatalogDerivation.FitSweep(sweep.Points, slo);
                return new BenchmarkFit(sweep, fit, null, BuiltInComparison.For(sweep.Configuration, fit));
            }
            catch (ArgumentException e)
            {
                return new BenchmarkFit(sweep, null, e.Message.Split(" (Parameter")[0], null);
            }
        }).ToList();
    }

    /// <summary>Maps ML.ENERGY <c>weight_precision</c> names (<c>bfloat16</c>, <c>fp8</c>, <c>mxfp4</c> …).</summary>
    /// <param name="text">The source's precision text.</param>
    public static Precision? PrecisionOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToUpperInvariant() switch
        {
            "BFLOAT16" or "BF16" => Precision.Bf16,
            "FLOAT16" or "HALF" or "FP16" => Precision.Fp16,
            "FLOAT8" or "FP8" or "FP8_E4M3" => Precision.Fp8,
            _ => PrecisionNames.TryParse(text, out var precision) ? precision : null,
        };
    }
}

/// <summary>
/// A fitted sweep next to the built-in catalogue entry measured by the same ML.ENERGY sweep. "Within the fit
/// error" means: the same Θ (to 0.1 %, the printed rounding), the intercept a within the built-in fit's RMSE, and
/// the slope's power at Θ, |Δe|·Θ, within that RMSE too.
/// </summary>
/// <param name="Entry">The built-in configuration.</param>
/// <param name="Reference">The built-in fit of its BF16 anchor.</param>
/// <param name="DeltaThroughputTokensPerSecond">Θ fitted − Θ built-in [tok/s].</param>
/// <param name="DeltaStaticGpuPowerW">a fitted − a built-in [W].</param>
/// <param name="DeltaEnergyJPerToken">e fitted − e built-in [J/token].</param>
public sealed record BuiltInComparison(
    ServingConfiguration Entry,
    SweepFit Reference,
    double DeltaThroughputTokensPerSecond,
    double DeltaStaticGpuPowerW,
    double DeltaEnergyJPerToken)
{
    /// <summary>The built-in fit's RMSE, the stated fit error [W].</summary>
    public double FitErrorW => Reference.PowerFit.RmseResidual;

    /// <summary>True when Θ, a and e agree within the stated fit error (see the type's summary).</summary>
    public bool WithinFitError =>
        Math.Abs(DeltaThroughputTokensPerSecond) <= 1e-3 * Reference.ThroughputTokensPerSecond
        && Math.Abs(DeltaStaticGpuPowerW) <= FitErrorW
        && Math.Abs(DeltaEnergyJPerToken) * Reference.ThroughputTokensPerSecond <= FitErrorW;

    /// <summary>
    /// The comparison for a sweep of a built-in model's measured (BF16) configuration fitted at the catalogue's SLO;
    /// else null.
    /// </summary>
    /// <param name="configuration">What the sweep measured.</param>
    /// <param name="fit">Its fit.</param>
    public static BuiltInComparison? For(BenchmarkConfiguration configuration, SweepFit fit)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(fit);
        if (fit.Slo != BuiltInCatalog.Report.Settings.Slo)
        {
            return null;
        }

        var model = CatalogModel.BuiltIn.FirstOrDefault(m => m.SourceModel == configuration.ModelId
                                                              && m.Gpu == configuration.GpuModel);
        var precision = BenchmarkFit.PrecisionOf(configuration.WeightPrecision);
        var entry = BuiltInCatalog.Report.Entries.FirstOrDefault(e => model is not null && !e.IsEstimated
            && e.Configuration.ModelId == model.ModelId && e.Configuration.Precision == precision
            && e.Configuration.GpusPerInstance == configuration.Gpus);
        if (entry is null)
        {
            return null;
        }

        var reference = entry.AnchorFit;
        return new BuiltInComparison(entry.Configuration, reference,
            fit.ThroughputTokensPerSecond - reference.ThroughputTokensPerSecond,
            fit.StaticGpuPowerW - reference.StaticGpuPowerW,
            fit.MarginalEnergyJPerToken - reference.MarginalEnergyJPerToken);
    }
}
