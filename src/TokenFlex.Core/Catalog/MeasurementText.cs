using System.Globalization;
using System.Text.RegularExpressions;

namespace TokenFlex.Core.Catalog;

/// <summary>
/// Reads the numbers that the catalogue keeps in free text: ML.ENERGY notes (ITL percentiles, GPU count,
/// instance power, task), batch descriptions, reported speed-ups, idle-power ranges and quality deltas.
/// Every method returns null when the text does not contain the pattern.
/// </summary>
public static partial class MeasurementText
{
    /// <summary>Inter-token latency p50 and p90 from text like <c>ITL p50 33.6 ms / p90 51.7 ms</c> [ms].</summary>
    /// <param name="notes">Notes text.</param>
    public static (double P50Ms, double P90Ms)? ItlMs(string notes)
    {
        var match = ItlPattern().Match(notes);
        return match.Success ? (Number(match.Groups[1]), Number(match.Groups[2])) : null;
    }

    /// <summary>Measured average running batch from text like <c>(avg running batch 31.9)</c>.</summary>
    /// <param name="batchText">The batch_or_concurrency text.</param>
    public static double? AverageRunningBatch(string batchText) => First(AverageBatchPattern(), batchText);

    /// <summary>vLLM <c>max_num_seqs=N</c> from a batch description.</summary>
    /// <param name="batchText">The batch_or_concurrency text.</param>
    public static double? MaxNumSeqs(string batchText) => First(MaxNumSeqsPattern(), batchText);

    /// <summary>
    /// Nominal batch of a row: <c>max_num_seqs=N</c> or <c>batch N</c>; an unthrottled request rate
    /// (a saturating load) reads as positive infinity.
    /// </summary>
    /// <param name="batchText">The batch_or_concurrency text.</param>
    public static double? NominalBatch(string batchText)
    {
        if (batchText.Contains("unthrottled", StringComparison.OrdinalIgnoreCase))
        {
            return double.PositiveInfinity;
        }

        return MaxNumSeqs(batchText) ?? First(StaticBatchPattern(), batchText);
    }

    /// <summary>GPUs of one instance from text like <c>4xH100 TP4</c>.</summary>
    /// <param name="notes">Notes text.</param>
    public static int? GpuCount(string notes) => First(GpuCountPattern(), notes) is { } count ? (int)count : null;

    /// <summary>Instance GPU power summed over GPUs from <c>instance avg GPU power 1765 W</c> [W].</summary>
    /// <param name="notes">Notes text.</param>
    public static double? InstancePowerW(string notes) => First(InstancePowerPattern(), notes);

    /// <summary>ML.ENERGY task name from <c>task=lm-arena-chat</c>.</summary>
    /// <param name="notes">Notes text.</param>
    public static string? Task(string notes)
    {
        var match = TaskPattern().Match(notes);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>A speed-up printed as <c>speedup vs FP16 = 1.39x</c> or <c>… on same GPU = 1.51x</c>.</summary>
    /// <param name="notes">Notes text.</param>
    public static double? ReportedSpeedup(string notes) => First(SpeedupPattern(), notes);

    /// <summary>Midpoint of a range like <c>140-145</c>, or the single value.</summary>
    /// <param name="rangeText">Range text.</param>
    public static double? RangeMidpoint(string rangeText)
    {
        var match = RangePattern().Match(rangeText);
        if (!match.Success)
        {
            return null;
        }

        var low = Number(match.Groups[1]);
        return match.Groups[2].Success ? (low + Number(match.Groups[2])) / 2 : low;
    }

    /// <summary>The first signed number in a text like <c>-0.46%</c> or <c>100.3%</c>.</summary>
    /// <param name="text">Text that starts with a number.</param>
    public static double? LeadingNumber(string text) => First(LeadingNumberPattern(), text);

    private static double? First(Regex pattern, string text)
    {
        var match = pattern.Match(text);
        return match.Success ? Number(match.Groups[1]) : null;
    }

    private static double Number(Group group) => double.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"ITL p50 ([\d.]+) ms / p90 ([\d.]+) ms")]
    private static partial Regex ItlPattern();

    [GeneratedRegex(@"avg running batch ([\d.]+)")]
    private static partial Regex AverageBatchPattern();

    [GeneratedRegex(@"max_num_seqs=(\d+)")]
    private static partial Regex MaxNumSeqsPattern();

    [GeneratedRegex(@"^batch (\d+)")]
    private static partial Regex StaticBatchPattern();

    [GeneratedRegex(@"\b(\d+)x[A-Z]\d+\b")]
    private static partial Regex GpuCountPattern();

    [GeneratedRegex(@"instance avg GPU power ([\d.]+) W")]
    private static partial Regex InstancePowerPattern();

    [GeneratedRegex(@"task=([\w-]+)")]
    private static partial Regex TaskPattern();

    [GeneratedRegex(@"speedup vs FP16[^=]*= ([\d.]+)x")]
    private static partial Regex SpeedupPattern();

    [GeneratedRegex(@"^\s*([\d.]+)(?:\s*-\s*([\d.]+))?")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"^\s*([-+]?[\d.]+)")]
    private static partial Regex LeadingNumberPattern();
}
