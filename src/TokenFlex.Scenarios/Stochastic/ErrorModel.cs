namespace TokenFlex.Scenarios.Stochastic;

/// <summary>
/// Forecast errors of the built-in scenario generator. Each uncertain series gets an AR(1) error in time,
/// ε_t = φ·ε_{t−1} + √(1 − φ²)·σ·z_t with z standard normal, so errors persist over hours as forecast
/// errors do. Demand, carbon and PV are scaled by exp(ε − σ²/2) (mean-preserving, never negative);
/// prices get an additive error of σ times the series' mean absolute price. The defaults are assumptions
/// (no published day-ahead error figures for these series are carried); calibrate them to your forecasts.
/// </summary>
public sealed record ErrorModel
{
    /// <summary>σ of the demand error (10 % of volume).</summary>
    public double DemandSigma { get; init; } = 0.10;

    /// <summary>σ of the price error, relative to the mean absolute price.</summary>
    public double PriceSigma { get; init; } = 0.20;

    /// <summary>σ of the carbon-intensity error.</summary>
    public double CarbonSigma { get; init; } = 0.05;

    /// <summary>σ of the PV error.</summary>
    public double PvSigma { get; init; } = 0.20;

    /// <summary>φ: hour-to-hour persistence of every error.</summary>
    public double Persistence { get; init; } = 0.8;

    /// <summary>Probability that each announced DR event is called.</summary>
    public double EventCallProbability { get; init; } = 0.6;
}
