namespace TokenFlex.Optimization.Results;

/// <summary>
/// Why a strategy has no plan: each finding names the campus, periods, class and origin at fault, the constraint
/// families that conflict and the shortfall, e.g. "campus pjm, 2025-03-24 21:00–24:00 UTC: class chat from origin
/// us-east needs 5.2 M tok/s, admissible capacity 3.9 M tok/s, short by 1.3 M tok/s (R1_Demand, S1_GpuBudget)".
/// </summary>
public sealed record Diagnosis
{
    /// <summary>The findings, capacity-check ones first; each is a sentence in <see cref="DiagnosisFinding.Message"/>.
    /// </summary>
    public required IReadOnlyList<DiagnosisFinding> Findings { get; init; }

    /// <summary>How the findings were obtained, e.g. "capacity check; elastic re-solve (Optimal)".</summary>
    public required string Method { get; init; }

    /// <summary>What the findings do not cover (e.g. the elastic re-solve found no plan); empty when none.</summary>
    public string Note { get; init; } = "";

    /// <summary>True when at least one finding explains the conflict.</summary>
    public bool HasFindings => Findings.Count > 0;
}

/// <summary>One conflict: where, when, which constraint families and by how much.</summary>
public sealed record DiagnosisFinding
{
    /// <summary>Campuses involved (the one at fault, or those a class can reach); empty for horizon rows.</summary>
    public IReadOnlyList<string> CampusIds { get; init; } = [];

    /// <summary>Request class at fault, or null.</summary>
    public string? ClassId { get; init; }

    /// <summary>Demand origin at fault, or null.</summary>
    public string? OriginId { get; init; }

    /// <summary>First period of the range (0-based), or -1 for the whole horizon.</summary>
    public int FirstPeriod { get; init; } = -1;

    /// <summary>Last period of the range (inclusive), or -1 for the whole horizon.</summary>
    public int LastPeriod { get; init; } = -1;

    /// <summary>Constraint families in conflict, by equation id and name (e.g. R1_Demand, S1_GpuBudget).</summary>
    public required IReadOnlyList<string> Families { get; init; }

    /// <summary>The largest shortfall over the range, in <see cref="Unit"/>.</summary>
    public required double Shortfall { get; init; }

    /// <summary>Unit of <see cref="Shortfall"/> (tok/s, tokens, kW, GPU, tCO2, Gbit/s).</summary>
    public required string Unit { get; init; }

    /// <summary>The finding as one sentence with amounts and units.</summary>
    public required string Message { get; init; }
}
