using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Tests;

public class ScenarioReaderTests
{
    [Fact]
    public void ReadFile_ValidScenario_MapsHeaderGridAndCampuses()
    {
        // Act
        var scenario = ScenarioReader.ReadFile(TestScenarios.ValidPath, TestCatalog.Entries);

        // Assert
        scenario.Name.ShouldBe("two-campus");
        scenario.TimeGrid.StartUtc.ShouldBe(new DateTimeOffset(2025, 7, 15, 0, 0, 0, TimeSpan.Zero));
        scenario.TimeGrid.PeriodCount.ShouldBe(4);
        scenario.CarbonPriceUsdPerTonne.ShouldBe(190);
        scenario.CarbonCapTonnes.ShouldBeNull();
        var phx = scenario.Campuses[0];
        phx.GpuInventory["H100-SXM"].ShouldBe(64);
        phx.ReloadLimitGpusPerPeriod.ShouldBe(32);
        phx.Cooling.Pue.ShouldBe(1.25);
        phx.CarbonGPerKwh.ShouldBe([400, 400, 400, 400]);
        phx.Battery!.MaxDischargeKw.ShouldBe(600);
        phx.Battery.DischargeEfficiencyFraction.ShouldBe(0.95, "default from the Core record");
        phx.Battery.ModeBinary.ShouldBe(BatteryModeBinary.Always);
        phx.Generators[0].OnlyInDemandResponseWindows.ShouldBeFalse();
        phx.DemandResponse!.BaselineMode.ShouldBe(BaselineMode.Exogenous);
        phx.DemandResponse.EnergyPaymentUsdPerMwh.ShouldBeNull();
        phx.DemandResponse.BaselineKw.ShouldBe([5000, 5000, 5200, 5100]);
        phx.InitialInstances!["llama-3.1-70b-bf16-h100-tp4"].ShouldBe(4);
        scenario.Campuses[1].Cooling.CopCurve!.ShouldBe([new CopPoint(10, 16.5), new CopPoint(30, 4.39)]);
        scenario.Campuses[1].Pv!.AvailableKw.ShouldBe([0, 100, 400, 300], tolerance: 1e-9);
    }

    [Fact]
    public void ReadFile_ValidScenario_MapsWorkloadAndEvents()
    {
        // Act
        var scenario = ScenarioReader.ReadFile(TestScenarios.ValidPath, TestCatalog.Entries);

        // Assert
        var chat = scenario.Classes[0];
        chat.Kind.ShouldBe(WorkloadKind.Interactive);
        chat.AdmissiblePrecisions.ShouldBe([Precision.Bf16, Precision.Fp8]);
        chat.TtftSloMs.ShouldBe(500);
        scenario.Classes[1].Kind.ShouldBe(WorkloadKind.Deferrable);
        scenario.Classes[1].BytesPerToken.ShouldBe(4, "default from the Core record");
        scenario.Origins[0].Paths[1].BandwidthGbps.ShouldBe(10);
        scenario.Origins[1].Paths.ShouldBeEmpty();
        scenario.Demand[1].TokensPerSecond.ShouldBe([800, 800, 800, 800]);
        scenario.Demand[2].InitialBacklogTokens.ShouldBe(1e6);
        var ev = scenario.DemandResponseEvents.ShouldHaveSingleItem();
        ev.StartUtc.ShouldBe(new DateTimeOffset(2025, 7, 15, 1, 0, 0, TimeSpan.Zero));
        ev.Called.ShouldBeTrue();
    }

    [Fact]
    public void ReadFile_Configurations_TakesCatalogEntriesOverridesAndDefinitions()
    {
        // Act
        var configurations = ScenarioReader.ReadFile(TestScenarios.ValidPath, TestCatalog.Entries).Configurations;

        // Assert
        configurations.Select(c => c.Id).ShouldBe(
            ["llama-3.1-70b-bf16-h100-tp4", "llama-3.1-70b-fp8-h100-tp2", "llama-3.1-8b-bf16-h100", "my-8b-int4"]);
        configurations[0].ShouldBeSameAs(TestCatalog.Entries[2]);
        var overridden = configurations[1];
        overridden.ThroughputTokensPerSecond.ShouldBe(2600);
        overridden.GpusPerInstance.ShouldBe(2, "kept from the catalogue entry");
        overridden.Sources["throughputTokensPerSecond"].Kind.ShouldBe(SourceKind.User);
        overridden.Sources["energyJPerToken"].Kind.ShouldBe(SourceKind.Estimated, "kept from the catalogue entry");
        var defined = configurations[3];
        defined.Precision.ShouldBe(Precision.Int4);
        defined.LoadTimeSeconds.ShouldBe(90);
        defined.SloHeadroomFraction.ShouldBe(0.9, "default from the Core record");
        defined.Sources["ttftMs"].Kind.ShouldBe(SourceKind.User);
    }

    [Fact]
    public void ReadString_ConfigurationsOmitted_TakesEntriesOfUsedModelsOnInstalledGpus()
    {
        // Arrange
        var node = TestScenarios.ValidNode();
        node.Remove("configurations");
        node.Campus(0)["initialInstances"] = null;

        // Act
        var scenario = TestScenarios.Read(node);

        // Assert: the B200 entry is left out because no campus has B200 GPUs.
        scenario.Configurations.Select(c => c.Id).ShouldBe(
            TestCatalog.Entries.Where(c => c.GpuType == "H100-SXM").Select(c => c.Id));
    }

    [Fact]
    public void ReadString_EnumsInAnyCase_AreAccepted()
    {
        // Arrange
        var node = TestScenarios.ValidNode();
        node.Campus(0)["demandResponse"]!["baselineMode"] = "TWOPASS";
        node.Campus(0)["demandResponse"]!.AsObject().Remove("baselineKw");
        node["workloadClasses"]![0]!["kind"] = "Interactive";

        // Act
        var scenario = TestScenarios.Read(node);

        // Assert
        scenario.Campuses[0].DemandResponse!.BaselineMode.ShouldBe(BaselineMode.TwoPass);
    }

    [Fact]
    public void ReadString_CommentsAndTrailingCommas_AreAccepted()
    {
        // Arrange
        var json = TestScenarios.ValidNode().ToJsonString().Replace(
            "\"name\":\"two-campus\",", "/* block */ \"name\":\"two-campus\", // line\n", StringComparison.Ordinal);
        json = json[..json.LastIndexOf('}')] + ",}";

        // Act
        var scenario = ScenarioReader.ReadString(json, TestScenarios.DataDirectory, TestCatalog.Entries);

        // Assert
        scenario.Name.ShouldBe("two-campus");
    }
}
