namespace TokenFlex.Core.Catalog;

/// <summary>Which inter-token-latency percentile a TPOT SLO is checked against.</summary>
public enum LatencyPercentile
{
    /// <summary>Median inter-token latency.</summary>
    P50,

    /// <summary>90th-percentile inter-token latency (formulation b.2: Θ is defined at P90 latencies).</summary>
    P90,
}

/// <summary>A time-per-output-token service-level objective.</summary>
/// <param name="LimitMs">Largest admissible inter-token latency [ms].</param>
/// <param name="Percentile">Percentile the limit applies to.</param>
public sealed record TpotSlo(double LimitMs, LatencyPercentile Percentile)
{
    /// <summary>The catalogue default: ITL p90 ≤ 50 ms (at least 20 tok/s per stream for 9 in 10 tokens).</summary>
    public static TpotSlo Default { get; } = new(50, LatencyPercentile.P90);

    /// <summary>The latency of a sweep point at this SLO's percentile [ms].</summary>
    /// <param name="point">A measured load point.</param>
    public double LatencyOf(SweepPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Percentile == LatencyPercentile.P50 ? point.ItlP50Ms : point.ItlP90Ms;
    }

    /// <summary>True when the point's latency is within the limit.</summary>
    /// <param name="point">A measured load point.</param>
    public bool Admits(SweepPoint point) => LatencyOf(point) <= LimitMs;
}

/// <summary>One load point of a batch sweep of one instance (one model replica).</summary>
/// <param name="ThroughputTokensPerSecond">Output-token throughput of the instance [tok/s].</param>
/// <param name="InstancePowerW">Average GPU power summed over the instance's GPUs [W].</param>
/// <param name="ItlP50Ms">Median inter-token latency [ms].</param>
/// <param name="ItlP90Ms">90th-percentile inter-token latency [ms].</param>
/// <param name="AverageBatch">Measured average running batch [requests].</param>
/// <param name="MeasuredEnergyJPerToken">Instance GPU energy per output token printed by the source [J/token].</param>
/// <param name="SourceUrl">Address of the measurement, if any.</param>
public sealed record SweepPoint(
    double ThroughputTokensPerSecond,
    double InstancePowerW,
    double ItlP50Ms,
    double ItlP90Ms,
    double AverageBatch,
    double? MeasuredEnergyJPerToken = null,
    string? SourceUrl = null);

/// <summary>An ordinary least-squares line y = a + b·x with its fit quality.</summary>
/// <param name="Intercept">a, in the unit of y.</param>
/// <param name="Slope">b, in the unit of y per unit of x.</param>
/// <param name="RmseResidual">Root-mean-square residual, in the unit of y.</param>
/// <param name="MaxAbsResidual">Largest absolute residual, in the unit of y.</param>
/// <param name="MaxRelativeError">Largest |residual| / |y| [fraction].</param>
/// <param name="PointCount">Number of points fitted.</param>
public sealed record LinearFit(
    double Intercept,
    double Slope,
    double RmseResidual,
    double MaxAbsResidual,
    double MaxRelativeError,
    int PointCount)
{
    /// <summary>a + b·x.</summary>
    /// <param name="x">Abscissa, in the unit of x.</param>
    public double ValueAt(double x) => Intercept + (Slope * x);
}

/// <summary>
/// The quantization-to-power parameters of one instance, fitted from a batch sweep: the affine power model
/// P(X) = a + b·X over the sweep points within the TPOT SLO (X = output tok/s), and the throughput Θ at the SLO.
/// </summary>
/// <param name="PowerFit">Instance GPU power [W] against output throughput [tok/s].</param>
/// <param name="OperatingPoint">The highest-throughput measured point within the SLO.</param>
/// <param name="PointsInRange">The sweep points within the SLO, ascending in throughput.</param>
/// <param name="Slo">The SLO used to select the range.</param>
public sealed record SweepFit(
    LinearFit PowerFit,
    SweepPoint OperatingPoint,
    IReadOnlyList<SweepPoint> PointsInRange,
    TpotSlo Slo)
{
    /// <summary>a: fitted static GPU power of the instance (intercept at zero tokens) [W].</summary>
    public double StaticGpuPowerW => PowerFit.Intercept;

    /// <summary>b: marginal GPU energy per output token [J/token].</summary>
    public double MarginalEnergyJPerToken => PowerFit.Slope;

    /// <summary>Θ: highest measured throughput within the SLO [tok/s].</summary>
    public double ThroughputTokensPerSecond => OperatingPoint.ThroughputTokensPerSecond;

    /// <summary>Latency at the operating point, at the SLO's percentile [ms].</summary>
    public double TpotMs => Slo.LatencyOf(OperatingPoint);

    /// <summary>Fitted GPU energy per token at Θ: (a + b·Θ)/Θ [J/token].</summary>
    public double FullLoadEnergyJPerToken => PowerFit.ValueAt(ThroughputTokensPerSecond) / ThroughputTokensPerSecond;
}
