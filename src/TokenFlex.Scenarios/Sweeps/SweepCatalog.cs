using System.Globalization;
using TokenFlex.Core.Domain;
using TokenFlex.Core.Validation;

namespace TokenFlex.Scenarios.Sweeps;

/// <summary>
/// The built-in sensitivity studies of formulation section 3 (d.1): DR reward, workload shape (peak timing and
/// peak-to-average ratio), QoS price, carbon price and precision menu.
/// </summary>
public static class SweepCatalog
{
    /// <summary>λ^cap and a fixed λ^DR of every DR enrolment × 0.5 … 3.</summary>
    public static SweepDefinition DrReward { get; } = new()
    {
        Name = "dr-reward",
        Parameter = "DR reward multiplier",
        Unit = "×",
        Description = "capacity payment λ^cap and fixed energy payment λ^DR of every DR enrolment scaled",
        Values = [0.5, 1, 1.5, 2, 3],
        Apply = ScenarioEdits.ScaleDrReward,
        Label = v => Format(v) + "×",
    };

    /// <summary>Interactive demand rotated in time, −6 … +6 h, moving its peak relative to the DR window.</summary>
    public static SweepDefinition PeakTiming { get; } = new()
    {
        Name = "peak-timing",
        Parameter = "interactive peak shift",
        Unit = "h",
        Description = "every interactive demand series rotated over the horizon (positive: peak later, toward "
                      + "and into an evening DR window)",
        Values = [-6, -4, -2, 0, 2, 4, 6],
        Apply = ScenarioEdits.ShiftInteractivePeak,
        Label = v => (v > 0 ? "+" : "") + Format(v) + " h",
    };

    /// <summary>Interactive demand rescaled around its mean to a peak-to-average ratio of 1.0 … 2.0, same volume.</summary>
    public static SweepDefinition PeakToAverage { get; } = new()
    {
        Name = "peak-to-average",
        Parameter = "interactive peak-to-average ratio",
        Unit = "",
        Description = "every interactive demand series rescaled around its mean to this peak-to-average ratio "
                      + "(daily volume kept)",
        Values = [1.0, 1.25, 1.5, 1.75, 2.0],
        Apply = ScenarioEdits.WithInteractivePeakToAverage,
    };

    /// <summary>QoS price ψ of every class × 0 … 10.</summary>
    public static SweepDefinition QosPrice { get; } = new()
    {
        Name = "qos-price",
        Parameter = "QoS price multiplier",
        Unit = "×",
        Description = "QoS price ψ of every class scaled",
        Values = [0, 0.5, 1, 2, 5, 10],
        Apply = ScenarioEdits.ScaleQosPrice,
        Label = v => Format(v) + "×",
    };

    /// <summary>Carbon price 0 … 190 USD/t.</summary>
    public static SweepDefinition CarbonPrice { get; } = new()
    {
        Name = "carbon-price",
        Parameter = "carbon price",
        Unit = "USD/t",
        Description = "carbon price π^CO₂ set",
        Values = [0, 30, 60, 120, 190],
        Apply = ScenarioEdits.WithCarbonPrice,
    };

    /// <summary>The precisions P may use, from BF16 alone to all four; the scenario is unchanged.</summary>
    public static SweepDefinition PrecisionMenu { get; } = new()
    {
        Name = "precision-menu",
        Parameter = "precision menu",
        Unit = "",
        Description = "precisions P may use (B0 is BF16 throughout)",
        Values = [1, 2, 3, 4],
        Apply = (scenario, _) => scenario,
        RestrictProposed = (restrictions, size) => restrictions with { AllowedPrecisions = Menu(size) },
        Label = size => string.Join("+", Menu(size).Order().Select(p => p.Name())),
    };

    /// <summary>Every built-in sweep.</summary>
    public static IReadOnlyList<SweepDefinition> All { get; } =
        [DrReward, PeakTiming, PeakToAverage, QosPrice, CarbonPrice, PrecisionMenu];

    /// <summary>Finds a sweep by name (case-insensitive), or null.</summary>
    /// <param name="name">E.g. <c>carbon-price</c>.</param>
    public static SweepDefinition? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Parses a list of names (comma- or space-separated; <c>all</c> for every sweep, <c>none</c> for none); throws
    /// <see cref="InputValidationException"/> listing every unknown name.
    /// </summary>
    /// <param name="values">The option's values.</param>
    /// <param name="source">What the names came from, e.g. "the command line".</param>
    public static IReadOnlyList<SweepDefinition> Parse(IEnumerable<string> values, string source)
    {
        ArgumentNullException.ThrowIfNull(values);
        var names = values.SelectMany(v => v.Split(
            [',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (names.Any(n => string.Equals(n, "all", StringComparison.OrdinalIgnoreCase)))
        {
            return All;
        }

        if (names.Length == 1 && string.Equals(names[0], "none", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var errors = new ValidationCollector();
        var chosen = new List<SweepDefinition>();
        foreach (var name in names)
        {
            if (Find(name) is { } sweep)
            {
                chosen.Add(sweep);
            }
            else
            {
                errors.Add("--sweeps", $"unknown sweep; known: {string.Join(", ", All.Select(s => s.Name))}, all, none", name);
            }
        }

        errors.ThrowIfAny(source);
        return [.. chosen.DistinctBy(s => s.Name)];
    }

    /// <summary>The menu of a given size: BF16, then FP8, INT8 and INT4 added in that order.</summary>
    /// <param name="size">1 … 4.</param>
    public static IReadOnlySet<Precision> Menu(double size)
    {
        Precision[] order = [Precision.Bf16, Precision.Fp8, Precision.Int8, Precision.Int4];
        var count = Math.Clamp((int)Math.Round(size), 1, order.Length);
        return order.Take(count).ToHashSet();
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
