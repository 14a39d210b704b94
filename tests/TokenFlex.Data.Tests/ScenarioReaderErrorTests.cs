using System.Text.Json.Nodes;

namespace TokenFlex.Data.Tests;

public class ScenarioReaderErrorTests
{
    [Fact]
    public void ReadString_UnknownField_SuggestsClosestKnownField()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["battery"]!["capacityMW"] = 10);

        // Assert
        errors.ShouldContainError("campuses[0].battery.capacityMW",
            "unknown field 'capacityMW'; did you mean 'energyCapacityKwh'?");
    }

    [Fact]
    public void ReadString_UnknownFieldFarFromAny_ListsKnownFields()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n["timeGrid"]!["zzz"] = 1);

        // Assert
        errors.ShouldContainError("timeGrid.zzz", "unknown field 'zzz'; known fields: commitmentStepHours, periods, startUtc, stepHours");
    }

    [Fact]
    public void ReadString_MalformedJson_ReportsLineAndPosition()
    {
        // Arrange: the value on line 3 is missing.
        const string json = "{\n  \"name\": \"x\",\n  \"timeGrid\": ,\n}";

        // Act
        var error = TestScenarios.ErrorsOf(json).ShouldHaveSingleItem();

        // Assert
        error.Path.ShouldBe("$");
        error.Message.ShouldStartWith("malformed JSON at line 3, position 15:");
    }

    [Theory]
    [InlineData("", "the document is empty")]
    [InlineData("  \n ", "the document is empty")]
    [InlineData("[1, 2]", "the top level must be a JSON object")]
    [InlineData("42", "the top level must be a JSON object")]
    public void ReadString_NotAScenarioObject_ReportsAtRoot(string json, string fragment)
    {
        // Act / Assert
        TestScenarios.ErrorsOf(json).ShouldContainError("$", fragment);
    }

    [Fact]
    public void ReadFile_MissingFile_ReportsFileNotFound()
    {
        // Arrange
        var path = Path.Combine(TestScenarios.DataDirectory, "no-such-scenario.json");

        // Act
        var exception = Should.Throw<Core.Validation.InputValidationException>(
            () => ScenarioReader.ReadFile(path, TestCatalog.Entries));

        // Assert
        exception.Errors.ShouldContainError("$", "file not found");
        exception.Message.ShouldContain("no-such-scenario.json");
    }

    [Fact]
    public void ReadString_WrongTypes_ReportsEachWithAHint()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n =>
        {
            n.Campus(0)["gridImportLimitKw"] = "8000";
            n.Campus(0)["generators"]![0]!["onlyInDemandResponseWindows"] = "no";
            n.Campus(0)["gpuInventory"]!["H100-SXM"] = 6.5;
            n["timeGrid"]!["periods"] = "4";
        });

        // Assert
        errors.ShouldContainError("campuses[0].gridImportLimitKw", "must be a number, got a string; remove the quotes");
        errors.ShouldContainError("campuses[0].generators[0].onlyInDemandResponseWindows", "must be true or false");
        errors.ShouldContainError("campuses[0].gpuInventory['H100-SXM']", "must be a whole number");
        errors.ShouldContainError("timeGrid.periods", "must be a number");
    }

    [Fact]
    public void ReadString_MissingRequiredField_ReportsItOnceWithoutRuleNoise()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0).Remove("gridImportLimitKw"));

        // Assert
        errors.ShouldContainError("campuses[0].gridImportLimitKw", "required field 'gridImportLimitKw' is missing");
        errors.Count.ShouldBe(1, string.Join("\n", errors));
    }

    [Fact]
    public void ReadString_UnknownEnumValue_SuggestsTheIntendedOne()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["demandResponse"]!["baselineMode"] = "twopas");

        // Assert
        errors.ShouldContainError("campuses[0].demandResponse.baselineMode",
            "unknown value 'twopas' for baselineMode; did you mean 'twoPass'?");
    }

    [Fact]
    public void ReadString_UnknownPrecision_ListsKnownOnes()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(
            n => n["workloadClasses"]![0]!["admissiblePrecisions"] = new JsonArray("FP6"));

        // Assert
        errors.ShouldContainError("workloadClasses[0].admissiblePrecisions[0]",
            "unknown precision 'FP6'; expected one of BF16, FP16, FP8, INT8, INT4, FP4");
    }

    [Fact]
    public void ReadString_TimestampWithoutOffset_IsRejected()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n["timeGrid"]!["startUtc"] = "2025-07-15 00:00");

        // Assert
        errors.ShouldContainError("timeGrid.startUtc", "is not an RFC 3339 timestamp with an offset");
    }

    [Fact]
    public void ReadString_UnknownCatalogId_SuggestsClosest()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(
            n => n["configurations"]![0]!["catalogId"] = "llama-3.1-70b-bf16-h100-tp8");

        // Assert
        errors.ShouldContainError("configurations[0].catalogId", "did you mean 'llama-3.1-70b-bf16-h100-tp4'?");
    }

    [Fact]
    public void ReadString_FullDefinitionMissingFields_ReportsEach()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n =>
        {
            var definition = n["configurations"]![3]!.AsObject();
            definition.Remove("ttftMs");
            definition.Remove("gpuType");
        });

        // Assert
        errors.ShouldContainError("configurations[3].ttftMs", "required field 'ttftMs' is missing");
        errors.ShouldContainError("configurations[3].gpuType", "required field 'gpuType' is missing");
    }

    [Fact]
    public void ReadString_FieldGivenTwice_ReportsDuplicate()
    {
        // Arrange
        var json = TestScenarios.ValidNode().ToJsonString()
            .Replace("\"name\":\"two-campus\",", "\"name\":\"two-campus\",\"name\":\"again\",",
                StringComparison.Ordinal);

        // Act / Assert
        TestScenarios.ErrorsOf(json).ShouldContainError("name", "given more than once");
    }

    [Fact]
    public void ReadString_ArrayElementNotAnObject_ReportsItAndSkipsRulesBelowIt()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n["demandResponseEvents"]![0] = "ev1");

        // Assert
        errors.ShouldContainError("demandResponseEvents[0]", "expected an object");
        errors.Count.ShouldBe(1, string.Join("\n", errors));
    }

    [Fact]
    public void ReadString_RuleViolation_IsReportedWithItsJsonPath()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n =>
        {
            n.Campus(0)["battery"]!["minSocFraction"] = 0.9;
            n.Campus(0)["battery"]!["maxSocFraction"] = 0.8;
        });

        // Assert
        errors.ShouldContainError("campuses[0].battery.minSocFraction",
            "minSocFraction (0.9) must be ≤ maxSocFraction (0.8)");
    }

    [Fact]
    public void ReadString_ManyProblems_AreAllListedInOneException()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n =>
        {
            n.Remove("name");
            n.Campus(1)["gridImportMw"] = 5;
            n.Campus(0)["battery"]!["chargeEfficiencyFraction"] = 1.2;
            n["workloadClasses"]![0]!["modelId"] = "llama-9b";
            n["demand"]![0]!["tokensPerSecond"] = new JsonArray(1, 2, 3);
        });

        // Assert
        errors.ShouldContainError("name", "required field 'name' is missing");
        // The nearest known key is gridImportCapKw (4 edits; gridImportLimitKw, which the campus has, is 6 away).
        errors.ShouldContainError("campuses[1].gridImportMw", "did you mean 'gridImportCapKw'?");
        errors.ShouldContainError("campuses[0].battery.chargeEfficiencyFraction", "in (0, 1]");
        errors.ShouldContainError("workloadClasses[0].modelId", "modelId 'llama-9b' matches no configuration");
        errors.ShouldContainError("demand[0].tokensPerSecond", "has 3 values; the time grid has 4 periods");
    }

    [Fact]
    public void ReadFile_NonUtf8Json_SaysSaveAsUtf8()
    {
        // Arrange: a Latin-1 "é" in the name on line 1.
        var path = Path.Combine(Path.GetTempPath(), $"tokenflex-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes("{ \"name\": \"caf\u00e9\" }"));
        try
        {
            // Act
            var exception = Should.Throw<Core.Validation.InputValidationException>(
                () => ScenarioReader.ReadFile(path, TestCatalog.Entries));

            // Assert
            exception.Errors.ShouldContainError("$", "line 1 is not valid UTF-8 (byte 0xE9");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
