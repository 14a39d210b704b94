using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Catalog;

/// <summary>
/// Load time and host power from the carried rows: the vLLM sleep-mode cold starts (Qwen3-Coder-30B BF16,
/// Qwen3-235B FP8) and the H100 "model resident, 0 % utilisation" nvidia-smi reading.
/// </summary>
public static class SwitchingEvidence
{
    /// <summary>
    /// Cold-start time against weight memory: the least-squares line through the vLLM sleep-mode cold starts
    /// (two points, so the line passes through both). x = weights [GB], y = cold start [s].
    /// </summary>
    /// <param name="rows">Carried measurements.</param>
    /// <returns>The line and the addresses of the rows.</returns>
    public static (LinearFit Line, IReadOnlyList<string> SourceUrls) LoadTimeLine(
        IReadOnlyList<MeasurementRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var starts = new List<MeasurementRow>();
        var points = new List<(double WeightGb, double Seconds)>();
        foreach (var row in rows.Where(r => r.SourceUrl.Contains("sleep-mode")))
        {
            if (row.LoadTimeSeconds is { } seconds && row.ParamsBillions is { } paramsBillions
                && PrecisionNames.TryParse(row.Precision, out var precision))
            {
                starts.Add(row);
                points.Add((WeightMemory.WeightGb(paramsBillions, precision), seconds));
            }
        }

        return (CatalogDerivation.FitLine(points), starts.Select(r => r.SourceUrl).Distinct().ToList());
    }

    /// <summary>
    /// Host power per GPU: the idle server power per GPU (case-study-data c.4, an assumption) minus the measured
    /// per-GPU draw of an H100 holding a large allocation at 0 % utilisation (midpoint of the printed range).
    /// </summary>
    /// <param name="rows">Carried measurements.</param>
    /// <param name="settings">Idle server power per GPU.</param>
    /// <returns>Host share [kW/GPU], the loaded-idle GPU power [W] and the row's address.</returns>
    /// <exception cref="InvalidOperationException">No loaded-idle H100 row is carried.</exception>
    public static (double HostKwPerGpu, double LoadedIdleGpuW, string SourceUrl) HostShare(
        IReadOnlyList<MeasurementRow> rows, CatalogSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(settings);
        var row = rows.FirstOrDefault(r => r.Gpu == "H100" && r.GpuPowerIdleText.Length > 0
                                           && r.Notes.Contains("GB allocated"))
            ?? throw new InvalidOperationException("No H100 loaded-idle power row (\"GB allocated\") is carried.");
        var idleW = MeasurementText.RangeMidpoint(row.GpuPowerIdleText)
            ?? throw new InvalidOperationException($"Idle power '{row.GpuPowerIdleText}' has no number.");
        return (settings.IdleServerKwPerGpu - (idleW / 1000), idleW, row.SourceUrl);
    }
}
