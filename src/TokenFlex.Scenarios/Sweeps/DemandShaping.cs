namespace TokenFlex.Scenarios.Sweeps;

/// <summary>Reshapes a demand series for the workload-shape sweeps; the inputs are never modified.</summary>
public static class DemandShaping
{
    /// <summary>
    /// Rotates a series by whole periods: value[t] moves to period (t + shift) mod T, so a positive shift
    /// makes the peak come later. The horizon is treated as one repeating cycle (a day for the daily cases),
    /// so nothing is lost and the volume is unchanged.
    /// </summary>
    /// <param name="values">The series, one value per period.</param>
    /// <param name="shiftPeriods">Periods to move the series forward (negative: earlier).</param>
    public static double[] Rotate(IReadOnlyList<double> values, int shiftPeriods)
    {
        ArgumentNullException.ThrowIfNull(values);
        var count = values.Count;
        var rotated = new double[count];
        for (var t = 0; t < count; t++)
        {
            rotated[(((t + shiftPeriods) % count) + count) % count] = values[t];
        }

        return rotated;
    }

    /// <summary>
    /// Rescales a series around its mean so that its peak-to-average ratio becomes
    /// <paramref name="peakToAverage"/>: x' = m + k·(x − m) with k = (r − 1)·m / (max − m). Negative values are
    /// clipped to 0 and the series is then scaled back to its original mean, so the volume is kept (the
    /// ratio then ends slightly below r; for the built-in cosine profiles nothing is clipped up to r = 2).
    /// A flat or empty series is returned unchanged: there is no peak to stretch.
    /// </summary>
    /// <param name="values">The series [any unit].</param>
    /// <param name="peakToAverage">Target ratio of maximum to mean, at least 1.</param>
    public static double[] WithPeakToAverage(IReadOnlyList<double> values, double peakToAverage)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(peakToAverage, 1.0);
        if (values.Count == 0)
        {
            return [];
        }

        var mean = values.Average();
        var max = values.Max();
        if (mean <= 0 || max - mean <= 1e-12 * Math.Abs(mean))
        {
            return [.. values];
        }

        var k = (peakToAverage - 1) * mean / (max - mean);
        var reshaped = values.Select(x => Math.Max(0, mean + k * (x - mean))).ToArray();
        var scale = mean / reshaped.Average();
        return [.. reshaped.Select(x => x * scale)];
    }

    /// <summary>Peak-to-average ratio max/mean of a series; 1 for an empty or zero series.</summary>
    /// <param name="values">The series.</param>
    public static double PeakToAverage(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var mean = values.Count == 0 ? 0 : values.Average();
        return mean > 0 ? values.Max() / mean : 1;
    }
}
