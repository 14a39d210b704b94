using TokenFlex.Reporting.Plots;
using TokenFlex.Reporting.Tables;
using TokenFlex.Scenarios.Operations;

namespace TokenFlex.Reporting.Tests;

public sealed class SimulationSeriesTests
{
    [Fact]
    public void Fleet_TwoDays_SumsPlanAndActualGridImportOverCampuses()
    {
        // Arrange
        var days = Simulations.TwoDays();

        // Act
        var fleet = SimulationSeries.Fleet(days);

        // Assert: plan 100+50, 200+10, 300+20, 0+30; actual 110+60, 190+40, 280+25, 20+35 [kW].
        fleet.Select(p => p.PlanGridImportKw).ShouldBe([150, 210, 320, 30]);
        fleet.Select(p => p.ActualGridImportKw).ShouldBe([170, 230, 305, 55]);
        fleet.Select(p => p.DrEventCalled).ShouldBe([false, false, true, false]);
        fleet.Select(p => (p.StartUtc - Plans.Start).TotalHours).ShouldBe([0, 12, 24, 36]);
    }

    [Fact]
    public void Campuses_TwoDays_GivesEachCampusItsSettledImport()
    {
        // Act
        var campuses = SimulationSeries.Campuses(Simulations.TwoDays());

        // Assert
        campuses.Select(c => c.CampusId).ShouldBe(["north", "south"]);
        campuses[0].ActualGridImportKw.ShouldBe([110, 190, 280, 20]);
        campuses[1].ActualGridImportKw.ShouldBe([60, 40, 25, 35]);
    }

    [Fact]
    public void Fleet_SecondDayWithoutSettlement_LeavesTheDayOut()
    {
        // Arrange
        var days = Simulations.TwoDays();
        IReadOnlyList<DayResult> failed = [days[0], days[1] with { Actual = Plans.NoSolution("day2-actual") }];

        // Act
        var fleet = SimulationSeries.Fleet(failed);

        // Assert
        fleet.Select(p => p.ActualGridImportKw).ShouldBe([170, 230]);
        SimulationSeries.Settled(failed).Count.ShouldBe(1);
    }

    [Fact]
    public void EnergyMwh_FleetActual_IsSumTimesStepHours()
    {
        // Act: (170 + 230 + 305 + 55) kW · 12 h = 9,120 kWh.
        var energyMwh = SimulationSeries.EnergyMwh(SimulationSeries.Fleet(Simulations.TwoDays()).Select(p => p.ActualGridImportKw), 12);

        // Assert
        energyMwh.ShouldBe(9.12, 1e-12);
    }

    [Fact]
    public void Rows_TwoDays_HasOneRowPerDayAndTheTotal()
    {
        // Act
        var rows = SimulationTable.Rows(Simulations.TwoDays());

        // Assert: plan 1,000 + 2,000; actual 1,100 + (1,900 + 50 penalty); surprise 50 [USD].
        rows.Select(r => r.Label).ShouldBe(["2025-07-15", "2025-07-16", "total"]);
        rows[^1].PlanCostUsd.ShouldBe(3000);
        rows[^1].ActualCostUsd.ShouldBe(3050);
        rows[^1].SurpriseUsd.ShouldBe(50);
        rows[^1].DrDeliveredMwh.ShouldBe(0.24, 1e-12);
        SimulationTable.Columns.Select(c => c.Cell(rows[1])).ShouldBe(
            ["2025-07-16", "2,000", "1,950", "-50", "4.2", "4.3", "0.2", "2.0", "Optimal"]);
    }
}
