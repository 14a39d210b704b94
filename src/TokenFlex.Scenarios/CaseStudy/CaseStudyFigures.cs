namespace TokenFlex.Scenarios.CaseStudy;

/// <summary>
/// Published figures the built-in case is set from, each with its source (docs/case-study.md has the
/// full table). Values marked as assumptions have no source and are the case's defaults.
/// </summary>
public static class CaseStudyFigures
{
    /// <summary>LMP statistics (min, max, mean, standard deviation) per ISO as published in the Green-LLM dataset
    /// (<c>JJmingcc/Green_LLM:Dataset/LMP/iso_lmp_statistics_20250331_160054.csv</c>, labelled "576 hourly values");
    /// they match the 576 real-time five-minute values of 24–25 March 2025 of the same dataset [USD/MWh].</summary>
    public static (double Min, double Max, double Mean, double Std) CaisoPrice => (-22.2, 54.8, 22.4, 16.6);

    /// <inheritdoc cref="CaisoPrice"/>
    public static (double Min, double Max, double Mean, double Std) ErcotPrice => (0.0, 385.7, 34.8, 36.9);

    /// <inheritdoc cref="CaisoPrice"/>
    public static (double Min, double Max, double Mean, double Std) PjmPrice => (21.5, 352.8, 42.3, 32.2);

    /// <summary>Electricity Maps hourly life-cycle carbon intensity, 24–25 Mar 2024 (48 h), CAISO and ERCOT as
    /// published in the Green-LLM dataset; PJM (US-MIDA-PJM) computed from the Electricity Maps 2024 hourly
    /// export for the same 48 h [gCO₂/kWh].</summary>
    public static (double Min, double Max, double Mean) CaisoCarbon => (69, 171, 123);

    /// <inheritdoc cref="CaisoCarbon"/>
    public static (double Min, double Max, double Mean) ErcotCarbon => (146, 314, 217);

    /// <inheritdoc cref="CaisoCarbon"/>
    public static (double Min, double Max, double Mean) PjmCarbon => (313.6, 396.0, 360.9);

    /// <summary>GPUs per campus: 4,096 H100, the case-study sizing of the specification (c.1).</summary>
    public const int GpusPerCampus = 4096;

    /// <summary>PJM 2025/26 base residual auction capacity price [USD/MW-day] (S&amp;P Global, July 2025).</summary>
    public const double PjmCapacityUsdPerMwDay = 269.92;

    /// <summary>Annual event-hour cap of PG&amp;E's Base Interruptible Program [h/yr], used to pro-rate the annual
    /// capacity value to a payment per committed kW per event hour.</summary>
    public const double ProgramEventHoursPerYear = 180;

    /// <summary>PJM proposed pre-emergency under-performance penalty range midpoint, (1,150 + 2,300)/2 [USD/MWh].</summary>
    public const double PjmPenaltyUsdPerMwh = 1725;

    /// <summary>Carbon price: midpoint of the 30–90 USD/t ETS-style range of the specification (c.3) [USD/t].</summary>
    public const double CarbonPriceUsdPerTonne = 60;

    /// <summary>Chiller COP in compressor mode and in free cooling (POLCOM data center, Applied Energy 2021).</summary>
    public static (double Compressor, double FreeCooling) ChillerCop => (4.39, 16.5);

    /// <summary>Diesel emission factor: 2.68 kgCO₂/L × 0.27 L/kWh [tCO₂/MWh].</summary>
    public const double DieselTonnesPerMwh = 2.68 * 0.27;

    /// <summary>Diesel fuel cost: midpoint of 0.25–0.40 USD/kWh_e (c.6) [USD/kWh].</summary>
    public const double DieselUsdPerKwh = 0.325;

    /// <summary>λ^cap: capacity value per committed kW per event hour [USD/(kW·h)].</summary>
    public static double CapacityPaymentUsdPerKwHour =>
        PjmCapacityUsdPerMwDay / 1000.0 * 365 / ProgramEventHoursPerYear;
}
