using TokenFlex.Core.Validation;
using TokenFlex.Scenarios.Benchmarks;

namespace TokenFlex.Scenarios.Tests;

/// <summary>The benchmark's fleet generator and one measured row on the smallest fleet.</summary>
public sealed class BenchmarkTests
{
    [Fact]
    public void Create_FiveCampuses96Periods16Configurations_IsAValidScenarioOfThatSize()
    {
        // Arrange
        var size = FleetSize.Parse("5x96x16x3");

        // Act
        var scenario = FleetGenerator.Create(size);

        // Assert: campus i copies built-in campus i mod 3 (numbered when there are more than three); the 8 H200 variants fill configurations 9…16;
        // each origin reaches its home and the next two campuses; three stage-2 scenarios.
        ScenarioRules.Validate(scenario).ShouldBeEmpty();
        scenario.Campuses.Select(c => c.Id).ShouldBe(["caiso01", "ercot01", "pjm01", "caiso02", "ercot02"]);
        scenario.TimeGrid.PeriodCount.ShouldBe(96);
        scenario.Configurations.Count.ShouldBe(16);
        scenario.Configurations.Count(k => k.GpuType == "H200-SXM").ShouldBe(8);
        scenario.Campuses.ShouldAllBe(c => c.GpuInventory["H100-SXM"] == 2048 && c.GpuInventory["H200-SXM"] == 2048);
        scenario.Origins.ShouldAllBe(o => o.Paths.Count == 3);
        scenario.StochasticScenarios.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("30x96")]
    [InlineData("3x24x8x1x2")]
    [InlineData("0x24x8")]
    [InlineData("ax24x8")]
    public void Parse_NotASize_ThrowsFormatException(string text) =>
        Should.Throw<FormatException>(() => FleetSize.Parse(text));

    [Fact]
    public void Run_SmallestFleet_ObjectiveLiesAboveItsLpBoundAndWithinOnePercent()
    {
        // Arrange: 3 campuses x 24 h x 8 configurations, the benchmark's first generated size.
        var runner = new BenchmarkRunner { TimeLimitSeconds = 60 };

        // Act
        var row = runner.Run(new FleetSize(3, 24, 8, 1), hourlyCommitment: true);

        // Assert: the LP relaxation bounds every integer plan from below, so both gaps are non-negative; the exact
        // method stops at its 0.1 % MIP gap, whose bound is at least the LP bound, so the gap to the LP bound is
        // the MIP gap plus the integrality gap, which on this fleet is far below 1 %.
        row.Method.ShouldBe("exact");
        row.Integers.ShouldBeGreaterThan(0);
        row.Objective.ShouldNotBeNull();
        row.GapToLpBound!.Value.ShouldBeGreaterThanOrEqualTo(-1e-7);
        row.GapToLpBound.Value.ShouldBeLessThan(0.01);
        row.PlainGapToLpBound!.Value.ShouldBeGreaterThanOrEqualTo(-1e-7);
        row.RedispatchIntervalMs!.Value.ShouldBeGreaterThan(0);
    }
}
