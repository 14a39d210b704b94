namespace TokenFlex.Scenarios.Strategies;

/// <summary>Where the DR baseline of campuses in two-pass mode comes from when several strategies are compared.</summary>
public enum DrBaselineSource
{
    /// <summary>
    /// The business-as-usual load: B0's metered load, common to every strategy (REopt-style BAU). Feasible
    /// sets then nest, so more freedom never costs more.
    /// </summary>
    Bau,

    /// <summary>Each strategy's own plan without DR (two-pass per strategy): pays only reductions beyond what prices already cause.</summary>
    Own,
}
