using System.Globalization;
using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Validation;

/// <summary>
/// State shared by the scenario rules: the error collector, the number of periods and lookups by id. The
/// checks compare with <c>&lt;</c> and <c>&gt;</c> only, so a NaN (already reported as not finite) never
/// raises a second, misleading error.
/// </summary>
internal sealed class RuleContext
{
    /// <summary>Most element errors listed per series before the rest is summarised.</summary>
    private const int MaxSeriesErrors = 5;

    public RuleContext(Scenario scenario)
    {
        Scenario = scenario;
        var grid = scenario.TimeGrid;
        Periods = grid is { PeriodCount: >= 1 and <= ScenarioLimits.MaxPeriods } ? grid.PeriodCount : -1;
        CampusesById = FirstById(scenario.Campuses, c => c.Id);
        ConfigurationsById = FirstById(scenario.Configurations, c => c.Id);
        ClassesById = FirstById(scenario.Classes, c => c.Id);
        OriginsById = FirstById(scenario.Origins, o => o.Id);
    }

    public Scenario Scenario { get; }

    public ValidationCollector Errors { get; } = new();

    /// <summary>Number of periods, or -1 when the time grid is invalid (series lengths are then not checked).</summary>
    public int Periods { get; }

    public IReadOnlyDictionary<string, Campus> CampusesById { get; }

    public IReadOnlyDictionary<string, ServingConfiguration> ConfigurationsById { get; }

    public IReadOnlyDictionary<string, WorkloadClass> ClassesById { get; }

    public IReadOnlyDictionary<string, DemandOrigin> OriginsById { get; }

    public static string Num(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>The last segment of a path, e.g. <c>minSocFraction</c>.</summary>
    public static string Field(string path) => path[(path.LastIndexOf('.') + 1)..];

    public void Add(string path, string message, object? value = null) => Errors.Add(path, message, value);

    public bool Finite(string path, double value)
    {
        if (double.IsFinite(value))
        {
            return true;
        }

        Add(path, $"{Field(path)} must be a finite number, not NaN or Infinity", value);
        return false;
    }

    /// <summary>Checks 0 ≤ value ≤ max, naming the plausibility limit when the value exceeds it.</summary>
    public bool NonNegative(string path, double value, double max = double.PositiveInfinity, string unit = "")
    {
        if (!Finite(path, value))
        {
            return false;
        }

        if (value < 0)
        {
            Add(path, $"{Field(path)} must be ≥ 0", value);
            return false;
        }

        return BelowLimit(path, value, max, unit);
    }

    /// <summary>Checks 0 &lt; value ≤ max.</summary>
    public bool Positive(string path, double value, double max = double.PositiveInfinity, string unit = "")
    {
        if (!Finite(path, value))
        {
            return false;
        }

        if (value <= 0)
        {
            Add(path, $"{Field(path)} must be > 0", value);
            return false;
        }

        return BelowLimit(path, value, max, unit);
    }

    /// <summary>Checks value ≤ max and says that a larger value is most likely a unit mistake.</summary>
    public bool BelowLimit(string path, double value, double max, string unit)
    {
        if (!(value > max))
        {
            return true;
        }

        Add(path, $"{Field(path)} ({Num(value)}) is above the plausibility limit of {Num(max)} {unit}; check the unit",
            value);
        return false;
    }

    public bool Fraction(string path, double value)
    {
        if (!Finite(path, value))
        {
            return false;
        }

        if (value is >= 0 and <= 1)
        {
            return true;
        }

        Add(path, $"{Field(path)} must be a fraction in [0, 1] (0.9 means 90 %)", value);
        return false;
    }

    public bool Efficiency(string path, double value)
    {
        if (!Finite(path, value))
        {
            return false;
        }

        if (value is > 0 and <= 1)
        {
            return true;
        }

        Add(path, $"{Field(path)} must be in (0, 1] (0.95 means 95 %)", value);
        return false;
    }

    /// <summary>
    /// Checks a time series: one value per period, every value finite and in [min, max]. At most
    /// <see cref="MaxSeriesErrors"/> element errors are listed, then a count of the rest.
    /// </summary>
    public void Series(string path, double[] values, double min, double max, string unit)
    {
        if (Periods > 0 && values.Length != Periods)
        {
            Add(path, $"{Field(path)} has {values.Length} values; the time grid has {Periods} periods "
                      + "(timeGrid.periods), give one value per period", values.Length);
        }

        var failures = 0;
        for (var t = 0; t < values.Length; t++)
        {
            if (SeriesValueOk(values[t], min, max))
            {
                continue;
            }

            if (++failures <= MaxSeriesErrors)
            {
                ReportSeriesValue($"{path}[{t}]", values[t], min, max, unit);
            }
        }

        if (failures > MaxSeriesErrors)
        {
            Add(path, $"{failures - MaxSeriesErrors} more values of {Field(path)} break the same rules; only the first "
                      + $"{MaxSeriesErrors} are listed");
        }
    }

    /// <summary>Checks an id: not empty, made of [A-Za-z0-9_.-], and unique within <paramref name="seen"/>.</summary>
    public void Id(string path, string? id, Dictionary<string, string> seen, string what)
    {
        if (string.IsNullOrEmpty(id))
        {
            Add(path, $"the {what} id must not be empty");
            return;
        }

        if (!IsValidId(id))
        {
            Add(path, $"{what} id '{id}' may contain only letters, digits, '_', '.' and '-' (ids go into "
                      + "constraint names); rename it", id);
        }

        if (!seen.TryAdd(id, path))
        {
            Add(path, $"duplicate {what} id '{id}' (first used at {seen[id]}); ids must be unique", id);
        }
    }

    public static bool IsValidId(string id) =>
        id.Length > 0 && id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '.' or '-');

    private static bool SeriesValueOk(double value, double min, double max) =>
        double.IsFinite(value) && value >= min && value <= max;

    private void ReportSeriesValue(string path, double value, double min, double max, string unit)
    {
        if (!Finite(path, value))
        {
            return;
        }

        if (value < min)
        {
            Add(path, $"{Field(path)} must be ≥ {Num(min)} {unit}".TrimEnd(), value);
            return;
        }

        BelowLimit(path, value, max, unit);
    }

    private static Dictionary<string, T> FirstById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (key is not null)
            {
                map.TryAdd(key, item);
            }
        }

        return map;
    }
}
