using System.Text;
using System.Text.Json.Nodes;
using TokenFlex.Core.Validation;

namespace TokenFlex.Data.Tests;

/// <summary>
/// One test per class of hostile input of issue 4, point 1, each asserting the exact message and path, so that a
/// change of wording is a deliberate one.
/// </summary>
public class InputHardeningTests
{
    [Fact]
    public void ReadString_MissingField_NamesTheField()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0).Remove("gridImportLimitKw"));

        // Assert
        Exact(errors, "campuses[0].gridImportLimitKw", "required field 'gridImportLimitKw' is missing");
    }

    [Fact]
    public void ReadString_WrongType_SaysWhatWasGivenAndTheFix()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["gridImportLimitKw"] = "8000");

        // Assert
        Exact(errors, "campuses[0].gridImportLimitKw",
            "gridImportLimitKw must be a number, got a string; remove the quotes");
    }

    [Fact]
    public void ReadString_WrongUnitSuffix_SaysTheExpectedUnitAndTheConversion()
    {
        // Arrange: 8 MW written under a megawatt key.
        var errors = TestScenarios.ErrorsAfter(n =>
        {
            n.Campus(0).Remove("gridImportLimitKw");
            n.Campus(0)["gridImportLimitMw"] = 8;
        });

        // Assert
        Exact(errors, "campuses[0].gridImportLimitMw",
            "unknown field 'gridImportLimitMw'; TokenFlex takes 'gridImportLimitKw' in kW: rename the key and multiply "
            + "the value by 1000");
    }

    [Fact]
    public void ReadString_PriceKeyPerKwh_SaysToMultiplyByThousand()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n =>
        {
            n.Campus(1).Remove("priceUsdPerMwh");
            n.Campus(1)["priceUsdPerKwh"] = 0.05;
        });

        // Assert
        Exact(errors, "campuses[1].priceUsdPerKwh",
            "unknown field 'priceUsdPerKwh'; TokenFlex takes 'priceUsdPerMwh' in USD/MWh: rename the key and multiply "
            + "the value by 1000");
    }

    [Fact]
    public void ReadString_NaNAsString_SaysNaNIsNotAllowed()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(
            n => n["demand"]![1]!["tokensPerSecond"] = new JsonArray(1, "NaN", 3, 4));

        // Assert
        Exact(errors, "demand[1].tokensPerSecond[1]", "tokensPerSecond[1] must be a number, got a string; NaN and "
                                                      + "Infinity are not allowed: give a finite value (a measured or "
                                                      + "estimated one)");
    }

    [Fact]
    public void ReadString_BareInfinityInJson_PointsAtItAndSaysItIsNotJson()
    {
        // Arrange: Python's json.dumps writes Infinity for float('inf').
        const string json = "{\n  \"name\": \"x\",\n  \"carbonPriceUsdPerTonne\": Infinity\n}";

        // Act
        var error = TestScenarios.ErrorsOf(json).ShouldHaveSingleItem();

        // Assert
        error.Path.ShouldBe("$");
        error.Message.ShouldBe("malformed JSON at line 3, position 29: 'I' is an invalid start of a value.; NaN and "
                               + "Infinity are not JSON numbers: give a finite value, or null where the field has a "
                               + "default");
    }

    [Fact]
    public void ReadString_NumberBeyondDoubleRange_SaysTooLarge()
    {
        // Arrange
        var json = TestScenarios.ValidNode().ToJsonString()
            .Replace("\"gridImportLimitKw\":8000", "\"gridImportLimitKw\":1e999", StringComparison.Ordinal);

        // Act
        var errors = TestScenarios.ErrorsOf(json);

        // Assert
        Exact(errors, "campuses[0].gridImportLimitKw", "gridImportLimitKw is too large to be a number");
    }

    [Fact]
    public void ReadString_NegativeCapacity_SaysItMustBeNonNegative()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["battery"]!["maxChargeKw"] = -500);

        // Assert
        Exact(errors, "campuses[0].battery.maxChargeKw", "maxChargeKw must be ≥ 0");
    }

    [Fact]
    public void ReadString_SeriesOfWrongLength_GivesBothLengths()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(1)["carbonGPerKwh"] = new JsonArray(450, 450, 460));

        // Assert
        Exact(errors, "campuses[1].carbonGPerKwh",
            "carbonGPerKwh has 3 values; the time grid has 4 periods (timeGrid.periods), give one value per period");
    }

    [Fact]
    public void ReadString_ClassNamingUnknownModel_ListsTheModelsThereAre()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n["workloadClasses"]![1]!["modelId"] = "llama-3.1-9b");

        // Assert
        Exact(errors, "workloadClasses[1].modelId",
            "modelId 'llama-3.1-9b' matches no configuration; known models: llama-3.1-70b, llama-3.1-8b");
    }

    [Fact]
    public void ReadString_DuplicateCampusId_NamesTheFirstUse()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(1)["id"] = "phx");

        // Assert
        Exact(errors, "campuses[1].id", "duplicate campus id 'phx' (first used at campuses[0].id); ids must be unique");
    }

    [Fact]
    public void ReadString_AbsurdMagnitude_AsksToCheckTheUnit()
    {
        // Arrange: 8 GW written in W.
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["gridImportLimitKw"] = 8e9);

        // Assert
        Exact(errors, "campuses[0].gridImportLimitKw",
            "gridImportLimitKw (8E+09) is above the plausibility limit of 1E+07 kW; check the unit");
    }

    [Fact]
    public void ReadString_AbsurdCostAndEnergyPerToken_AskToCheckTheUnit()
    {
        // Arrange: a start cost in micro-dollars and an energy per token in mJ.
        var errors = TestScenarios.ErrorsAfter(n =>
        {
            n["configurations"]![3]!["startCostUsd"] = 1.5e6;
            n["configurations"]![3]!["energyJPerToken"] = 2e5;
        });

        // Assert
        Exact(errors, "configurations[3].startCostUsd",
            "startCostUsd (1.5E+06) is above the plausibility limit of 1E+06 USD; check the unit");
        Exact(errors, "configurations[3].energyJPerToken",
            "energyJPerToken (200000) is above the plausibility limit of 10000 J/token; check the unit");
    }

    [Fact]
    public void ReadFile_EmptyFile_SaysTheDocumentIsEmpty()
    {
        // Arrange
        using var file = new TempFile([]);

        // Act
        var errors = ReadFileErrors(file.Path);

        // Assert
        Exact(errors, "$", "the document is empty; a scenario is a JSON object (see docs/scenario-format.md)");
    }

    [Fact]
    public void ReadFile_FileAboveTheSizeCap_IsRejectedBeforeReading()
    {
        // Arrange: a sparse file one byte over the cap costs no disk space.
        using var file = new TempFile([]);
        using (var stream = File.OpenWrite(file.Path))
        {
            stream.SetLength(BoundedFile.MaxBytes + 1);
        }

        // Act
        var errors = ReadFileErrors(file.Path);

        // Assert
        Exact(errors, "$", $"{Path.GetFileName(file.Path)} is larger than the limit of 256 MiB (268435456 bytes); "
                           + "check that it is the file you meant");
    }

    [Fact]
    public void ReadFile_Latin1Bytes_SaysWhereAndToSaveAsUtf8()
    {
        // Arrange
        using var file = new TempFile(Encoding.Latin1.GetBytes("{\n  \"name\": \"Z\u00fcrich\" }"));

        // Act
        var errors = ReadFileErrors(file.Path);

        // Assert
        Exact(errors, "$", $"{Path.GetFileName(file.Path)} line 2 is not valid UTF-8 (byte 0xFC at offset 14); save "
                           + "the file as UTF-8 (in Excel: 'CSV UTF-8')");
    }

    [Fact]
    public void ReadString_CsvWithSemicolons_NamesTheSeparator()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(
            n => n.Campus(0)["priceUsdPerMwh"] = new JsonObject { ["csv"] = "semicolon.csv", ["column"] = "phx" });

        // Assert
        Exact(errors, "campuses[0].priceUsdPerMwh", "semicolon.csv line 1: the header has a single column; the file "
                                                    + "seems to use ';' as separator; save it with ',' separators");
    }

    [Fact]
    public void ReadString_EmptyCsvFileName_IsReportedNotLeftAsAnEmptySeries()
    {
        // Arrange: found by FuzzTests (micro-csv case 1778): the empty series reached the model and crashed it.
        var errors = TestScenarios.ErrorsAfter(
            n => n.Campus(0)["priceUsdPerMwh"] = new JsonObject { ["csv"] = "", ["column"] = "phx" });

        // Assert
        Exact(errors, "campuses[0].priceUsdPerMwh.csv",
            "csv is empty; give a file name relative to the scenario, e.g. \"prices.csv\"");
    }

    [Fact]
    public void ReadString_CsvPathWithNulCharacter_IsReportedNotThrown()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(
            n => n.Campus(0)["priceUsdPerMwh"] = new JsonObject { ["csv"] = "a\0b.csv", ["column"] = "phx" });

        // Assert
        errors.ShouldContainError("campuses[0].priceUsdPerMwh", "'a\0b.csv' is not a valid file path");
    }

    [Fact]
    public void ReadString_OneOfEachClass_ListsAllProblemsAtOnce()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n =>
        {
            n.Campus(0).Remove("gridImportLimitKw");
            n.Campus(1)["gridImportLimitKw"] = "5000";
            n.Campus(0)["battery"]!["maxChargeKw"] = -500;
            n.Campus(1)["carbonGPerKwh"] = new JsonArray(450, 450, 460);
            n["workloadClasses"]![1]!["modelId"] = "llama-3.1-9b";
            n["origins"]![1]!["id"] = "us-west";
        });

        // Assert
        errors.Select(e => e.Path).Order(StringComparer.Ordinal).ShouldBe(
        [
            "campuses[0].battery.maxChargeKw", "campuses[0].gridImportLimitKw", "campuses[1].carbonGPerKwh",
            "campuses[1].gridImportLimitKw", "demand[1].originId", "origins[1].id", "workloadClasses[1].modelId",
        ], ignoreOrder: false, string.Join("\n", errors));
    }

    private static void Exact(IReadOnlyList<ValidationError> errors, string path, string message)
    {
        var match = errors.FirstOrDefault(e => e.Path == path);
        match.ShouldNotBeNull($"no error at '{path}'; got:\n  {string.Join("\n  ", errors)}");
        match.Message.ShouldBe(message);
    }

    private static IReadOnlyList<ValidationError> ReadFileErrors(string path) =>
        Should.Throw<InputValidationException>(() => ScenarioReader.ReadFile(path, TestCatalog.Entries)).Errors;

    /// <summary>A scratch file deleted on dispose.</summary>
    private sealed class TempFile : IDisposable
    {
        public TempFile(byte[] content)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"reliability-{Guid.NewGuid():N}.json");
            File.WriteAllBytes(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
