using System.Text.Json;
using TokenFlex.Reporting.Exports;

namespace TokenFlex.Reporting.Tests.Exports;

public sealed class PlanExportsTests
{
    /// <summary>A 100 W host share keeps the hand derivations round.</summary>
    private static readonly ExportOptions Options = new() { HostKwPerGpu = 0.1 };

    private static JsonElement Json(string file, bool withScenario = true) =>
        JsonDocument.Parse(PlanExports.Render(withScenario ? ExportPlans.Scenario : null, ExportPlans.Result, Options)[file])
            .RootElement;

    private static JsonElement CampusPeriod(JsonElement plan, int campus, int period) =>
        plan.GetProperty("campuses")[campus].GetProperty("periods")[period];

    private static JsonElement Variant(JsonElement campusPeriod, string id) =>
        campusPeriod.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("variantId").GetString() == id);

    [Fact]
    public void Render_ServingPlan_CapsEachVariantAtItsPlannedGpuPowerLessTheHostShare()
    {
        // Act
        var c1 = CampusPeriod(Json("serving-plan.json"), 0, 0);

        // Assert: bf16 (1000·0.5·4 + 0.1·2000)/4 − 100 = 450 W; fp8 (1000·1.0·1 + 0.05·1500)/2 − 100 = 437.5 → 438 W;
        // budget 450·4 + 438·2 = 2676 W.
        var bf16 = Variant(c1, "m-bf16");
        bf16.GetProperty("replicas").GetInt32().ShouldBe(4);
        bf16.GetProperty("gpuPowerLimitW").GetInt32().ShouldBe(450);
        bf16.GetProperty("podTemplateAnnotations").GetProperty("dynamo.nvidia.com/gpu-power-limit").GetString()
            .ShouldBe("450");
        var fp8 = Variant(c1, "m-fp8-tp2");
        (fp8.GetProperty("gpusPerReplica").GetInt32(), fp8.GetProperty("precision").GetString()).ShouldBe((2, "FP8"));
        fp8.GetProperty("plannedGpuPowerW").GetDouble().ShouldBe(437.5, 1e-9);
        fp8.GetProperty("gpuPowerLimitW").GetInt32().ShouldBe(438);
        c1.GetProperty("runningGpus").GetInt32().ShouldBe(6);
        c1.GetProperty("planner").GetProperty("total_gpu_power_limit").GetDouble().ShouldBe(2676);
    }

    [Fact]
    public void Render_StoppedVariant_HasZeroReplicasAndNoCap()
    {
        // Act
        var bf16 = Variant(CampusPeriod(Json("serving-plan.json"), 0, 1), "m-bf16");

        // Assert
        bf16.GetProperty("replicas").GetInt32().ShouldBe(0);
        bf16.GetProperty("gpuPowerLimitW").ValueKind.ShouldBe(JsonValueKind.Null);
        bf16.GetProperty("podTemplateAnnotations").EnumerateObject().ShouldBeEmpty();
    }

    [Fact]
    public void Render_Routing_WeightsOfEachClassAndOriginSumToOne()
    {
        // Act
        var routing = Json("serving-plan.json").GetProperty("routing");

        // Assert: chat 2000 tok/s at c1 and 1000 at c2; batch all at c1.
        var chat = routing.EnumerateArray().Single(r => r.GetProperty("classId").GetString() == "chat");
        chat.GetProperty("weights").GetProperty("c1").GetDouble().ShouldBe(2.0 / 3, 1e-12);
        chat.GetProperty("weights").GetProperty("c2").GetDouble().ShouldBe(1.0 / 3, 1e-12);
        var batch = routing.EnumerateArray().Single(r => r.GetProperty("classId").GetString() == "batch");
        batch.GetProperty("weights").EnumerateObject().Select(p => (p.Name, p.Value.GetDouble())).ShouldBe([("c1", 1.0)]);
    }

    [Fact]
    public void Render_CapacityEnvelope_IsServedDeferrablePlusSpareCapacity()
    {
        // Act
        var envelope = CampusPeriod(Json("serving-plan.json"), 0, 0).GetProperty("capacityEnvelope")[0];

        // Assert: capacity 4·1·1000 + 1·0.9·3000 = 6700; interactive 2000, deferrable 1500, spare 3200;
        // envelope (1500 + 3200) tok/s × 3600 s.
        envelope.GetProperty("capacityTokensPerSecond").GetDouble().ShouldBe(6700, 1e-9);
        envelope.GetProperty("spareTokensPerSecond").GetDouble().ShouldBe(3200, 1e-9);
        envelope.GetProperty("deferrableEnvelopeTokens").GetDouble().ShouldBe(4700 * 3600, 1e-6);
    }

    [Fact]
    public void Render_WithoutScenario_CapsFromCampusItPowerAndLeavesTheEnvelopeOut()
    {
        // Act
        var c1 = CampusPeriod(Json("serving-plan.json", withScenario: false), 0, 0);

        // Assert: 3.275 kW IT on 6 running GPUs = 545.83 W, − 100 W host → 446 W for both variants.
        Variant(c1, "m-bf16").GetProperty("gpuPowerLimitW").GetInt32().ShouldBe(446);
        Variant(c1, "m-fp8-tp2").GetProperty("gpuPowerLimitW").GetInt32().ShouldBe(446);
        c1.TryGetProperty("capacityEnvelope", out _).ShouldBeFalse();
    }

    [Fact]
    public void Render_PlannedPowerBelowTheGpusMinimum_IsRaisedToIt()
    {
        // Act
        var files = PlanExports.Render(ExportPlans.Scenario, ExportPlans.Result,
            Options with { MinGpuPowerLimitW = 500 });

        // Assert: 450 W planned, 500 W settable minimum.
        var replicas = Csv.Parse(files["serving-replicas.csv"]);
        replicas[0].ShouldBe(["campusId", "period", "variantId", "modelId", "precision", "acceleratorType",
            "gpusPerReplica", "replicas", "gpus", "servedTokensPerSecond", "gpuPowerLimitW"]);
        replicas[1].ShouldBe(["c1", "0", "m-bf16", "m", "BF16", "H100-SXM", "1", "4", "4", "2000", "500"]);
    }

    [Fact]
    public void Render_ReoptResults_SplitFlowsAsReoptAndTotalTheHorizon()
    {
        // Act
        var c1 = Json("reopt-results.json").GetProperty("sites").GetProperty("c1");

        // Assert: t0 PV 30 kW all to the 40 kW charge, grid 10 kW to storage and 90 kW to load;
        // t1 PV 20 and grid 50 to load, storage 30 to load.
        Series(c1, "PV", "electric_to_storage_series_kw").ShouldBe([30, 0]);
        Series(c1, "PV", "electric_to_load_series_kw").ShouldBe([0, 20]);
        Series(c1, "PV", "electric_curtailed_series_kw").ShouldBe([20, 0]);
        Series(c1, "ElectricUtility", "electric_to_storage_series_kw").ShouldBe([10, 0]);
        Series(c1, "ElectricUtility", "electric_to_load_series_kw").ShouldBe([90, 50]);
        Series(c1, "ElectricStorage", "storage_to_load_series_kw").ShouldBe([0, 30]);
        Series(c1, "ElectricStorage", "soc_series_fraction").ShouldBe([0.54, 0.5084], 1e-12);
        var utility = c1.GetProperty("ElectricUtility");
        utility.GetProperty("energy_supplied_kwh").GetDouble().ShouldBe(150);
        // (100 kWh × 400 + 50 kWh × 300) g = 0.055 t
        utility.GetProperty("emissions_tonnes_CO2").GetDouble().ShouldBe(0.055, 1e-12);
        // energy (100 × 50 + 50 × 60)/1000 = 8 USD; demand 10 USD/kW × 100 kW peak = 1000 USD.
        var tariff = c1.GetProperty("ElectricTariff");
        tariff.GetProperty("energy_cost_before_tax").GetDouble().ShouldBe(8, 1e-12);
        tariff.GetProperty("demand_cost_before_tax").GetDouble().ShouldBe(1000);
        tariff.GetProperty("bill_before_tax").GetDouble().ShouldBe(1008, 1e-12);
    }

    [Fact]
    public void Write_Directory_WritesTheRenderedFiles()
    {
        // Arrange
        using var directory = new TempDirectory();

        // Act
        var files = PlanExports.Write(directory.Path, ExportPlans.Scenario, ExportPlans.Result, Options);

        // Assert
        directory.Snapshot().ShouldBe(new SortedDictionary<string, string>(files.ToDictionary(), StringComparer.Ordinal));
        files.Keys.ShouldBe(PlanExports.FileNames, ignoreOrder: true);
    }

    [Fact]
    public void RunOutputWriter_WithScenario_AddsTheExportsToEachStrategyFolder()
    {
        // Arrange
        using var directory = new TempDirectory();
        var writer = new RunOutputWriter(new FixedTime(ExportPlans.Start)) { Scenario = ExportPlans.Scenario };

        // Act
        writer.Write(directory.Path, "exports", [ExportPlans.Result]);

        // Assert
        var names = directory.Snapshot().Keys.ToList();
        foreach (var name in PlanExports.FileNames)
        {
            names.ShouldContain("P/" + name);
        }
    }

    private static double[] Series(JsonElement site, string section, string key) =>
        site.GetProperty(section).GetProperty(key).EnumerateArray().Select(e => e.GetDouble()).ToArray();
}
