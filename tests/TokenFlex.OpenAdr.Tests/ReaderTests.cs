using TokenFlex.Core.Validation;
using TokenFlex.OpenAdr.Model;
using TokenFlex.OpenAdr.Reading;

namespace TokenFlex.OpenAdr.Tests;

public class ReaderTests
{
    [Fact]
    public void ReadEvents_V31File_ReadsTargetsIntervalsAndPayloads()
    {
        // Arrange
        var json = TestFiles.Text("events-3.1.json");

        // Act
        var events = OpenAdrReader.ReadEvents(json, "events-3.1.json");

        // Assert
        events.Count.ShouldBe(2);
        var limit = events[0];
        limit.Version.ShouldBe(OpenAdrVersion.V31);
        limit.Targets.ShouldHaveSingleItem().ShouldBe(new OpenAdrTarget(null, "campus-ercot"));
        limit.IntervalPeriod.ShouldBe(new OpenAdrIntervalPeriod(new DateTimeOffset(2025, 3, 24, 23, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1)));
        limit.Intervals.Count.ShouldBe(3);
        limit.Intervals[2].Payloads.ShouldHaveSingleItem().Values[0].GetDouble().ShouldBe(2000);
        limit.PayloadDescriptors.ShouldHaveSingleItem().ShouldBe(new OpenAdrPayloadDescriptor("IMPORT_CAPACITY_LIMIT", "KW", null));
    }

    [Fact]
    public void ReadEvents_V30File_ReadsTypedTargets()
    {
        // Arrange
        var json = TestFiles.Text("events-3.0.json");

        // Act
        var events = OpenAdrReader.ReadEvents(json, "events-3.0.json");

        // Assert
        events[0].Version.ShouldBe(OpenAdrVersion.V30);
        events[0].Targets.ShouldHaveSingleItem().ShouldBe(new OpenAdrTarget("RESOURCE_NAME", "campus-ercot"));
    }

    [Theory]
    [InlineData("programs-3.0.json", OpenAdrVersion.V30)]
    [InlineData("programs-3.1.json", OpenAdrVersion.V31)]
    public void ReadPrograms_EitherVersion_ReadsNameAndDescriptions(string file, OpenAdrVersion version)
    {
        // Arrange
        var json = TestFiles.Text(file);

        // Act
        var program = OpenAdrReader.ReadPrograms(json, file).ShouldHaveSingleItem();

        // Assert
        program.Id.ShouldBe("ercot-clr");
        program.ProgramName.ShouldBe("ERCOT controllable load");
        program.DescriptionUrls.ShouldBe(["https://example.com/ercot-clr"]);
        program.Version.ShouldBe(version);
    }

    [Fact]
    public void ReadEvents_TextValueForLimit_ErrorNamesJsonPath()
    {
        // Arrange
        var json = TestFiles.Text("events-3.1.json").Replace("\"values\": [2000] } ] },\n      { \"id\": 2", "\"values\": [\"lots\"] } ] },\n      { \"id\": 2",
            StringComparison.Ordinal);

        // Act
        var error = Should.Throw<InputValidationException>(() => OpenAdrReader.ReadEvents(json, "events.json"));

        // Assert
        error.Errors.ShouldHaveSingleItem().ToString()
            .ShouldBe("[0].intervals[1].payloads[0].values[0]: IMPORT_CAPACITY_LIMIT takes a number (got \"lots\")");
    }

    [Fact]
    public void ReadEvents_SeveralProblems_ListsEveryPath()
    {
        // Arrange
        const string json = """
            {"targets": [7], "intervalPeriod": {"start": "tomorrow", "duration": "1 hour"},
             "intervals": [{"payloads": [{"type": "SIMPLE", "values": [4]}]}]}
            """;

        // Act
        var error = Should.Throw<InputValidationException>(() => OpenAdrReader.ReadEvents(json, "event.json"));

        // Assert
        error.Errors.Select(e => e.ToString()).ShouldBe(
        [
            "programID: programID is required",
            "targets[0]: a target must be a string (OpenADR 3.1) or a {type, values} object (3.0) (got 7)",
            "intervals[0].id: id is required",
            "intervals[0].payloads[0].values[0]: SIMPLE takes an integer level 0, 1, 2 or 3 (got 4)",
            "intervalPeriod.start: must be an RFC 3339 date-time such as 2026-07-15T22:00:00Z (got tomorrow)",
            "intervalPeriod.duration: must be an ISO 8601 duration such as PT1H or PT15M (got 1 hour)",
        ]);
    }

    [Fact]
    public void ReadEvents_InvalidJson_SaysWhere()
    {
        // Arrange
        const string json = "[{\"programID\": }]";

        // Act
        var error = Should.Throw<InputValidationException>(() => OpenAdrReader.ReadEvents(json, "event.json"));

        // Assert
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe("$: the text is not valid JSON at line 1, position 16");
    }

    [Theory]
    [InlineData("PT1H", 60)]
    [InlineData("PT15M", 15)]
    [InlineData("P1D", 1440)]
    [InlineData("P1W", 10080)]
    [InlineData("PT1H30M", 90)]
    public void IsoDurationTryParse_SpecExamples_Minutes(string text, double minutes)
    {
        // Act
        var duration = IsoDuration.TryParse(text, out _);

        // Assert
        duration.ShouldBe(TimeSpan.FromMinutes(minutes));
    }

    [Theory]
    [InlineData(60, "PT1H")]
    [InlineData(15, "PT15M")]
    [InlineData(0, "PT0S")]
    [InlineData(1530, "P1DT1H30M")]
    public void IsoDurationFormat_Minutes_ShortestForm(double minutes, string expected)
    {
        // Act
        var text = IsoDuration.Format(TimeSpan.FromMinutes(minutes));

        // Assert
        text.ShouldBe(expected);
    }

    [Fact]
    public void IsoDurationTryParse_Months_RefusedWithReason()
    {
        // Act
        var duration = IsoDuration.TryParse("P1M", out var reason);

        // Assert
        duration.ShouldBeNull();
        reason.ShouldBe("years and months have no fixed length; give the duration in weeks, days, hours, minutes or seconds");
    }
}
