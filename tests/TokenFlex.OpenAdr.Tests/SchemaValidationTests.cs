using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Tests;

/// <summary>The test data and hand-written objects against the official OpenADR 3 schemas.</summary>
public class SchemaValidationTests
{
    [Theory]
    [InlineData("events-3.1.json", OpenAdrVersion.V31, "event")]
    [InlineData("events-3.0.json", OpenAdrVersion.V30, "event")]
    [InlineData("programs-3.1.json", OpenAdrVersion.V31, "program")]
    [InlineData("programs-3.0.json", OpenAdrVersion.V30, "program")]
    public void ValidateArray_TestData_MatchesSchema(string file, OpenAdrVersion version, string component)
    {
        // Arrange
        var json = TestFiles.Text(file);

        // Act
        var errors = OpenApiSchemas.ValidateArray(json, version, component);

        // Assert
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_SimpleLevelFive_FailsEnumerationSchema()
    {
        // Arrange: SIMPLE takes one integer 0–3 (3.1.1 event-interval-payloads).
        var json = TestFiles.Event(OpenAdrVersion.V31, "e1", "p1", "pjm", "2025-03-24T21:00:00Z", "SIMPLE", null, 5).ToJsonString();

        // Act
        var errors = OpenApiSchemas.Validate(json, OpenAdrVersion.V31, "event");

        // Assert
        errors.ShouldHaveSingleItem().ShouldStartWith("SIMPLE values [5]:");
    }

    [Fact]
    public void Validate_V30TargetsInV31Event_FailsSchema()
    {
        // Arrange: 3.1 targets are strings; a 3.0 {type, values} target is not one.
        var json = TestFiles.Event(OpenAdrVersion.V30, "e1", "p1", "pjm", "2025-03-24T21:00:00Z", "SIMPLE", null, 1).ToJsonString();

        // Act
        var errors = OpenApiSchemas.Validate(json, OpenAdrVersion.V31, "event");

        // Assert
        errors.ShouldNotBeEmpty();
        errors.ShouldAllBe(e => e.Contains("targets", StringComparison.Ordinal) || e.Contains("payloadDescriptors", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReportWithoutResources_FailsSchema()
    {
        // Arrange
        const string json = """{"eventID": "e1", "clientName": "ven"}""";

        // Act
        var errors = OpenApiSchemas.Validate(json, OpenAdrVersion.V31, "reportRequest");

        // Assert
        errors.ShouldHaveSingleItem().ShouldContain("resources");
    }
}
