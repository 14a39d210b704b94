namespace TokenFlex.Scenarios.CaseStudy;

/// <summary>
/// Normalised daily shapes by local hour (0 = midnight) used by the built-in case. They are
/// assumptions that encode the qualitative daily patterns documented in docs/case-study.md (the
/// CAISO duck curve with negative midday prices, evening net-peak spikes in ERCOT, morning and evening
/// peaks in PJM, midday solar dips in carbon intensity, diurnal LLM traffic); calibration to the
/// published statistics happens in <see cref="ProfileCalibration"/>.
/// </summary>
public static class DailyShapes
{
    /// <summary>CAISO price: solar trough (negative prices) 10:00–15:00, net peak 19:00.</summary>
    public static IReadOnlyList<double> CaisoPrice { get; } =
    [
        0.55, 0.52, 0.50, 0.50, 0.52, 0.60, 0.70, 0.72, 0.55, 0.30, 0.12, 0.05,
        0.00, 0.00, 0.05, 0.15, 0.35, 0.65, 0.90, 1.00, 0.95, 0.80, 0.68, 0.60,
    ];

    /// <summary>ERCOT price: low overnight (wind), afternoon ramp, evening net-peak spike at 19:00–20:00.</summary>
    public static IReadOnlyList<double> ErcotPrice { get; } =
    [
        0.10, 0.08, 0.05, 0.03, 0.00, 0.05, 0.15, 0.22, 0.20, 0.18, 0.18, 0.20,
        0.22, 0.25, 0.28, 0.32, 0.40, 0.55, 0.80, 1.00, 0.85, 0.45, 0.25, 0.15,
    ];

    /// <summary>PJM price: morning peak 07:00–09:00, evening peak 18:00–20:00, night trough.</summary>
    public static IReadOnlyList<double> PjmPrice { get; } =
    [
        0.08, 0.04, 0.00, 0.00, 0.04, 0.15, 0.40, 0.62, 0.58, 0.40, 0.30, 0.26,
        0.24, 0.22, 0.22, 0.26, 0.35, 0.60, 0.92, 1.00, 0.85, 0.55, 0.30, 0.15,
    ];

    /// <summary>CAISO carbon: high at night (gas), minimum around solar noon.</summary>
    public static IReadOnlyList<double> CaisoCarbon { get; } =
    [
        0.92, 0.95, 0.97, 1.00, 1.00, 0.98, 0.90, 0.72, 0.45, 0.22, 0.08, 0.02,
        0.00, 0.00, 0.04, 0.12, 0.30, 0.55, 0.75, 0.85, 0.88, 0.90, 0.90, 0.91,
    ];

    /// <summary>ERCOT carbon: lowest overnight and midday (wind, solar), highest in the evening ramp.</summary>
    public static IReadOnlyList<double> ErcotCarbon { get; } =
    [
        0.30, 0.22, 0.15, 0.10, 0.05, 0.00, 0.08, 0.30, 0.45, 0.40, 0.30, 0.22,
        0.18, 0.15, 0.18, 0.25, 0.40, 0.62, 0.85, 1.00, 0.95, 0.80, 0.60, 0.42,
    ];

    /// <summary>PJM carbon: flat, coal and gas on the margin in the day and evening.</summary>
    public static IReadOnlyList<double> PjmCarbon { get; } =
    [
        0.35, 0.25, 0.15, 0.08, 0.03, 0.00, 0.10, 0.35, 0.55, 0.62, 0.65, 0.66,
        0.66, 0.66, 0.68, 0.72, 0.80, 0.90, 1.00, 1.00, 0.92, 0.78, 0.62, 0.48,
    ];

    /// <summary>Clear-sky PV in late March: sunrise about 06:45, sunset about 19:15 local.</summary>
    public static IReadOnlyList<double> PvMarch { get; } =
        Enumerable.Range(0, 24).Select(h => Math.Max(0, Math.Sin(Math.PI * (h + 0.5 - 6.75) / 12.5))).ToArray();

    /// <summary>Diurnal interactive traffic with a peak at <paramref name="peakHour"/> and the given peak-to-average ratio.</summary>
    /// <param name="peakHour">Local hour of the peak.</param>
    /// <param name="peakToAverage">Peak-to-average ratio (1 = flat).</param>
    public static double[] Diurnal(double peakHour, double peakToAverage) =>
        Enumerable.Range(0, 24)
            .Select(h => 1 + (peakToAverage - 1) * Math.Cos(2 * Math.PI * (h + 0.5 - peakHour) / 24))
            .ToArray();
}
