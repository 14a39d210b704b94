namespace TokenFlex.Core.Time;

/// <summary>
/// The planning horizon: a UTC start, a fixed step and a number of periods. Period <c>t</c> covers
/// [<see cref="StartUtc"/> + t·Δ, <see cref="StartUtc"/> + (t+1)·Δ). Every time series of a scenario has
/// exactly <see cref="PeriodCount"/> values, one per period, giving the period average.
/// </summary>
public sealed record TimeGrid
{
    /// <summary>Start of the first period, in UTC.</summary>
    public required DateTimeOffset StartUtc { get; init; }

    /// <summary>Length Δ of one period in hours (1 = hourly, 0.25 = 15 minutes).</summary>
    public required double StepHours { get; init; }

    /// <summary>Number of periods in the horizon.</summary>
    public required int PeriodCount { get; init; }

    /// <summary>
    /// Length of one commitment period in hours: instance counts, starts and generator commitment change
    /// only at its boundaries, while routing, precision and energy are dispatched every <see cref="StepHours"/>
    /// (two time scales). Null means the same as <see cref="StepHours"/>. Must be a whole multiple of it.
    /// </summary>
    public double? CommitmentStepHours { get; init; }

    /// <summary>Dispatch periods per commitment period (1 with a single time scale).</summary>
    public int PeriodsPerCommitment =>
        CommitmentStepHours is { } c ? Math.Max(1, (int)Math.Round(c / StepHours)) : 1;

    /// <summary>Number of commitment periods in the horizon (the last one may be partial).</summary>
    public int CommitmentPeriodCount => (PeriodCount + PeriodsPerCommitment - 1) / PeriodsPerCommitment;

    /// <summary>The commitment period that contains dispatch period <paramref name="period"/>.</summary>
    /// <param name="period">Zero-based dispatch period.</param>
    public int CommitmentPeriodOf(int period) => period / PeriodsPerCommitment;

    /// <summary>Total horizon length in hours.</summary>
    public double HorizonHours => StepHours * PeriodCount;

    /// <summary>Start of period <paramref name="period"/> in UTC.</summary>
    /// <param name="period">Zero-based period index.</param>
    public DateTimeOffset PeriodStartUtc(int period) => StartUtc.AddHours(StepHours * period);

    /// <summary>
    /// Converts a duration in hours to a whole number of periods, rounding up (a minimum up time of
    /// 1.5 h on an hourly grid is 2 periods). Never less than one period for a positive duration.
    /// </summary>
    /// <param name="hours">Duration in hours.</param>
    public int HoursToPeriodsCeiling(double hours) =>
        hours <= 0 ? 0 : Math.Max(1, (int)Math.Ceiling(hours / StepHours - 1e-9));

    /// <summary>
    /// Index of the period that contains <paramref name="instantUtc"/>, or -1 when it lies outside
    /// the horizon.
    /// </summary>
    /// <param name="instantUtc">The instant to locate.</param>
    public int PeriodOf(DateTimeOffset instantUtc)
    {
        var hours = (instantUtc - StartUtc).TotalHours;
        if (hours < -1e-9)
        {
            return -1;
        }

        var period = (int)Math.Floor(hours / StepHours + 1e-9);
        return period < PeriodCount ? period : -1;
    }

    /// <summary>Short label of a period for tables, e.g. <c>03-24 17:00</c> (UTC).</summary>
    /// <param name="period">Zero-based period index.</param>
    public string Label(int period) => PeriodStartUtc(period).UtcDateTime.ToString("MM-dd HH:mm");
}
