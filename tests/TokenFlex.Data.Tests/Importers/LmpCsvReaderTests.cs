using TokenFlex.Data.Importers;
using TokenFlex.Data.Importers.Prices;
using static TokenFlex.Data.Tests.Importers.ImportTestFiles;

namespace TokenFlex.Data.Tests.Importers;

public class LmpCsvReaderTests
{
    private static double[] OnGrid(string path, LmpCsvFormat format, double stepHours, int periods, string? node = null,
        DateTimeOffset? start = null, GapFill fill = GapFill.None) =>
        SeriesAlignment.ToGrid(LmpCsvReader.Read(path, null, format, node), Grid(stepHours, periods, start), fill).Values;

    [Fact]
    public void Read_CaisoOasisRealTime_AveragesTheNodesLmpRowsOnto15Minutes()
    {
        // Act: 5-minute LMP rows of NP15; the MCC rows and the SP15 node are left out.
        var values = OnGrid(PathOf("caiso-oasis-rt.csv"), LmpCsvFormat.CaisoOasis, 0.25, 2, "TH_NP15_GEN-APND");

        // Assert: (33.8 + 34.5 + 32.6)/3 and (30.1 + 28.9 − 5.2)/3
        values.ShouldBe([33.633333333333, 17.933333333333], tolerance: 1e-9);
    }

    [Fact]
    public void Read_CaisoOasisDayAhead_ReadsTheMwColumnHourly()
    {
        // Act
        var values = OnGrid(PathOf("caiso-oasis-dam.csv"), LmpCsvFormat.CaisoOasis, 1, 2);

        // Assert
        values.ShouldBe([31.5, 28.25]);
    }

    [Fact]
    public void Read_CaisoOasisWithTwoNodesAndNoNode_AsksForOne()
    {
        // Act
        var error = Should.Throw<ImportException>(() => LmpCsvReader.Read(PathOf("caiso-oasis-rt.csv"), null,
            LmpCsvFormat.CaisoOasis));

        // Assert
        error.Message.ShouldBe("caiso-oasis-rt.csv holds 2 nodes (TH_NP15_GEN-APND, TH_SP15_GEN-APND); choose one with "
                               + "\"node\"");
    }

    [Fact]
    public void Read_MisspeltNode_SuggestsTheNearestNode()
    {
        // Act
        var error = Should.Throw<ImportException>(() => LmpCsvReader.Read(PathOf("caiso-oasis-rt.csv"), null,
            LmpCsvFormat.CaisoOasis, "TH_NP15_GEN_APND"));

        // Assert
        error.Message.ShouldBe("caiso-oasis-rt.csv has no rows for node 'TH_NP15_GEN_APND'; did you mean "
                               + "'TH_NP15_GEN-APND'?");
    }

    [Fact]
    public void Read_ErcotDayAhead_ConvertsHourEndingCentralTimeToUtc()
    {
        // Act: HE 03:00 on 24 March is 02:00–03:00 CDT = 07:00–08:00 UTC.
        var values = OnGrid(PathOf("ercot-dam.csv"), LmpCsvFormat.Ercot, 1, 2, "HB_HOUSTON");

        // Assert
        values.ShouldBe([24.10, 22.80]);
    }

    [Fact]
    public void Read_ErcotRealTimeOnFallBackDay_PlacesTheRepeatedHourAfterTheFirst()
    {
        // Act: hour 2 (01:00–02:00) occurs twice on 2 Nov 2025: CDT (DSTFlag N) = 06:00 UTC, CST (Y) = 07:00 UTC.
        var values = OnGrid(PathOf("ercot-rt.csv"), LmpCsvFormat.Ercot, 1, 3, "HB_HOUSTON",
            new DateTimeOffset(2025, 11, 2, 5, 0, 0, TimeSpan.Zero));

        // Assert: (20 + 21 + 22 + 23)/4, then the two hours 02.
        values.ShouldBe([21.5, 30, 40]);
    }

    [Fact]
    public void Read_PjmFiveMinute_SkipsSupersededRowsAndInfersTheInterval()
    {
        // Act
        var series = LmpCsvReader.Read(PathOf("pjm-rt-fivemin.csv"), null, LmpCsvFormat.Pjm);
        var values = SeriesAlignment.ToGrid(series, Grid(0.25, 2), GapFill.None).Values;

        // Assert: the 07:10 row of version 2 (24.70) replaces version 1; (28.05 + 23.71 + 24.70)/3 and (26 + 27 + 28)/3.
        series.Points.Count.ShouldBe(6);
        series.Points[0].Duration.ShouldBe(TimeSpan.FromMinutes(5));
        values.ShouldBe([25.486666666667, 27], tolerance: 1e-9);
    }

    [Fact]
    public void Read_GridStatusAndPlain_ReadTheirColumns()
    {
        // Act
        var gridStatus = OnGrid(PathOf("gridstatus.csv"), LmpCsvFormat.GridStatus, 0.25, 1);
        var plain = OnGrid(PathOf("plain-prices.csv"), LmpCsvFormat.Plain, 1, 4);

        // Assert
        gridStatus.ShouldBe([33.65089333333], tolerance: 1e-9);
        plain.ShouldBe([30, -5, 80, 40]);
    }

    [Fact]
    public void Read_BadNumber_NamesFileLineAndColumn()
    {
        // Arrange
        var path = Variant("caiso-oasis-dam.csv", "28.25", "n/a");

        // Act
        var error = Should.Throw<ImportException>(() => LmpCsvReader.Read(path, null, LmpCsvFormat.CaisoOasis));

        // Assert
        error.Message.ShouldBe("caiso-oasis-dam.csv line 4, column 'MW': 'n/a' is not a number");
    }

    [Fact]
    public void Read_PjmTimeWithoutAmPm_NamesTheExpectedForm()
    {
        // Arrange
        var path = Variant("pjm-rt-fivemin.csv", "3/24/2025 7:05:00 AM", "2025-03-24 07:05");

        // Act
        var error = Should.Throw<ImportException>(() => LmpCsvReader.Read(path, null, LmpCsvFormat.Pjm));

        // Assert
        error.Message.ShouldBe("pjm-rt-fivemin.csv line 3, column 'datetime_beginning_utc': '2025-03-24 07:05' is not a "
                               + "time in the PJM Data Miner layout (e.g. 3/24/2025 4:00:00 AM)");
    }

    [Fact]
    public void Read_MissingColumn_ListsTheLayoutsColumns()
    {
        // Arrange
        var path = Variant("ercot-dam.csv", "SettlementPointPrice", "Price");

        // Act
        var error = Should.Throw<ImportException>(() => LmpCsvReader.Read(path, null, LmpCsvFormat.Ercot));

        // Assert
        error.Message.ShouldBe("ercot-dam.csv line 1: column 'SettlementPointPrice' is missing; the ERCOT layout has the "
                               + "columns DeliveryDate, HourEnding (or DeliveryHour and DeliveryInterval), SettlementPoint "
                               + "(or SettlementPointName), SettlementPointPrice and DSTFlag");
    }

    [Fact]
    public void Read_MissingFile_SaysWhereItLooked()
    {
        // Act
        var error = Should.Throw<ImportException>(() => LmpCsvReader.Read("/nonexistent/caiso.csv", null,
            LmpCsvFormat.CaisoOasis));

        // Assert
        error.Message.ShouldBe("caiso.csv not found (looked for /nonexistent/caiso.csv)");
    }
}
