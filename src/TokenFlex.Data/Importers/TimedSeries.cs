using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Importers;

/// <summary>One value of an imported series: the average over [<see cref="StartUtc"/>, start + duration).</summary>
/// <param name="StartUtc">Interval start [UTC].</param>
/// <param name="Duration">Interval length.</param>
/// <param name="Value">Value in the series' unit.</param>
/// <param name="Where">Where it was read, for messages: <c>line 17</c> or <c>$.history[3]</c>.</param>
public readonly record struct TimedValue(DateTimeOffset StartUtc, TimeSpan Duration, double Value, string Where)
{
    /// <summary>Interval end [UTC].</summary>
    public DateTimeOffset EndUtc => StartUtc + Duration;
}

/// <summary>
/// A time series as a source publishes it, before it is put on a scenario's time grid: values at the source's own
/// resolution (5-minute LMPs, hourly carbon …), in the unit named, with the metadata the source states.
/// </summary>
public sealed record TimedSeries
{
    /// <summary>Where it came from, for messages: the file name as referenced, or provider and request.</summary>
    public required string Source { get; init; }

    /// <summary>The values, ascending in time.</summary>
    public required IReadOnlyList<TimedValue> Points { get; init; }

    /// <summary>Unit of every value after conversion: <c>USD/MWh</c> or <c>gCO2/kWh</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>Pricing node, carbon zone or region the values belong to.</summary>
    public string Location { get; init; } = "";

    /// <summary>Format or provider, e.g. <c>Electricity Maps</c> or <c>CAISO OASIS</c>.</summary>
    public string Provider { get; init; } = "";

    /// <summary>Average or marginal carbon, when the source says so (null for prices or unstated).</summary>
    public CarbonSignalType? SignalType { get; init; }

    /// <summary>Life-cycle or direct emissions, when the source says so.</summary>
    public EmissionScope? Scope { get; init; }

    /// <summary>When the source generated or last updated the data (forecast as issued), when stated [UTC].</summary>
    public DateTimeOffset? GeneratedAtUtc { get; init; }

    /// <summary>The same series with every timestamp moved by whole days (e.g. 364 to use last year's weekday).</summary>
    /// <param name="days">Days to add; may be negative.</param>
    public TimedSeries ShiftedByDays(int days) => days == 0
        ? this
        : this with { Points = Points.Select(p => p with { StartUtc = p.StartUtc.AddDays(days) }).ToList() };
}
