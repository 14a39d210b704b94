using TokenFlex.Optimization.Results;
using TokenFlex.Reporting.Tables;

namespace TokenFlex.Reporting.Tests;

public sealed class ComparisonTableTests
{
    private static Dictionary<string, string> Row(IReadOnlyList<TextColumn<PlanResult>> columns, PlanResult row) =>
        columns.ToDictionary(c => c.Header, c => c.Cell(row));

    [Fact]
    public void Costs_ProposedWithDrRevenue_ShowsTotalAndGrossSavingAgainstB0()
    {
        // Arrange: B0 costs 1,000 (energy only); P has 700 gross and 200 DR revenue, so 500 total.
        var b0 = Plans.WithTotal("B0", 1000);
        var p = Plans.WithTotal("P", 700) with
        {
            Costs = new CostBreakdown { EnergyUsd = 600, QosUsd = 100, DrCapacityRevenueUsd = 200 },
        };
        PlanResult[] results = [b0, p, Plans.NoSolution("B3")];

        // Act
        var columns = ComparisonTable.Costs(results);

        // Assert: saving (1000 − 500)/1000 = 50 %, gross saving (1000 − 700)/1000 = 30 %.
        var row = Row(columns, p);
        row["Total"].ShouldBe("500");
        row["Saving"].ShouldBe("50.0 %");
        row["Gross"].ShouldBe("700");
        row["Gross saving"].ShouldBe("30.0 %");
        row["QoS"].ShouldBe("100");
        row["DR revenue"].ShouldBe("200");
        Row(columns, results[2]).Values.Skip(1).ShouldAllBe(cell => cell == TableText.Missing);
    }

    [Fact]
    public void Operations_PlansWithSeveralPrecisions_AddsGpuHourColumnsInCatalogueOrder()
    {
        // Arrange
        var p = Plans.WithTotal("P", 1) with
        {
            Kpis = new PlanKpis
            {
                GpuHoursByPrecision = new Dictionary<string, double> { ["INT4"] = 10, ["BF16"] = 30 },
                AverageQualityLossPercentByClass = new Dictionary<string, double> { ["a"] = 1, ["b"] = 4 },
            },
            TokenFlows = [new("a", "o", "c", "k", 0, 3e6), new("b", "o", "c", "k", 0, 1e6)],
        };

        // Act
        var columns = ComparisonTable.Operations([Plans.WithTotal("B0", 2), p]);

        // Assert: δ = (3·1 + 1·4)/4 = 1.75 %.
        columns.Select(c => c.Header).ShouldContain("GPU-h BF16");
        columns.Select(c => c.Header).ToList().IndexOf("GPU-h BF16")
            .ShouldBeLessThan(columns.Select(c => c.Header).ToList().IndexOf("GPU-h INT4"));
        columns.Select(c => c.Header).ShouldNotContain("GPU-h FP8");
        Row(columns, p)["δ %"].ShouldBe("1.75");
        Row(columns, p)["GPU-h INT4"].ShouldBe("10");
    }

    [Theory]
    [InlineData(-0.2, "N0", "0")]
    [InlineData(-0.004, "F2", "0.00")]
    [InlineData(-1355.26, "N0", "-1,355")]
    [InlineData(7795.4, "N0", "7,795")]
    public void Number_ValueRoundingToZero_HasNoMinusSign(double value, string format, string expected)
    {
        // Act / Assert
        TableText.Number(value, format).ShouldBe(expected);
    }
}
