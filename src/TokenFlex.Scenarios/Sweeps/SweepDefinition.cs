using TokenFlex.Core.Domain;
using TokenFlex.Optimization;

namespace TokenFlex.Scenarios.Sweeps;

/// <summary>
/// A sensitivity study: one parameter, the values it takes, and how a value changes the scenario (and,
/// where the parameter is a strategy's freedom rather than an input, the restrictions of P). Each value
/// is solved with B0 and P on the changed scenario.
/// </summary>
public sealed record SweepDefinition
{
    /// <summary>Short name used on the command line and in file names, e.g. <c>dr-reward</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What the parameter is, for axes and table headers, e.g. "DR reward multiplier".</summary>
    public required string Parameter { get; init; }

    /// <summary>Unit of the values, e.g. <c>×</c>, <c>h</c>, <c>USD/t</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>One line on what the sweep changes.</summary>
    public required string Description { get; init; }

    /// <summary>The values, in the order to solve and plot them.</summary>
    public required IReadOnlyList<double> Values { get; init; }

    /// <summary>The scenario at one value (the input scenario itself where the value changes nothing in it).</summary>
    public required Func<Scenario, double, Scenario> Apply { get; init; }

    /// <summary>The restrictions of P at one value; null leaves P unrestricted.</summary>
    public Func<ModelRestrictions, double, ModelRestrictions>? RestrictProposed { get; init; }

    /// <summary>Text of a value in tables and on axes; the invariant number when null.</summary>
    public Func<double, string>? Label { get; init; }

    /// <summary>The text of <paramref name="value"/>.</summary>
    /// <param name="value">One of <see cref="Values"/>.</param>
    public string LabelOf(double value) =>
        Label?.Invoke(value) ?? value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
