using System.Text;
using System.Text.Json.Nodes;
using TokenFlex.Core.Validation;

namespace TokenFlex.Data.Tests;

public class CsvSeriesTests
{
    private static JsonObject Csv(string file, string column, double? scale = null)
    {
        var node = new JsonObject { ["csv"] = file, ["column"] = column };
        if (scale is not null)
        {
            node["scale"] = scale;
        }

        return node;
    }

    private static IReadOnlyList<ValidationError> ErrorsWithPrice(JsonNode series) =>
        TestScenarios.ErrorsAfter(n => n.Campus(0)["priceUsdPerMwh"] = series);

    [Fact]
    public void ReadFile_CsvColumns_AreReadAndScaled()
    {
        // Act
        var scenario = ScenarioReader.ReadFile(TestScenarios.ValidPath, TestCatalog.Entries);

        // Assert: $/kWh × 1000 = $/MWh; MW × 1000 = kW; unscaled columns as written.
        scenario.Campuses[0].PriceUsdPerMwh.ShouldBe([30, -5, 80, 40], tolerance: 1e-9);
        scenario.Campuses[1].PriceUsdPerMwh.ShouldBe([25, 25, 60, 90]);
        scenario.Campuses[1].Cooling.AmbientTemperatureC!.ShouldBe([25, 24, 30, 33]);
        scenario.Campuses[1].Pv!.AvailableKw.ShouldBe([0, 100, 400, 300], tolerance: 1e-9);
    }

    [Fact]
    public void ReadString_SemicolonSeparatedCsv_SaysWhichSeparator()
    {
        // Act
        var errors = ErrorsWithPrice(Csv("semicolon.csv", "phx"));

        // Assert
        errors.ShouldContainError("campuses[0].priceUsdPerMwh",
            "semicolon.csv line 1: the header has a single column; the file seems to use ';' as separator");
    }

    [Fact]
    public void ReadString_BadCells_NameFileLineAndColumn()
    {
        // Act
        var errors = ErrorsWithPrice(Csv("bad-values.csv", "phx"));

        // Assert
        const string path = "campuses[0].priceUsdPerMwh";
        errors.ShouldContainError(path, "bad-values.csv line 3, column 'phx': 'NaN' is not a finite number");
        errors.ShouldContainError(path, "bad-values.csv line 4, column 'phx': 'n/a' is not a number");
        errors.ShouldContainError(path, "bad-values.csv line 5, column 'phx': the cell is empty");
        errors.Count.ShouldBe(3, "the rule check of the NaN placeholders adds nothing");
    }

    [Fact]
    public void ReadString_TimeColumnOffGrid_ReportsFirstMismatchingLine()
    {
        // Act
        var errors = ErrorsWithPrice(Csv("bad-time.csv", "phx"));

        // Assert
        errors.ShouldContainError("campuses[0].priceUsdPerMwh",
            "bad-time.csv line 4: time '2025-07-15T03:00:00Z' does not match the time grid; period 2 starts at "
            + "2025-07-15T02:00:00Z");
    }

    [Fact]
    public void ReadString_TooFewRows_ReportsRowCount()
    {
        // Act
        var errors = ErrorsWithPrice(Csv("short.csv", "phx"));

        // Assert
        errors.ShouldContainError(
            "campuses[0].priceUsdPerMwh", "short.csv has 2 data rows but the time grid has 4 periods");
    }

    [Fact]
    public void ReadString_UnknownColumn_SuggestsClosest()
    {
        // Act
        var errors = ErrorsWithPrice(Csv("signals.csv", "dalTemp"));

        // Assert
        errors.ShouldContainError("campuses[0].priceUsdPerMwh.column",
            "signals.csv has no data column 'dalTemp'; did you mean 'dalTempC'?");
    }

    [Fact]
    public void ReadString_MissingFile_NamesIt()
    {
        // Act
        var errors = ErrorsWithPrice(Csv("nowhere.csv", "phx"));

        // Assert
        errors.ShouldContainError("campuses[0].priceUsdPerMwh", "nowhere.csv not found");
    }

    [Fact]
    public void ReadString_SameBadFileTwice_ReportsInFullOnceThenRefersBack()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n =>
        {
            n.Campus(0)["priceUsdPerMwh"] = Csv("semicolon.csv", "phx");
            n.Campus(0)["carbonGPerKwh"] = Csv("semicolon.csv", "phx");
        });

        // Assert
        errors.ShouldContainError("campuses[0].priceUsdPerMwh", "the file seems to use ';'");
        errors.ShouldContainError("campuses[0].carbonGPerKwh", "semicolon.csv cannot be used (see the first error");
    }

    [Fact]
    public void ReadString_ZeroScale_IsRejected()
    {
        // Act
        var errors = ErrorsWithPrice(Csv("signals.csv", "phx", scale: 0));

        // Assert
        errors.ShouldContainError("campuses[0].priceUsdPerMwh.scale", "scale must not be 0");
    }

    [Fact]
    public void ReadString_NonUtf8Csv_SaysSaveAsUtf8()
    {
        // Arrange: "é" in Latin-1 on line 2.
        var directory = Directory.CreateTempSubdirectory("tokenflex-csv-").FullName;
        try
        {
            var latin1 = Encoding.Latin1.GetBytes("time,phx\n2025-07-15T00:00:00Z,30 \u00e9\n");
            File.WriteAllBytes(Path.Combine(directory, "latin1.csv"), latin1);
            var node = TestScenarios.ValidNode();
            node.Campus(0)["priceUsdPerMwh"] = Csv("latin1.csv", "phx");
            node.Campus(1)["priceUsdPerMwh"] = 25;
            node.Campus(1)["cooling"] = new JsonObject { ["pue"] = 1.3 };
            node.Campus(1).Remove("pv");

            // Act
            var errors = Should.Throw<InputValidationException>(
                () => ScenarioReader.ReadString(node.ToJsonString(), directory, TestCatalog.Entries)).Errors;

            // Assert
            errors.ShouldContainError("campuses[0].priceUsdPerMwh", "latin1.csv line 2 is not valid UTF-8 (byte 0xE9");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void ReadString_SeriesOfWrongKind_ExplainsTheThreeForms()
    {
        // Act
        var errors = ErrorsWithPrice("cheap");

        // Assert
        errors.ShouldContainError("campuses[0].priceUsdPerMwh",
            "must be a series: an array of numbers, a single number or { \"csv\": file, \"column\": name }");
    }

    [Fact]
    public void ReadString_NonNumberInArraySeries_ReportsElement()
    {
        // Act
        var errors = ErrorsWithPrice(new JsonArray(1, 2, "x", 4));

        // Assert
        errors.ShouldContainError("campuses[0].priceUsdPerMwh[2]", "must be a number, got a string");
    }
}
