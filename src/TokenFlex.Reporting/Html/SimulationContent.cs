using TokenFlex.Scenarios.Operations;

namespace TokenFlex.Reporting.Html;

/// <summary>What <c>simulation.html</c> shows: the days of one rolling simulation on one day template.</summary>
public sealed record SimulationContent
{
    /// <summary>Name of the one-day template scenario.</summary>
    public required string ScenarioName { get; init; }

    /// <summary>The days, in order: each with its day-ahead plan and its settlement on actual data.</summary>
    public required IReadOnlyList<DayResult> Days { get; init; }

    /// <summary>When the report was written [UTC].</summary>
    public required DateTimeOffset GeneratedAtUtc { get; init; }
}
