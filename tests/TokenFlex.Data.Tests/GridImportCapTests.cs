using System.Text.Json.Nodes;
using TokenFlex.Core.Validation;

namespace TokenFlex.Data.Tests;

/// <summary><c>gridImportCapKw</c>: read inline, as one number or from a CSV column; exact error messages.</summary>
public class GridImportCapTests
{
    [Fact]
    public void ReadString_InlineCap_IsReadAndLowersTheLimitInItsPeriod()
    {
        // Act
        var scenario = TestScenarios.Read(Change(n => n.Campus(0)["gridImportCapKw"] = Caps(8000, 5000, 9000, 0)));

        // Assert: phx has an 8,000 kW interconnection.
        var phx = scenario.Campuses[0];
        phx.GridImportCapKw.ShouldBe([8000, 5000, 9000, 0]);
        Enumerable.Range(0, 4).Select(phx.GridImportLimitKwAt).ShouldBe([8000, 5000, 8000, 0]);
        scenario.Campuses[1].GridImportCapKw.ShouldBeNull();
    }

    [Fact]
    public void ReadString_CapAsOneNumber_HoldsInEveryPeriod()
    {
        // Act
        var scenario = TestScenarios.Read(Change(n => n.Campus(1)["gridImportCapKw"] = 4000));

        // Assert
        scenario.Campuses[1].GridImportCapKw.ShouldBe([4000, 4000, 4000, 4000]);
    }

    [Fact]
    public void ReadString_CapFromCsvColumnInMw_IsScaledToKw()
    {
        // Arrange: signals.csv column dalPvMw holds 0, 0.1, 0.4, 0.3 (MW).
        var csv = new JsonObject { ["csv"] = "signals.csv", ["column"] = "dalPvMw", ["scale"] = 1000 };

        // Act
        var scenario = TestScenarios.Read(Change(n => n.Campus(1)["gridImportCapKw"] = csv));

        // Assert
        scenario.Campuses[1].GridImportCapKw.ShouldNotBeNull().ShouldBe([0, 100, 400, 300], tolerance: 1e-9);
    }

    [Fact]
    public void ReadString_NegativeCap_SaysItMustBeNonNegative()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["gridImportCapKw"] = Caps(8000, 8000, -500, 8000));

        // Assert
        Exact(errors, "campuses[0].gridImportCapKw[2]", "gridImportCapKw[2] must be ≥ 0 kW");
    }

    [Fact]
    public void ReadString_CapOfWrongLength_GivesBothLengths()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(1)["gridImportCapKw"] = Caps(4000, 4000, 4000));

        // Assert
        Exact(errors, "campuses[1].gridImportCapKw",
            "gridImportCapKw has 3 values; the time grid has 4 periods (timeGrid.periods), give one value per period");
    }

    [Fact]
    public void ReadString_AbsurdCap_AsksToCheckTheUnit()
    {
        // Act: 1 GW written in W.
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["gridImportCapKw"] = Caps(1e9, 8000, 8000, 8000));

        // Assert
        Exact(errors, "campuses[0].gridImportCapKw[0]",
            "gridImportCapKw[0] (1E+09) is above the plausibility limit of 1E+07 kW; check the unit");
    }

    [Fact]
    public void ReadString_NaNCellInCsv_NamesFileLineAndColumn()
    {
        // Arrange: bad-values.csv has NaN, "n/a" and an empty cell in column phx.
        var csv = new JsonObject { ["csv"] = "bad-values.csv", ["column"] = "phx" };

        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["gridImportCapKw"] = csv);

        // Assert
        Exact(errors, "campuses[0].gridImportCapKw",
            "bad-values.csv line 3, column 'phx': 'NaN' is not a finite number");
    }

    [Fact]
    public void ReadString_CapInMw_SaysTheExpectedUnitAndTheConversion()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["gridImportCapMw"] = 5);

        // Assert
        Exact(errors, "campuses[0].gridImportCapMw", "unknown field 'gridImportCapMw'; TokenFlex takes "
                                                     + "'gridImportCapKw' in kW: rename the key and multiply the value "
                                                     + "by 1000");
    }

    private static JsonArray Caps(params double[] valuesKw) => [.. valuesKw.Select(v => (JsonNode)v)];

    private static JsonObject Change(Action<JsonObject> change)
    {
        var node = TestScenarios.ValidNode();
        change(node);
        return node;
    }

    private static void Exact(IReadOnlyList<ValidationError> errors, string path, string message)
    {
        var match = errors.FirstOrDefault(e => e.Path == path);
        match.ShouldNotBeNull($"no error at '{path}'; got:\n  {string.Join("\n  ", errors)}");
        match.Message.ShouldBe(message);
    }
}
