using TokenFlex.Scenarios.Operations;

namespace TokenFlex.Reporting.Tests;

public sealed class SimulationCsvWriterTests
{
    [Fact]
    public void Days_TwoDays_WritesOneRowPerDay()
    {
        // Act
        var rows = Csv.Parse(SimulationCsvWriter.Days(Simulations.TwoDays()));

        // Assert: grid energy day 1 = (100 + 200 + 50 + 10) kW · 12 h = 4.32 MWh planned, 400 kW · 12 h = 4.8 MWh settled.
        rows[0].ShouldBe(
            ["dayStartUtc", "planCostUsd", "actualCostUsd", "planGridMwh", "actualGridMwh", "actualDrDeliveredMwh",
             "unservedTokens", "status"]);
        rows[1].ShouldBe(["2025-07-15T00:00:00Z", "1000", "1100", "4.32", "4.8", "0", "0", "optimal"]);
        rows[2].ShouldBe(["2025-07-16T00:00:00Z", "2000", "1950", "4.2", "4.32", "0.24", "2000000", "optimal"]);
        rows.Count.ShouldBe(3);
    }

    [Fact]
    public void Periods_TwoDays_WritesPlanNextToActualPerCampusAndPeriod()
    {
        // Act
        var rows = Csv.Parse(SimulationCsvWriter.Periods(Simulations.TwoDays()));

        // Assert: 2 days × 2 campuses × 2 periods; facility power = grid + 1,000 kW planned, + 2,000 kW settled.
        rows[0].ShouldBe(
            ["dayStartUtc", "campusId", "period", "startUtc", "planGridImportKw", "actualGridImportKw",
             "planFacilityPowerKw", "actualFacilityPowerKw", "actualDrDeliveredKw"]);
        rows.Count.ShouldBe(1 + 8);
        rows[1].ShouldBe(["2025-07-15T00:00:00Z", "north", "0", "2025-07-15T00:00:00Z", "100", "110", "1100", "2110", "0"]);
        rows[4].ShouldBe(["2025-07-15T00:00:00Z", "south", "1", "2025-07-15T12:00:00Z", "10", "40", "1010", "2040", "0"]);
        rows[7].ShouldBe(["2025-07-16T00:00:00Z", "south", "0", "2025-07-16T00:00:00Z", "20", "25", "1020", "2025", "20"]);
        rows.Skip(1).Select(r => r[1]).ShouldBe(["north", "north", "south", "south", "north", "north", "south", "south"]);
    }

    [Fact]
    public void Periods_SettlementWithoutSolution_LeavesActualCellsEmpty()
    {
        // Arrange
        var days = Simulations.TwoDays();
        IReadOnlyList<DayResult> failed = [days[1] with { Actual = Plans.NoSolution("day2-actual") }];

        // Act
        var rows = Csv.Parse(SimulationCsvWriter.Periods(failed));

        // Assert
        rows.Count.ShouldBe(1 + 4);
        rows[1].ShouldBe(["2025-07-16T00:00:00Z", "north", "0", "2025-07-16T00:00:00Z", "300", "", "1300", "", ""]);
    }
}
