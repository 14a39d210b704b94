using System.Globalization;
using TokenFlex.Core.Time;

namespace TokenFlex.Data.Importers;

/// <summary>What to do where a source has no value for part of a period.</summary>
public enum GapFill
{
    /// <summary>A missing interval is an error naming the file and the line or JSON path next to the gap.</summary>
    None,

    /// <summary>A missing interval takes the last value before it (the first value after it at the start).</summary>
    Hold,
}

/// <summary>
/// Puts a <see cref="TimedSeries"/> on a <see cref="TimeGrid"/>: each period's value is the time-weighted average of
/// the source values that overlap it. Finer data is averaged (5-minute LMPs → hourly), coarser data is held
/// (hourly carbon → 15 minutes). Overlapping or repeated source intervals are errors; so are periods that the
/// source does not cover fully, unless <see cref="GapFill.Hold"/> is asked for.
/// </summary>
public static class SeriesAlignment
{
    /// <summary>Uncovered time below this is rounding, not a gap.</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1);

    /// <summary>Aligns a series to a grid.</summary>
    /// <param name="series">The source series, ascending in time.</param>
    /// <param name="grid">The scenario's time grid.</param>
    /// <param name="fill">Gap handling.</param>
    /// <returns>One value per period, with the source metadata.</returns>
    /// <exception cref="ImportException">Intervals overlap, or a period is not covered and <paramref name="fill"/> is
    /// <see cref="GapFill.None"/>.</exception>
    public static SignalSeries ToGrid(TimedSeries series, TimeGrid grid, GapFill fill)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(grid);
        var points = series.Points;
        if (points.Count == 0)
        {
            throw new ImportException($"{series.Source} holds no values{LocationText(series)}");
        }

        CheckOrder(series);
        var values = new double[grid.PeriodCount];
        var filled = new List<int>();
        var first = 0;
        for (var t = 0; t < grid.PeriodCount; t++)
        {
            var start = grid.PeriodStartUtc(t);
            var end = grid.PeriodStartUtc(t + 1);
            while (first < points.Count && Cover(points, first, fill).End <= start)
            {
                first++;
            }

            var parts = new List<(double Value, TimeSpan Overlap)>();
            for (var i = first; i < points.Count && points[i].StartUtc < end; i++)
            {
                var (from, to) = Cover(points, i, fill);
                var overlap = Min(to, end) - Max(from, start);
                if (overlap > TimeSpan.Zero)
                {
                    parts.Add((points[i].Value, overlap));
                }
            }

            var covered = parts.Aggregate(TimeSpan.Zero, (total, p) => total + p.Overlap);
            if (end - start - covered > Tolerance)
            {
                throw new ImportException(GapMessage(series, grid, t, covered > TimeSpan.Zero));
            }

            // Σ v·(overlap/covered): a value that covers the whole period is kept exactly.
            values[t] = parts.Sum(p => p.Value * (p.Overlap / covered));
            if (fill == GapFill.Hold && !FullyCoveredByOwnIntervals(points, start, end))
            {
                filled.Add(t);
            }
        }

        return new SignalSeries
        {
            Grid = grid,
            Values = values,
            Unit = series.Unit,
            SignalType = series.SignalType,
            Scope = series.Scope,
            Source = series.Source,
            Location = series.Location,
            FilledPeriods = filled,
        };
    }

    /// <summary>The interval a point covers: its own, or with holding up to the next point (and open at the ends).</summary>
    private static (DateTimeOffset Start, DateTimeOffset End) Cover(IReadOnlyList<TimedValue> points, int i, GapFill fill)
    {
        if (fill == GapFill.None)
        {
            return (points[i].StartUtc, points[i].EndUtc);
        }

        var start = i == 0 ? DateTimeOffset.MinValue : points[i].StartUtc;
        var end = i == points.Count - 1 ? DateTimeOffset.MaxValue : points[i + 1].StartUtc;
        return (start, end);
    }

    private static bool FullyCoveredByOwnIntervals(IReadOnlyList<TimedValue> points, DateTimeOffset start,
        DateTimeOffset end)
    {
        var covered = points.Where(p => p.StartUtc < end && p.EndUtc > start)
            .Sum(p => (Min(p.EndUtc, end) - Max(p.StartUtc, start)).TotalSeconds);
        return (end - start).TotalSeconds - covered <= Tolerance.TotalSeconds;
    }

    private static void CheckOrder(TimedSeries series)
    {
        var points = series.Points;
        for (var i = 1; i < points.Count; i++)
        {
            var (previous, current) = (points[i - 1], points[i]);
            if (current.StartUtc == previous.StartUtc)
            {
                throw new ImportException($"{series.Source} {current.Where}: {Time(current.StartUtc)} is given twice "
                                          + $"(also at {previous.Where}){LocationText(series)}; keep one value per interval");
            }

            if (current.StartUtc < previous.StartUtc)
            {
                throw new ImportException($"{series.Source} {current.Where}: {Time(current.StartUtc)} comes after "
                                          + $"{Time(previous.StartUtc)} ({previous.Where}); sort the values by time");
            }

            if (current.StartUtc < previous.EndUtc - Tolerance)
            {
                throw new ImportException($"{series.Source} {current.Where}: the interval starting {Time(current.StartUtc)} "
                                          + $"overlaps the one at {previous.Where}, which ends {Time(previous.EndUtc)}");
            }
        }
    }

    private static string GapMessage(TimedSeries series, TimeGrid grid, int period, bool partly)
    {
        var start = grid.PeriodStartUtc(period);
        var end = grid.PeriodStartUtc(period + 1);
        var points = series.Points;
        var gapStart = start;
        foreach (var point in points.Where(p => p.EndUtc > start))
        {
            if (point.StartUtc <= gapStart && point.EndUtc > gapStart)
            {
                gapStart = point.EndUtc;
            }
        }

        var before = points.LastOrDefault(p => p.EndUtc <= gapStart);
        var after = points.FirstOrDefault(p => p.StartUtc > gapStart);
        var context = points[0].StartUtc >= end
            ? $"the data start at {Time(points[0].StartUtc)} ({points[0].Where})"
            : points[^1].EndUtc <= start
                ? $"the data end at {Time(points[^1].EndUtc)} ({points[^1].Where})"
                : $"the last value before the gap is at {before.Where}"
                  + (after == default ? "" : $" and the next at {after.Where}");
        var what = partly ? "the values cover only part of" : "no value covers";
        return $"{series.Source}: {what} {Time(start)} to {Time(end)} (period {period} of the time grid)"
               + $"{LocationText(series)}; {context}. Supply the missing interval or set \"fillGaps\": \"hold\"";
    }

    private static string LocationText(TimedSeries series) =>
        series.Location.Length == 0 ? "" : $" for {series.Location}";

    private static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
