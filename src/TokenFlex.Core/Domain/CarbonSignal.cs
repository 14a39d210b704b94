namespace TokenFlex.Core.Domain;

/// <summary>Whether a carbon intensity is the grid average or the marginal (next-MWh) rate.</summary>
public enum CarbonSignalType
{
    /// <summary>Average intensity of the electricity consumed (Electricity Maps, WattTime co2_aoer).</summary>
    Average,

    /// <summary>Marginal intensity of the generator that answers a change in load (WattTime co2_moer).</summary>
    Marginal,
}

/// <summary>Which emissions an intensity counts.</summary>
public enum EmissionScope
{
    /// <summary>Life-cycle emissions: combustion plus the upstream and construction share of every plant.</summary>
    Lifecycle,

    /// <summary>Direct (stack) emissions of combustion only.</summary>
    Direct,
}

/// <summary>
/// The kind of grid carbon intensity a scenario's <see cref="Campus.CarbonGPerKwh"/> series hold. Average and
/// marginal intensities, or life-cycle and direct ones, are not comparable; a scenario uses one kind for every
/// campus (Carbon Aware SDK issue #573 documents what goes wrong when they are conflated).
/// </summary>
/// <param name="Type">Average or marginal.</param>
/// <param name="Scope">Life-cycle or direct.</param>
public sealed record CarbonSignal(CarbonSignalType Type, EmissionScope Scope)
{
    /// <summary>Text form for messages and reports, e.g. <c>average lifecycle</c>.</summary>
    public override string ToString() =>
        $"{Type.ToString().ToLowerInvariant()} {Scope.ToString().ToLowerInvariant()}";
}
