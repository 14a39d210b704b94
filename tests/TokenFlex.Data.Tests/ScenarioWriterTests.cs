using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Tests;

public class ScenarioWriterTests
{
    /// <summary>The fixture with numbers that need the shortest round-trip form and explicit sources.</summary>
    private static Scenario Rich()
    {
        var scenario = ScenarioReader.ReadFile(TestScenarios.ValidPath, TestCatalog.Entries);
        var dal = scenario.Campuses[1];
        return scenario with
        {
            Description = "Quotes \" and ≥ survive.",
            CarbonCapTonnes = 12.5,
            Campuses =
            [
                scenario.Campuses[0],
                dal with { CarbonGPerKwh = [0.1, 1.0 / 3, 1e-7, 1234.56789], GridImportCapKw = [5000, 2500.5, 0, 1e4] },
            ],
        };
    }

    [Fact]
    public void Write_ThenRead_GivesAnEqualScenario()
    {
        // Arrange
        var original = Rich();

        // Act
        var json = ScenarioWriter.Write(original);
        var roundTripped = ScenarioReader.ReadString(json, TestScenarios.DataDirectory, TestCatalog.Entries);

        // Assert
        var differences = DeepCompare.Differences(original, roundTripped);
        differences.ShouldBeEmpty(string.Join("\n", differences));
    }

    [Fact]
    public void DeepCompare_NestedArrayValueDiffers_IsDetected()
    {
        // Arrange: guards the round-trip test against a comparer that sees nothing.
        var original = Rich();
        var dal = original.Campuses[1];
        var changed = original with { Campuses = [original.Campuses[0], dal with { CarbonGPerKwh = [1, 2, 3, 4] }] };

        // Act
        var differences = DeepCompare.Differences(original, changed);

        // Assert
        differences.ShouldContain(d => d.StartsWith("$.Campuses[1].CarbonGPerKwh[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_OfReadBack_IsIdentical()
    {
        // Arrange
        var first = ScenarioWriter.Write(Rich());

        // Act
        var second = ScenarioWriter.Write(
            ScenarioReader.ReadString(first, TestScenarios.DataDirectory, TestCatalog.Entries));

        // Assert
        second.ShouldBe(first);
    }

    [Fact]
    public void Write_Series_AreInlineArraysAndConfigurationsCarrySources()
    {
        // Act
        var json = ScenarioWriter.Write(Rich());

        // Assert
        json.ShouldContain("\"priceUsdPerMwh\": [30, -5, 80, 40]");
        json.ShouldContain("\"gridImportCapKw\": [5000, 2500.5, 0, 10000]");
        json.ShouldContain("\"kind\": \"measured\"");
        json.ShouldContain("\"baselineMode\": \"exogenous\"");
        json.ShouldNotContain("\"csv\"");
    }
}
