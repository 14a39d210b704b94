using TokenFlex.Core.Domain;
using TokenFlex.Core.Time;

namespace TokenFlex.Data.Importers;

/// <summary>
/// An imported series on a scenario's time grid, one value per period, with the metadata of its source: the unit,
/// the carbon signal type and scope (for carbon), the source and the location.
/// </summary>
public sealed record SignalSeries
{
    /// <summary>The time grid the values follow.</summary>
    public required TimeGrid Grid { get; init; }

    /// <summary>One value per period of <see cref="Grid"/>, the period average.</summary>
    public required double[] Values { get; init; }

    /// <summary>Unit of the values: <c>USD/MWh</c> or <c>gCO2/kWh</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>Average or marginal (carbon only; null when unstated).</summary>
    public CarbonSignalType? SignalType { get; init; }

    /// <summary>Life-cycle or direct (carbon only; null when unstated).</summary>
    public EmissionScope? Scope { get; init; }

    /// <summary>File or provider request the values came from.</summary>
    public required string Source { get; init; }

    /// <summary>Pricing node, zone or region.</summary>
    public string Location { get; init; } = "";

    /// <summary>Periods whose value was filled by holding a neighbour (only with <see cref="GapFill.Hold"/>).</summary>
    public IReadOnlyList<int> FilledPeriods { get; init; } = [];
}
