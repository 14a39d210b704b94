using TokenFlex.Core.Time;
using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Mapping;

/// <summary>
/// Places the intervals of an event on the scenario's time grid. Interval i starts at its own
/// <c>intervalPeriod.start</c>, else at the event's start plus i × the event's duration, and lasts its own
/// duration, else the event's. A period belongs to an interval when the period's start lies in
/// [start, start + duration), as for scenario DR events (docs/formulation.md 2.1).
/// </summary>
internal static class IntervalWindows
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1);

    /// <summary>The periods of each interval (empty when it lies outside the horizon), or a reason it cannot be placed.</summary>
    public static (IReadOnlyList<int> Periods, string? Problem) Periods(OpenAdrEvent ev, int index, TimeGrid grid)
    {
        var interval = ev.Intervals[index];
        var duration = interval.IntervalPeriod?.Duration ?? ev.IntervalPeriod?.Duration;
        if (duration is not { } length || length <= TimeSpan.Zero)
        {
            return ([], $"interval {interval.Id} has no positive duration (neither its own intervalPeriod nor the event's gives one)");
        }

        DateTimeOffset start;
        if (interval.IntervalPeriod?.Start is { } own)
        {
            start = own;
        }
        else if (ev.IntervalPeriod?.Start is { } eventStart)
        {
            start = eventStart + length * index;
        }
        else
        {
            return ([], $"interval {interval.Id} has no start (neither its own intervalPeriod nor the event's gives one)");
        }

        if (start.Year == 1)
        {
            return ([], $"interval {interval.Id} starts 'now' (0001-01-01), which a plan cannot place; give an absolute start");
        }

        return (Covered(grid, start, length), null);
    }

    private static List<int> Covered(TimeGrid grid, DateTimeOffset start, TimeSpan length)
    {
        var periods = new List<int>();
        var end = length == TimeSpan.MaxValue ? DateTimeOffset.MaxValue : start + length;
        for (var t = 0; t < grid.PeriodCount; t++)
        {
            var periodStart = grid.PeriodStartUtc(t);
            if (periodStart >= start - Tolerance && periodStart < end - Tolerance)
            {
                periods.Add(t);
            }
        }

        return periods;
    }
}
