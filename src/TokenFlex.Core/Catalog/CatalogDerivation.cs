namespace TokenFlex.Core.Catalog;

/// <summary>
/// Turns a measured (throughput, power, ITL) batch sweep into quantization-to-power parameters
/// (formulation b.2, "Derivation"). Usable on any sweep, not only the built-in measurements.
/// </summary>
public static class CatalogDerivation
{
    /// <summary>Fits y = a + b·x by ordinary least squares.</summary>
    /// <param name="points">At least two (x, y) points with distinct x.</param>
    /// <returns>The line and its residual statistics.</returns>
    /// <exception cref="ArgumentException">Fewer than two points, or all x equal.</exception>
    public static LinearFit FitLine(IReadOnlyList<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2)
        {
            throw new ArgumentException($"A line needs at least 2 points; got {points.Count}.", nameof(points));
        }

        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        if (sxx <= 0)
        {
            throw new ArgumentException("All x values are equal; a slope cannot be fitted.", nameof(points));
        }

        // b = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)²,  a = ȳ − b·x̄
        var slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        var intercept = meanY - (slope * meanX);
        var residuals = points.Select(p => p.Y - (intercept + (slope * p.X))).ToList();
        var rmse = Math.Sqrt(residuals.Average(r => r * r));
        var maxAbs = residuals.Max(Math.Abs);
        var maxRelative = points.Zip(residuals, (p, r) => p.Y == 0 ? 0 : Math.Abs(r / p.Y)).Max();
        return new LinearFit(intercept, slope, rmse, maxAbs, maxRelative, points.Count);
    }

    /// <summary>The sweep points whose latency meets the SLO, ascending in throughput.</summary>
    /// <param name="sweep">Measured load points of one instance.</param>
    /// <param name="slo">TPOT SLO.</param>
    public static IReadOnlyList<SweepPoint> SelectWithinSlo(IEnumerable<SweepPoint> sweep, TpotSlo slo)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(slo);
        return sweep.Where(slo.Admits).OrderBy(p => p.ThroughputTokensPerSecond).ToList();
    }

    /// <summary>
    /// Fits instance power P(X) = a + b·X over the points within the SLO; Θ is the highest measured
    /// throughput within the SLO.
    /// </summary>
    /// <param name="sweep">Measured load points of one instance.</param>
    /// <param name="slo">TPOT SLO.</param>
    /// <exception cref="ArgumentException">Fewer than two sweep points meet the SLO.</exception>
    public static SweepFit FitSweep(IEnumerable<SweepPoint> sweep, TpotSlo slo)
    {
        var inRange = SelectWithinSlo(sweep, slo);
        if (inRange.Count < 2)
        {
            throw new ArgumentException(
                $"Only {inRange.Count} sweep point(s) meet ITL {slo.Percentile} ≤ {slo.LimitMs} ms; "
                + "at least 2 are needed: relax the SLO or add lower-batch points.",
                nameof(sweep));
        }

        var fit = FitLine(inRange.Select(p => (p.ThroughputTokensPerSecond, p.InstancePowerW)).ToList());
        return new SweepFit(fit, inRange[^1], inRange, slo);
    }

    /// <summary>Median of a non-empty set of values (mean of the two middle values for an even count).</summary>
    /// <param name="values">Values.</param>
    /// <exception cref="ArgumentException">No values.</exception>
    public static double Median(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("The median of no values is undefined.", nameof(values));
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
