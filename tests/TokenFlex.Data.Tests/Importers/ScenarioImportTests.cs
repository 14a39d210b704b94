using System.Text.Json.Nodes;
using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Tests.Importers;

/// <summary>SERIES given as import references in a scenario, and the carbon-kind rules.</summary>
public class ScenarioImportTests
{
    private const string PhxCarbon = "campuses[0].carbonGPerKwh";
    private const string DalCarbon = "campuses[1].carbonGPerKwh";

    private static JsonObject Carbon(string key, string file, string format, params (string Key, string Value)[] extra)
    {
        var node = new JsonObject { [key] = $"importers/{file}", ["format"] = format };
        foreach (var (k, v) in extra)
        {
            node[k] = v;
        }

        return node;
    }

    private static JsonObject Em(string file) => Carbon("carbonJson", file, "electricitymaps");

    private static JsonObject WithCarbon(JsonNode phx, JsonNode dal)
    {
        var node = TestScenarios.ValidNode();
        node.Campus(0)["carbonGPerKwh"] = phx;
        node.Campus(1)["carbonGPerKwh"] = dal;
        return node;
    }

    [Fact]
    public void ReadString_LmpCsvReference_ReadsTheNodesPricesOnTheGrid()
    {
        // Arrange
        var node = TestScenarios.ValidNode();
        node.Campus(0)["priceUsdPerMwh"] = new JsonObject
        {
            ["lmpCsv"] = "importers/scenario-oasis.csv",
            ["format"] = "caiso-oasis",
            ["node"] = "PALOVRDE_ASR-APND",
        };

        // Act
        var scenario = TestScenarios.Read(node);

        // Assert
        scenario.Campuses[0].PriceUsdPerMwh.ShouldBe([30, -5, 80, 40]);
    }

    [Fact]
    public void ReadString_ElectricityMapsForEveryCampus_RecordsAverageLifecycle()
    {
        // Act
        var scenario = TestScenarios.Read(WithCarbon(Em("scenario-em-phx.json"), Em("scenario-em-dal.json")));

        // Assert
        scenario.Campuses[0].CarbonGPerKwh.ShouldBe([400, 410, 420, 430]);
        scenario.CarbonSignal.ShouldBe(new CarbonSignal(CarbonSignalType.Average, EmissionScope.Lifecycle));
    }

    [Fact]
    public void ReadString_AverageAndMarginalCarbon_IsAnErrorAtTheSecondCampus()
    {
        // Act
        var errors = TestScenarios.ErrorsOf(WithCarbon(Em("scenario-em-phx.json"),
            Carbon("carbonJson", "scenario-watttime-dal.json", "watttime")).ToJsonString());

        // Assert
        errors.ShouldContainError(DalCarbon,
            "importers/scenario-watttime-dal.json (WattTime co2_moer) holds marginal direct carbon but "
            + "campuses[0].carbonGPerKwh (importers/scenario-em-phx.json (Electricity Maps)) holds average lifecycle "
            + "carbon; the two are not comparable and one scenario must not mix them: use sources of one kind for "
            + "every campus");
        errors.Count.ShouldBe(1);
    }

    [Fact]
    public void ReadString_ImportedAndUndeclaredInlineCarbon_AsksForADeclaration()
    {
        // Act: dal keeps its inline numbers.
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["carbonGPerKwh"] = Em("scenario-em-phx.json"));

        // Assert
        errors.ShouldContainError(DalCarbon,
            "these values (numbers given in the scenario) do not state their kind while campuses[0].carbonGPerKwh holds average "
            + "lifecycle carbon (importers/scenario-em-phx.json (Electricity Maps)); if they are the same kind, declare "
            + "it: \"carbonSignal\": { \"type\": \"average\", \"scope\": \"lifecycle\" }");
    }

    [Fact]
    public void ReadString_DeclaredSignalCoversInlineCarbon()
    {
        // Arrange
        var node = TestScenarios.ValidNode();
        node["carbonSignal"] = new JsonObject { ["type"] = "average", ["scope"] = "lifecycle" };
        node.Campus(0)["carbonGPerKwh"] = Em("scenario-em-phx.json");

        // Act
        var scenario = TestScenarios.Read(node);

        // Assert
        scenario.CarbonSignal.ShouldBe(new CarbonSignal(CarbonSignalType.Average, EmissionScope.Lifecycle));
        scenario.Campuses[1].CarbonGPerKwh.ShouldBe([450, 450, 460, 470]);
    }

    [Fact]
    public void ReadString_DeclaredSignalAndAMarginalFile_IsAnError()
    {
        // Arrange
        var node = WithCarbon(400, Carbon("carbonJson", "scenario-watttime-dal.json", "watttime"));
        node["carbonSignal"] = new JsonObject { ["type"] = "average", ["scope"] = "lifecycle" };

        // Act
        var errors = TestScenarios.ErrorsOf(node.ToJsonString());

        // Assert
        errors.ShouldContainError(DalCarbon, "importers/scenario-watttime-dal.json (WattTime co2_moer) holds marginal "
                                             + "direct carbon but carbonSignal declares average lifecycle carbon; use a "
                                             + "source of the declared kind");
    }

    [Fact]
    public void ReadString_CarbonAwareSdkWithoutKind_AsksForIt()
    {
        // Act
        var errors = TestScenarios.ErrorsOf(WithCarbon(Em("scenario-em-phx.json"),
            Carbon("carbonJson", "scenario-cas-dal.json", "carbon-aware-sdk")).ToJsonString());

        // Assert
        errors.ShouldContainError(DalCarbon, "importers/scenario-cas-dal.json (Carbon Aware SDK) does not say whether "
                                             + "its values are average or marginal; add \"signalType\": \"average\" or "
                                             + "\"marginal\" to this reference or a top-level \"carbonSignal\"");
    }

    [Fact]
    public void ReadString_CarbonAwareSdkWithDeclaredKind_MatchesElectricityMaps()
    {
        // Act
        var scenario = TestScenarios.Read(WithCarbon(Em("scenario-em-phx.json"),
            Carbon("carbonJson", "scenario-cas-dal.json", "carbon-aware-sdk", ("signalType", "average"),
                ("scope", "lifecycle"))));

        // Assert
        scenario.Campuses[1].CarbonGPerKwh.ShouldBe([450, 450, 460, 470]);
        scenario.CarbonSignal.ShouldBe(new CarbonSignal(CarbonSignalType.Average, EmissionScope.Lifecycle));
    }

    [Fact]
    public void ReadString_ScopeContradictingTheFile_IsAnErrorAtScope()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(
            n => n.Campus(0)["carbonGPerKwh"] = Carbon("carbonJson", "scenario-em-phx.json", "electricitymaps",
                ("scope", "direct")));

        // Assert
        errors.ShouldContainError($"{PhxCarbon}.scope", "importers/scenario-em-phx.json holds lifecycle emission "
                                                        + "factors (Electricity Maps) but scope says direct; remove "
                                                        + "scope or use a source of that kind");
    }

    [Fact]
    public void ReadString_LmpReferenceForCarbon_IsRefused()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["carbonGPerKwh"] = new JsonObject
        {
            ["lmpCsv"] = "importers/scenario-oasis.csv",
            ["format"] = "caiso-oasis",
        });

        // Assert
        errors.ShouldContainError($"{PhxCarbon}.lmpCsv", "lmpCsv references are allowed for priceUsdPerMwh only");
    }

    [Fact]
    public void ReadString_UnknownFormat_SuggestsTheNearest()
    {
        // Act
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["carbonGPerKwh"] = Carbon("carbonJson",
            "scenario-em-phx.json", "electricity-maps"));

        // Assert
        errors.ShouldContainError($"{PhxCarbon}.format",
            "unknown carbon format 'electricity-maps'; did you mean 'electricitymaps'?");
    }

    [Fact]
    public void ReadString_BrokenImportFile_IsOneErrorAtTheSeriesNamingFileAndLine()
    {
        // Act: a valid OASIS file of another day.
        var errors = TestScenarios.ErrorsAfter(n => n.Campus(0)["priceUsdPerMwh"] = new JsonObject
        {
            ["lmpCsv"] = "importers/caiso-oasis-dam.csv",
            ["format"] = "caiso-oasis",
        });

        // Assert: the file covers 2025-03-24, not the fixture's day.
        errors.ShouldContainError("campuses[0].priceUsdPerMwh",
            "importers/caiso-oasis-dam.csv: no value covers 2025-07-15T00:00:00Z to 2025-07-15T01:00:00Z (period 0 of "
            + "the time grid) for TH_NP15_GEN-APND; the data end at 2025-03-24T09:00:00Z (line 4)");
        errors.Count.ShouldBe(1);
    }
}
