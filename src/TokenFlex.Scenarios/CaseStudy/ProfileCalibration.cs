namespace TokenFlex.Scenarios.CaseStudy;

/// <summary>
/// Turns a normalised daily shape (24 local-hour values in [0, 1], with 0 and 1 both present) into a
/// series that reproduces published statistics: p(h) = min + (max − min)·s(h)^γ, with γ &gt; 0 chosen by
/// bisection so that the daily mean equals the published mean. The day therefore spans exactly the
/// published range and keeps the shape's ordering of hours.
/// </summary>
public static class ProfileCalibration
{
    /// <summary>Calibrates a shape to a minimum, maximum and mean.</summary>
    /// <param name="shape">24 values in [0, 1] by local hour.</param>
    /// <param name="min">Published minimum.</param>
    /// <param name="max">Published maximum.</param>
    /// <param name="mean">Published mean; must lie strictly between min and max.</param>
    public static double[] Calibrate(IReadOnlyList<double> shape, double min, double max, double mean)
    {
        if (!(mean > min && mean < max))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), "The mean must lie strictly between min and max.");
        }

        var target = (mean - min) / (max - min);
        double lo = 1e-3, hi = 1e3;
        for (var i = 0; i < 200; i++)
        {
            var gamma = Math.Sqrt(lo * hi);
            if (MeanOfPower(shape, gamma) > target)
            {
                lo = gamma;
            }
            else
            {
                hi = gamma;
            }
        }

        var best = Math.Sqrt(lo * hi);
        return shape.Select(s => min + (max - min) * Math.Pow(s, best)).ToArray();
    }

    /// <summary>
    /// Calibrates a shape to a published mean and standard deviation: p = clamp(m + a·σ·z(s), min, max), where z
    /// is the shape standardised to mean 0 and standard deviation 1; the shift m restores the mean after
    /// clipping and the stretch a ≥ 1 (found by bisection) restores the standard deviation that clipping to
    /// the published range removes, when the range allows it. Used for prices, whose monthly extremes are
    /// rare spikes that a typical day need not span.
    /// </summary>
    /// <param name="shape">24 values by local hour.</param>
    /// <param name="stats">Published minimum, maximum, mean and standard deviation.</param>
    public static double[] CalibrateMeanStd(IReadOnlyList<double> shape, (double Min, double Max, double Mean, double Std) stats)
    {
        var shapeMean = shape.Average();
        var shapeStd = Math.Sqrt(shape.Average(s => (s - shapeMean) * (s - shapeMean)));
        var z = shape.Select(s => (s - shapeMean) / shapeStd).ToArray();
        double lo = 1, hi = 10;
        if (StdOf(Stretch(z, stats, lo)) >= stats.Std)
        {
            return Stretch(z, stats, lo);
        }

        for (var i = 0; i < 60; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (StdOf(Stretch(z, stats, mid)) < stats.Std)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return Stretch(z, stats, 0.5 * (lo + hi));
    }

    private static double[] Stretch(double[] z, (double Min, double Max, double Mean, double Std) stats, double stretch)
    {
        var values = z.Select(v => stats.Mean + stretch * stats.Std * v).ToArray();
        for (var i = 0; i < 100; i++)
        {
            var shift = stats.Mean - values.Average();
            values = values.Select(v => Math.Clamp(v + shift, stats.Min, stats.Max)).ToArray();
        }

        return values;
    }

    private static double StdOf(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }

    /// <summary>
    /// Maps a 24-value local-hour profile onto the periods of an hourly UTC grid: period t starts at
    /// local hour (startUtcHour + t + utcOffsetHours) mod 24.
    /// </summary>
    /// <param name="localProfile">Values by local hour 0..23.</param>
    /// <param name="startUtcHour">UTC hour of the first period.</param>
    /// <param name="utcOffsetHours">Local time minus UTC, e.g. −7 for PDT.</param>
    /// <param name="periods">Number of hourly periods.</param>
    public static double[] ToUtcPeriods(IReadOnlyList<double> localProfile, int startUtcHour, int utcOffsetHours, int periods) =>
        Enumerable.Range(0, periods)
            .Select(t => localProfile[(((startUtcHour + t + utcOffsetHours) % 24) + 24) % 24])
            .ToArray();

    private static double MeanOfPower(IReadOnlyList<double> shape, double gamma) =>
        shape.Average(s => Math.Pow(s, gamma));
}
