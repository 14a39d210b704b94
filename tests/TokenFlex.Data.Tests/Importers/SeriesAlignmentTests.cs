using TokenFlex.Data.Importers;
using TokenFlex.Data.Importers.Prices;
using static TokenFlex.Data.Tests.Importers.ImportTestFiles;

namespace TokenFlex.Data.Tests.Importers;

public class SeriesAlignmentTests
{
    private static TimedSeries Series(params (int Minute, int Minutes, double Value)[] points) => new()
    {
        Source = "test.csv",
        Unit = "USD/MWh",
        Points = points.Select((p, i) => new TimedValue(Start.AddMinutes(p.Minute), TimeSpan.FromMinutes(p.Minutes),
            p.Value, $"line {i + 2}")).ToList(),
    };

    [Fact]
    public void ToGrid_FiveMinuteValues_AreTimeWeightedAveragesPerHour()
    {
        // Arrange: twelve 5-minute values 1…12 in hour 0.
        var series = Series(Enumerable.Range(0, 12).Select(i => (5 * i, 5, (double)(i + 1))).ToArray());

        // Act
        var values = SeriesAlignment.ToGrid(series, Grid(1, 1), GapFill.None).Values;

        // Assert: (1 + … + 12)/12
        values.ShouldBe([6.5]);
    }

    [Fact]
    public void ToGrid_HourlyValues_AreHeldOnQuarterHours()
    {
        // Act
        var values = SeriesAlignment.ToGrid(Series((0, 60, 100), (60, 60, 200)), Grid(0.25, 8), GapFill.None).Values;

        // Assert
        values.ShouldBe([100, 100, 100, 100, 200, 200, 200, 200]);
    }

    [Fact]
    public void ToGrid_UnequalOverlaps_WeighByTime()
    {
        // Act: a 30-minute period covered 20 min by 10 and 10 min by 40.
        var values = SeriesAlignment.ToGrid(Series((0, 20, 10), (20, 40, 40)), Grid(0.5, 1), GapFill.None).Values;

        // Assert: (20·10 + 10·40)/30
        values.ShouldBe([20]);
    }

    [Fact]
    public void ToGrid_MissingHour_NamesTheGapAndTheLinesAroundIt()
    {
        // Arrange: hour 1 is missing.
        var series = Series((0, 60, 1), (120, 60, 3));

        // Act
        var error = Should.Throw<ImportException>(() => SeriesAlignment.ToGrid(series, Grid(1, 3), GapFill.None));

        // Assert
        error.Message.ShouldBe("test.csv: no value covers 2025-03-24T08:00:00Z to 2025-03-24T09:00:00Z (period 1 of the "
                               + "time grid); the last value before the gap is at line 2 and the next at line 3. Supply "
                               + "the missing interval or set \"fillGaps\": \"hold\"");
    }

    [Fact]
    public void ToGrid_DataStartingLate_SaysWhereTheDataStart()
    {
        // Act
        var error = Should.Throw<ImportException>(() =>
            SeriesAlignment.ToGrid(Series((60, 60, 1)), Grid(1, 2), GapFill.None));

        // Assert
        error.Message.ShouldBe("test.csv: no value covers 2025-03-24T07:00:00Z to 2025-03-24T08:00:00Z (period 0 of the "
                               + "time grid); the data start at 2025-03-24T08:00:00Z (line 2). Supply the missing "
                               + "interval or set \"fillGaps\": \"hold\"");
    }

    [Fact]
    public void ToGrid_HoldFill_TakesTheLastValueBeforeTheGapAndReportsTheFilledPeriods()
    {
        // Arrange: 5-minute values; 07:10–07:20 missing.
        var series = Series((0, 5, 10), (5, 5, 20), (20, 5, 40), (25, 5, 50));

        // Act
        var aligned = SeriesAlignment.ToGrid(series, Grid(0.25, 2), GapFill.Hold);

        // Assert: period 0 = (10 + 20 + 20)/3, period 1 = (20 + 40 + 50)/3.
        aligned.Values.ShouldBe([16.666666666667, 36.666666666667], tolerance: 1e-9);
        aligned.FilledPeriods.ShouldBe([0, 1]);
    }

    [Fact]
    public void ToGrid_RepeatedTime_IsAnErrorNamingBothLines()
    {
        // Act
        var error = Should.Throw<ImportException>(() =>
            SeriesAlignment.ToGrid(Series((0, 60, 1), (0, 60, 2)), Grid(1, 1), GapFill.None));

        // Assert
        error.Message.ShouldBe("test.csv line 3: 2025-03-24T07:00:00Z is given twice (also at line 2); keep one value "
                               + "per interval");
    }

    [Fact]
    public void ToGrid_FileWithAGap_ReportsItThroughTheReader()
    {
        // Arrange: the 07:05 row of NP15 removed.
        var path = Scratch("gap.csv", string.Join('\n', File.ReadAllLines(PathOf("gridstatus.csv"))
            .Where(l => !l.Contains("2025-03-24 07:05:00+00:00,2025-03-24T00:10", StringComparison.Ordinal))));

        // Act
        var error = Should.Throw<ImportException>(() => SeriesAlignment.ToGrid(
            LmpCsvReader.Read(path, null, LmpCsvFormat.GridStatus), Grid(0.25, 1), GapFill.None));

        // Assert
        error.Message.ShouldBe("gap.csv: the values cover only part of 2025-03-24T07:00:00Z to 2025-03-24T07:15:00Z "
                               + "(period 0 of the time grid) for TH_NP15_GEN-APND; the last value before the gap is "
                               + "at line 2 and the next at line 3. Supply the missing interval or set \"fillGaps\": "
                               + "\"hold\"");
    }
}
