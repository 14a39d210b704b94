using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Reporting.Html;

/// <summary>What an HTML report shows: the scenario it was made for, the plans and the sweeps (either may be empty).</summary>
public sealed record ReportContent
{
    /// <summary>The scenario (name, description, campuses and DR events for the summary).</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>One plan per strategy, in the order to list them; empty for a sweep-only report.</summary>
    public IReadOnlyList<PlanResult> Results { get; init; } = [];

    /// <summary>Sweep results; empty when no sweep was run.</summary>
    public IReadOnlyList<SweepResult> Sweeps { get; init; } = [];

    /// <summary>When the report was written [UTC].</summary>
    public required DateTimeOffset GeneratedAtUtc { get; init; }
}
