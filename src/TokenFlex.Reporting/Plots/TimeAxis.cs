using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace TokenFlex.Reporting.Plots;

/// <summary>
/// The time axis of schedule plots: x in hours from the start of the horizon, ticks labelled with the UTC clock
/// time, and step coordinates so that a period's average is drawn flat across the period.
/// </summary>
internal sealed class TimeAxis
{
    private TimeAxis(DateTimeOffset startUtc, double stepHours, int periods)
    {
        StartUtc = startUtc;
        StepHours = stepHours;
        Periods = periods;
    }

    public DateTimeOffset StartUtc { get; }

    public double StepHours { get; }

    public int Periods { get; }

    /// <summary>Axis label, e.g. "time (UTC), from 2025-03-24 07:00".</summary>
    public string Label => $"time (UTC), from {StartUtc.UtcDateTime:yyyy-MM-dd HH:mm}";

    /// <summary>The axis of a list of period start times (distinct, any order); one hour steps for a single period.</summary>
    public static TimeAxis Of(IEnumerable<DateTimeOffset> periodStarts)
    {
        var starts = periodStarts.Distinct().Order().ToArray();
        var step = starts.Length > 1 ? (starts[1] - starts[0]).TotalHours : 1;
        return new TimeAxis(starts.Length > 0 ? starts[0] : DateTimeOffset.UnixEpoch, step, starts.Length);
    }

    /// <summary>Hours from the start of period <paramref name="period"/>.</summary>
    public double X(int period) => period * StepHours;

    /// <summary>x of a step line: each period's start and end.</summary>
    public double[] StepXs() =>
        [.. Enumerable.Range(0, Periods).SelectMany(t => new[] { X(t), X(t + 1) })];

    /// <summary>y of a step line: each period's value twice.</summary>
    public static double[] StepYs(IReadOnlyList<double> values) => [.. values.SelectMany(v => new[] { v, v })];

    /// <summary>Clock-time ticks about every 3 hours (fewer on long horizons) and x limits spanning the horizon.</summary>
    public void Apply(Plot plot)
    {
        var hours = Periods * StepHours;
        var every = Math.Max(StepHours, Math.Ceiling(hours / 8 / 3) * 3);
        var ticks = new NumericManual();
        for (var x = 0.0; x <= hours + 1e-9; x += every)
        {
            ticks.AddMajor(x, StartUtc.AddHours(x).UtcDateTime.ToString("HH:mm"));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(0, hours);
        plot.XLabel(Label);
    }

    /// <summary>
    /// For horizons of several days: ticks with the UTC date and clock time at each day's start (every few days on
    /// long horizons), minor ticks every 6 hours, and x limits spanning the horizon; <see cref="Apply"/> up to a day.
    /// </summary>
    public void ApplyDays(Plot plot)
    {
        var hours = Periods * StepHours;
        if (hours <= 24 + 1e-9)
        {
            Apply(plot);
            return;
        }

        var everyHours = 24 * Math.Ceiling(hours / 24 / 10);
        var ticks = new NumericManual();
        for (var x = 0.0; x <= hours + 1e-9; x += everyHours)
        {
            ticks.AddMajor(x, StartUtc.AddHours(x).UtcDateTime.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        for (var x = 0.0; x <= hours + 1e-9; x += 6)
        {
            ticks.AddMinor(x);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(0, hours);
        plot.XLabel(Label);
    }

    /// <summary>Shades the periods where <paramref name="called"/> is true (a DR event).</summary>
    public void ShadeEvents(Plot plot, IReadOnlyList<bool> called, string legend)
    {
        var labelled = false;
        for (var t = 0; t < called.Count; t++)
        {
            if (!called[t] || (t > 0 && called[t - 1]))
            {
                continue;
            }

            var end = t;
            while (end + 1 < called.Count && called[end + 1])
            {
                end++;
            }

            var span = plot.Add.HorizontalSpan(X(t), X(end + 1), PlotCanvas.EventShade);
            span.LineWidth = 0;
            span.LegendText = labelled ? "" : legend;
            labelled = true;
        }
    }
}
