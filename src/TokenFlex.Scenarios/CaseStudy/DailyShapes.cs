namespace TokenFlex.Scenarios.CaseStudy;

/// <summary>
/// Normalised daily shapes by local hour (0 = midnight) used by the built-in case. The price shapes are the
/// hourly means by local hour of the real-time 5-minute LMPs of 24–25 March 2025 (CAISO TH_NP15_GEN-APND,
/// ERCOT HB_HOUSTON, PJM AECO; the Green-LLM dataset, JJmingcc/Green_LLM:Dataset/LMP), and the carbon shapes
/// those of Electricity Maps hourly life-cycle carbon intensity of 24–25 March 2024 (US-CAL-CISO, US-TEX-ERCO,
/// US-MIDA-PJM), each scaled to [0, 1]; calibration to the published statistics happens in
/// <see cref="ProfileCalibration"/>. The PV and traffic shapes are assumptions.
/// </summary>
public static class DailyShapes
{
    /// <summary>CAISO price (TH_NP15): solar trough 10:00–16:00, evening net peak 18:00–22:00.</summary>
    public static IReadOnlyList<double> CaisoPrice { get; } =
    [
        0.90, 0.83, 0.78, 0.79, 0.78, 0.79, 0.87, 0.75, 0.26, 0.25, 0.01, 0.00,
        0.01, 0.09, 0.07, 0.11, 0.01, 0.38, 0.95, 0.96, 0.95, 1.00, 0.94, 0.87,
    ];

    /// <summary>ERCOT price (HB_HOUSTON): flat night, midday dip, evening net-peak spike at 18:00–20:00.</summary>
    public static IReadOnlyList<double> ErcotPrice { get; } =
    [
        0.19, 0.18, 0.17, 0.16, 0.16, 0.19, 0.25, 0.27, 0.14, 0.04, 0.00, 0.03,
        0.12, 0.19, 0.22, 0.26, 0.24, 0.31, 0.94, 1.00, 0.92, 0.41, 0.23, 0.19,
    ];

    /// <summary>PJM price (AECO zone): morning and late-morning peaks (11:00 highest), second peak 19:00–20:00, night trough.</summary>
    public static IReadOnlyList<double> PjmPrice { get; } =
    [
        0.02, 0.09, 0.00, 0.00, 0.03, 0.38, 0.34, 0.59, 0.34, 0.15, 0.59, 1.00,
        0.80, 0.49, 0.13, 0.09, 0.05, 0.11, 0.14, 0.49, 0.55, 0.20, 0.21, 0.09,
    ];

    /// <summary>CAISO carbon: high at night (gas), solar minimum 09:00–16:00.</summary>
    public static IReadOnlyList<double> CaisoCarbon { get; } =
    [
        1.00, 1.00, 0.94, 0.96, 0.92, 0.93, 0.92, 0.75, 0.23, 0.04, 0.01, 0.02,
        0.04, 0.03, 0.00, 0.03, 0.09, 0.25, 0.61, 0.88, 0.91, 0.92, 0.90, 0.95,
    ];

    /// <summary>ERCOT carbon: minimum in the early afternoon (solar), maximum 19:00–21:00.</summary>
    public static IReadOnlyList<double> ErcotCarbon { get; } =
    [
        0.46, 0.39, 0.41, 0.42, 0.39, 0.42, 0.57, 0.61, 0.60, 0.45, 0.33, 0.21,
        0.14, 0.02, 0.00, 0.04, 0.19, 0.31, 0.52, 0.92, 1.00, 1.00, 0.83, 0.62,
    ];

    /// <summary>PJM carbon: maximum at 07:00, minimum at 16:00, high again from 20:00.</summary>
    public static IReadOnlyList<double> PjmCarbon { get; } =
    [
        0.80, 0.78, 0.81, 0.79, 0.78, 0.86, 0.90, 1.00, 0.82, 0.59, 0.38, 0.27,
        0.19, 0.12, 0.08, 0.03, 0.00, 0.12, 0.37, 0.59, 0.85, 0.84, 0.86, 0.84,
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
