using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Reporting.Tests;

/// <summary>Hand-made sweep results.</summary>
internal static class Sweeps
{
    public static SweepOutcome Outcome(string strategy, double? totalUsd, double? grossUsd = null) =>
        new(strategy, totalUsd is null ? "NoSolution" : "Optimal", totalUsd, grossUsd ?? totalUsd, totalUsd is null ? null : 5,
            totalUsd is null ? null : 1.5, totalUsd is null ? null : 1e9, totalUsd is null ? null : 0, 0.25);

    /// <summary>carbon-price at 0 and 100 USD/t: B0 100 and 150, P 60 (gross 80) and no plan.</summary>
    public static SweepResult Carbon() => new(
        "carbon-price", "carbon price", "USD/t", "carbon price set, \"quoted\"",
        [
            new SweepPoint(0, "0", Outcome("B0", 100), Outcome("P", 60, 80)),
            new SweepPoint(100, "100", Outcome("B0", 150), Outcome("P", null)),
        ]);
}
