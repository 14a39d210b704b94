namespace TokenFlex.Core.Domain;

/// <summary>How a parameter value was obtained.</summary>
public enum SourceKind
{
    /// <summary>Printed by the source as a measurement.</summary>
    Measured,

    /// <summary>Computed by TokenFlex code from measured values (a fit, a ratio, a unit conversion).</summary>
    Derived,

    /// <summary>Estimated from related measurements under a stated modelling assumption.</summary>
    Estimated,

    /// <summary>A default without a source; the user should calibrate it.</summary>
    Assumption,

    /// <summary>Given by the user in the scenario.</summary>
    User,
}

/// <summary>Provenance of one parameter value.</summary>
/// <param name="Kind">How the value was obtained.</param>
/// <param name="Method">How it was computed or why it was assumed, in one sentence.</param>
/// <param name="SourceUrls">Addresses of the sources it rests on.</param>
public sealed record ParameterSource(SourceKind Kind, string Method, IReadOnlyList<string> SourceUrls);
