using TokenFlex.Core.Domain;
using TokenFlex.Data.Importers;
using TokenFlex.Data.Importers.Carbon;
using static TokenFlex.Data.Tests.Importers.ImportTestFiles;

namespace TokenFlex.Data.Tests.Importers;

public class CarbonFileReaderTests
{
    private static TimedSeries Read(string name, CarbonFormat format, string? location = null,
        EmissionScope? scope = null) => CarbonFileReader.Read(PathOf(name), null, format, location, scope);

    private static ImportException Fails(string path, CarbonFormat format, string? location = null) =>
        Should.Throw<ImportException>(() => CarbonFileReader.Read(path, null, format, location));

    [Fact]
    public void Read_ElectricityMapsHistory_IsAverageLifecycleHeldOnQuarterHours()
    {
        // Act
        var series = Read("em-history.json", CarbonFormat.ElectricityMaps);
        var values = SeriesAlignment.ToGrid(series, Grid(0.25, 8), GapFill.None).Values;

        // Assert
        (series.SignalType, series.Scope, series.Location).ShouldBe(
            (CarbonSignalType.Average, EmissionScope.Lifecycle, "US-CAL-CISO"));
        values.ShouldBe([120, 120, 120, 120, 135, 135, 135, 135]);
    }

    [Fact]
    public void Read_ElectricityMapsForecast_TakesTheScopeAndIssueTimeFromTheTop()
    {
        // Act
        var series = Read("em-forecast.json", CarbonFormat.ElectricityMaps);

        // Assert
        series.Scope.ShouldBe(EmissionScope.Direct);
        series.GeneratedAtUtc.ShouldBe(new DateTimeOffset(2025, 3, 24, 6, 45, 0, TimeSpan.Zero));
        series.Points.Select(p => p.Value).ShouldBe([300, 310]);
    }

    [Fact]
    public void Read_WattTimeMoer_IsMarginalDirectInGramsPerKwh()
    {
        // Act
        var series = Read("watttime-moer.json", CarbonFormat.WattTime);
        var values = SeriesAlignment.ToGrid(series, Grid(0.25, 2), GapFill.None).Values;

        // Assert: lbs/MWh × 0.45359237 = g/kWh; (900 + 900 + 950)/3 and (1000 + 1000 + 1050)/3 lbs/MWh.
        (series.SignalType, series.Scope).ShouldBe((CarbonSignalType.Marginal, EmissionScope.Direct));
        values.ShouldBe([916.6666666667 * 0.45359237, 1016.6666666667 * 0.45359237], tolerance: 1e-6);
    }

    [Fact]
    public void Read_CarbonAwareSdkFile_KeepsTheChosenLocationAndStatesNoKind()
    {
        // Act
        var series = Read("cas-emissions.json", CarbonFormat.CarbonAwareSdk, "eastus");

        // Assert
        series.Points.Select(p => p.Value).ShouldBe([380.5, 390]);
        (series.SignalType, series.Scope).ShouldBe((null, null));
    }

    [Fact]
    public void Read_CarbonAwareSdkForecast_ReadsMinuteDurations()
    {
        // Act
        var values = SeriesAlignment.ToGrid(Read("cas-forecast.json", CarbonFormat.CarbonAwareSdk), Grid(0.25, 1),
            GapFill.None).Values;

        // Assert: (360 + 350 + 370)/3
        values.ShouldBe([360]);
    }

    [Fact]
    public void Read_ElectricityMapsCsvExport_ReadsTheScopesColumnAndShiftsByDays()
    {
        // Act: 2024-03-25 (a Monday) moved 364 days to Monday 2025-03-24.
        var series = Read("em-export.csv", CarbonFormat.ElectricityMapsCsv, scope: EmissionScope.Lifecycle)
            .ShiftedByDays(364);
        var values = SeriesAlignment.ToGrid(series, Grid(1, 2), GapFill.None).Values;

        // Assert
        values.ShouldBe([160.25, 158]);
        series.SignalType.ShouldBe(CarbonSignalType.Average);
    }

    [Fact]
    public void Read_CarbonAwareSdkFileWithTwoLocations_AsksForOne()
    {
        // Act
        var error = Fails(PathOf("cas-emissions.json"), CarbonFormat.CarbonAwareSdk);

        // Assert
        error.Message.ShouldBe("cas-emissions.json holds 2 locations (eastus, westus); choose one with \"location\"");
    }

    [Fact]
    public void Read_ElectricityMapsBadDatetime_NamesTheJsonPath()
    {
        // Arrange
        var path = Variant("em-history.json", "\"2025-03-24T08:00:00.000Z\"", "\"2025-03-24 08:00\"");

        // Act
        var error = Fails(path, CarbonFormat.ElectricityMaps);

        // Assert
        error.Message.ShouldBe("em-history.json $.history[1].datetime: '2025-03-24 08:00' is not an RFC 3339 time with "
                               + "an offset (e.g. 2025-03-24T07:00:00Z)");
    }

    [Fact]
    public void Read_ElectricityMapsMixedScopes_IsAnError()
    {
        // Arrange
        var path = Variant("em-history.json", "\"lifecycle\", \"isEstimated\": true", "\"direct\", \"isEstimated\": true");

        // Act
        var error = Fails(path, CarbonFormat.ElectricityMaps);

        // Assert
        error.Message.ShouldBe("em-history.json $.history[1].emissionFactorType: 'direct' differs from the lifecycle "
                               + "values before it; one file holds one kind");
    }

    [Fact]
    public void Read_WattTimeHealthDamage_IsNotACarbonIntensity()
    {
        // Arrange
        var path = Variant("watttime-moer.json", "\"co2_moer\"", "\"health_damage\"");

        // Act
        var error = Fails(path, CarbonFormat.WattTime);

        // Assert
        error.Message.ShouldBe("watttime-moer.json $.meta.signal_type: 'health_damage' is not a carbon intensity; use "
                               + "co2_moer (marginal) or co2_aoer (average)");
    }

    [Fact]
    public void Read_WattTimeValueAsText_NamesTheJsonPath()
    {
        // Arrange
        var path = Variant("watttime-moer.json", "\"value\": 950", "\"value\": \"950\"");

        // Act
        var error = Fails(path, CarbonFormat.WattTime);

        // Assert
        error.Message.ShouldBe("watttime-moer.json $.data[2].value: expected a number, got the string \"950\"");
    }

    [Fact]
    public void Read_CarbonAwareSdkMissingRating_NamesTheJsonPath()
    {
        // Arrange
        var path = Variant("cas-emissions.json", "\"Rating\": 390.0, ", "");

        // Act
        var error = Fails(path, CarbonFormat.CarbonAwareSdk, "eastus");

        // Assert
        error.Message.ShouldBe("cas-emissions.json $.Emissions[2]: required field 'rating' is missing");
    }

    [Fact]
    public void Read_MalformedJson_NamesLineAndPosition()
    {
        // Arrange
        var path = Scratch("broken.json", "{\n  \"zone\": \"DE\",\n  \"history\": [ { \"carbonIntensity\": 1, } \n");

        // Act
        var error = Fails(path, CarbonFormat.ElectricityMaps);

        // Assert
        error.Message.ShouldStartWith("broken.json is not valid JSON: line 4, position 1:");
    }
}
