namespace TokenFlex.Core.Validation;

/// <summary>
/// Plausibility limits that <see cref="ScenarioRules"/> applies. A value beyond one of them is almost always a
/// unit mistake (W for kW, MW for kW, tok/h for tok/s), so it is reported as an error that asks the user to
/// check the unit. Each limit is far above any real site today.
/// </summary>
public static class ScenarioLimits
{
    /// <summary>Largest power of any site quantity (grid limit, PV, battery, generator, DR) [kW] (10 GW).</summary>
    public const double MaxPowerKw = 1e7;

    /// <summary>Largest battery energy capacity [kWh] (100 GWh).</summary>
    public const double MaxEnergyKwh = 1e8;

    /// <summary>Largest token demand of one (class, origin) in one period [tok/s].</summary>
    public const double MaxDemandTokensPerSecond = 1e12;

    /// <summary>Largest static or loading power of one model instance [kW] (10 MW: 1,000 GPUs at 10 kW).</summary>
    public const double MaxInstancePowerKw = 1e4;

    /// <summary>Largest incremental energy per output token [J/token]; measured values are 0.01–10.</summary>
    public const double MaxEnergyJPerToken = 1e4;

    /// <summary>Largest emission factor of a generator [tCO₂/MWh]; diesel is about 0.7.</summary>
    public const double MaxEmissionTonnesPerMwh = 10;

    /// <summary>Largest initial backlog of deferrable work [tokens] (the demand limit for a day).</summary>
    public const double MaxBacklogTokens = 1e17;

    /// <summary>
    /// Largest cost, price or payment per unit (USD per start, per kWh, per kW, per Mtok, per tonne …); energy
    /// prices have their own limit, <see cref="MaxAbsPriceUsdPerMwh"/>.
    /// </summary>
    public const double MaxUnitCostUsd = 1e6;

    /// <summary>Largest throughput of a single model instance [tok/s].</summary>
    public const double MaxInstanceThroughputTokensPerSecond = 1e7;

    /// <summary>Largest absolute energy price [USD/MWh]; market price caps are 5 000–15 000.</summary>
    public const double MaxAbsPriceUsdPerMwh = 1e5;

    /// <summary>Largest grid carbon intensity [gCO₂/kWh]; lignite is about 1 100.</summary>
    public const double MaxCarbonGPerKwh = 5000;

    /// <summary>Largest number of GPUs of one type at one campus.</summary>
    public const int MaxGpusPerCampus = 10_000_000;

    /// <summary>Largest number of GPUs one model instance may occupy.</summary>
    public const int MaxGpusPerInstance = 1024;

    /// <summary>Largest number of periods in a horizon (a leap year at 5-minute steps).</summary>
    public const int MaxPeriods = 105_408;

    /// <summary>Earliest year a horizon may start in.</summary>
    public const int MinStartYear = 1900;

    /// <summary>Latest year a horizon may start in.</summary>
    public const int MaxStartYear = 2200;

    /// <summary>Longest period [h].</summary>
    public const double MaxStepHours = 24;

    /// <summary>Largest fixed PUE accepted [-].</summary>
    public const double MaxPue = 5;

    /// <summary>Lowest ambient temperature accepted [°C].</summary>
    public const double MinAmbientC = -90;

    /// <summary>Highest ambient temperature accepted [°C].</summary>
    public const double MaxAmbientC = 70;

    /// <summary>Largest network round-trip time [ms].</summary>
    public const double MaxRttMs = 10_000;

    /// <summary>Largest quality loss of a configuration [% of score].</summary>
    public const double MaxQualityLossPercent = 100;
}
