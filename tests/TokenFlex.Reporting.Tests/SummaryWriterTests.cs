using System.Reflection;
using System.Text.Json;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Tests;

public class SummaryWriterTests
{
    private static readonly DateTimeOffset Now = new(2025, 8, 1, 12, 30, 0, TimeSpan.Zero);

    private static readonly string[] StrategyKeys =
    [
        "name", "status", "objectiveUsd", "totalCostUsd", "grossCostUsd", "savingVsB0", "servedTokens",
        "demandedTokens", "unservedTokens", "gridEnergyMwh", "itEnergyMwh", "facilityEnergyMwh", "emissionsTonnesCo2",
        "facilityEnergyJPerToken", "operationalSciGCo2PerThousandTokens",
        "drRevenueUsd", "drCommittedMwh", "drDeliveredMwh", "drShortfallMwh", "peakImportKw", "instanceStarts",
        "mipGap", "solveSeconds", "buildSeconds", "modelObjective", "modelBestBound", "solver", "variables",
        "integerVariables", "constraints", "message", "costs", "gpuHoursByPrecision",
        "averageQualityLossPercentByClass", "diagnosis",
    ];

    private static JsonDocument Summary(IReadOnlyList<PlanResult> results, string? baseline = "B0") =>
        JsonDocument.Parse(SummaryWriter.ToUtf8Bytes("micro", results, Now, baseline));

    [Fact]
    public void ToUtf8Bytes_SolvedMicroCase_WritesKeysAndHandDerivedValues()
    {
        // Arrange
        var result = Plans.Micro;

        // Act
        using var json = Summary([result]);

        // Assert
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name)
            .ShouldBe(["tokenflexVersion", "scenario", "generatedAtUtc", "strategies"]);
        root.GetProperty("tokenflexVersion").GetString().ShouldStartWith("0.1.0");
        root.GetProperty("scenario").GetString().ShouldBe("micro");
        root.GetProperty("generatedAtUtc").GetString().ShouldBe("2025-08-01T12:30:00Z");
        var strategy = root.GetProperty("strategies").EnumerateArray().ShouldHaveSingleItem();
        strategy.EnumerateObject().Select(p => p.Name).ShouldBe(StrategyKeys);
        strategy.GetProperty("name").GetString().ShouldBe("P");
        strategy.GetProperty("status").GetString().ShouldBe("optimal");
        // (E1) P^IT = 2·100 kW + 0.1 J/tok · 1.5 Mtok/s = 350 kW; 0.35 MW · 1 h · 50 $/MWh · 2 h = $35.
        strategy.GetProperty("objectiveUsd").GetDouble().ShouldBe(35.0, 1e-6);
        strategy.GetProperty("totalCostUsd").GetDouble().ShouldBe(35.0, 1e-6);
        strategy.GetProperty("costs").GetProperty("energyUsd").GetDouble().ShouldBe(35.0, 1e-6);
        strategy.GetProperty("itEnergyMwh").GetDouble().ShouldBe(0.7, 1e-9);
        strategy.GetProperty("peakImportKw").GetDouble().ShouldBe(350, 1e-6);
        strategy.GetProperty("servedTokens").GetDouble().ShouldBe(2 * 1.5e6 * 3600, 1e-3);
        // 0.7 MWh at PUE 1 over 1.08e10 tokens: 0.7 · 3.6e9 J / 1.08e10 = 0.2333 J/token; no carbon intensity ⇒ 0.
        strategy.GetProperty("facilityEnergyJPerToken").GetDouble().ShouldBe(0.7 * 3.6e9 / 1.08e10, 1e-12);
        strategy.GetProperty("operationalSciGCo2PerThousandTokens").GetDouble().ShouldBe(0, 1e-12);
        strategy.GetProperty("modelObjective").GetDouble().ShouldBe(0.035, 1e-9);
        strategy.GetProperty("gpuHoursByPrecision").GetProperty("BF16").GetDouble().ShouldBe(4, 1e-9);
        strategy.GetProperty("savingVsB0").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void ToUtf8Bytes_NoSolution_NullsValuesThatNeedASolution()
    {
        // Arrange
        var result = Plans.NoSolution("P");

        // Act
        using var json = Summary([Plans.WithTotal("B0", 100), result]);

        // Assert
        var strategy = json.RootElement.GetProperty("strategies")[1];
        strategy.GetProperty("status").GetString().ShouldBe("noSolution");
        foreach (var key in new[]
                 {
                     "objectiveUsd", "totalCostUsd", "grossCostUsd", "savingVsB0", "servedTokens", "unservedTokens",
                     "gridEnergyMwh", "emissionsTonnesCo2", "facilityEnergyJPerToken", "peakImportKw", "instanceStarts", "mipGap",
                     "modelObjective", "costs", "gpuHoursByPrecision", "averageQualityLossPercentByClass",
                 })
        {
            strategy.GetProperty(key).ValueKind.ShouldBe(JsonValueKind.Null, key);
        }

        strategy.GetProperty("demandedTokens").GetDouble().ShouldBe(5.4e9);
        strategy.GetProperty("solveSeconds").GetDouble().ShouldBe(60);
        strategy.GetProperty("message").GetString().ShouldBe("time limit, no incumbent");
    }

    [Fact]
    public void ToUtf8Bytes_InfeasibleWithDiagnosis_WritesEachFindingAsFields()
    {
        // Arrange: one capacity finding at pjm, periods 14–16, and one horizon-wide carbon finding.
        var diagnosis = new Diagnosis
        {
            Method = "capacity check; elastic re-solve (Optimal)",
            Findings =
            [
                new DiagnosisFinding
                {
                    CampusIds = ["pjm"], ClassId = "chat", OriginId = "east", FirstPeriod = 14, LastPeriod = 16,
                    Families = ["R1_Demand", "S1_GpuBudget"], Shortfall = 1.3e6, Unit = "tok/s",
                    Message = "campus pjm: class chat short by 1.3 M tok/s",
                },
                new DiagnosisFinding { Families = ["C1_CarbonCap"], Shortfall = 2.5, Unit = "tCO2", Message = "cap short" },
            ],
        };
        var result = Plans.NoSolution("P") with { Diagnosis = diagnosis };

        // Act
        using var json = Summary([result]);

        // Assert
        var written = json.RootElement.GetProperty("strategies")[0].GetProperty("diagnosis");
        written.GetProperty("method").GetString().ShouldBe(diagnosis.Method);
        var findings = written.GetProperty("findings");
        findings.GetArrayLength().ShouldBe(2);
        findings[0].GetProperty("campusIds").EnumerateArray().Select(c => c.GetString()).ShouldBe(["pjm"]);
        findings[0].GetProperty("classId").GetString().ShouldBe("chat");
        findings[0].GetProperty("firstPeriod").GetInt32().ShouldBe(14);
        findings[0].GetProperty("lastPeriod").GetInt32().ShouldBe(16);
        findings[0].GetProperty("families").EnumerateArray().Select(f => f.GetString()).ShouldBe(["R1_Demand", "S1_GpuBudget"]);
        findings[0].GetProperty("shortfall").GetDouble().ShouldBe(1.3e6);
        findings[0].GetProperty("unit").GetString().ShouldBe("tok/s");
        findings[1].GetProperty("campusIds").GetArrayLength().ShouldBe(0);
        findings[1].GetProperty("classId").ValueKind.ShouldBe(JsonValueKind.Null);
        findings[1].GetProperty("firstPeriod").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void ToUtf8Bytes_SolvedPlan_DiagnosisIsNull()
    {
        // Act
        using var json = Summary([Plans.Micro]);

        // Assert
        json.RootElement.GetProperty("strategies")[0].GetProperty("diagnosis").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void ToUtf8Bytes_B0AndP_SavingIsRelativeCostReduction()
    {
        // Arrange: (C_B0 − C_P) / C_B0 = (100 − 65.7) / 100 = 0.343.
        var results = new[] { Plans.WithTotal("B0", 100), Plans.WithTotal("P", 65.7) };

        // Act
        using var json = Summary(results);

        // Assert
        var strategies = json.RootElement.GetProperty("strategies");
        strategies[0].GetProperty("savingVsB0").GetDouble().ShouldBe(0);
        strategies[1].GetProperty("savingVsB0").GetDouble().ShouldBe(0.343, 1e-12);
    }

    [Fact]
    public void ToUtf8Bytes_NoStrategyNamedB0_SavingIsNull()
    {
        // Arrange
        var results = new[] { Plans.WithTotal("B1", 100), Plans.WithTotal("P", 65.7) };

        // Act
        using var json = Summary(results);

        // Assert
        json.RootElement.GetProperty("strategies").EnumerateArray()
            .ShouldAllBe(s => s.GetProperty("savingVsB0").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void ToUtf8Bytes_NegativeZeroRevenue_WritesZero()
    {
        // Arrange: ResultExtractor negates revenue terms, so a zero revenue arrives as −0.
        var costs = new CostBreakdown { EnergyUsd = 10, DrEnergyRevenueUsd = -0.0 };
        var result = Plans.WithTotal("P", 10) with { Costs = costs };

        // Act
        var text = System.Text.Encoding.UTF8.GetString(SummaryWriter.ToUtf8Bytes("micro", [result], Now));

        // Assert
        text.ShouldContain("\"drEnergyRevenueUsd\": 0,");
        text.ShouldNotContain(": -0");
    }

    [Fact]
    public void ToUtf8Bytes_CostsObject_HoldsEveryCostBreakdownComponent()
    {
        // Arrange: give every settable component a distinct value, so a swapped mapping shows.
        var components = typeof(CostBreakdown).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite).ToArray();
        var costs = new CostBreakdown();
        for (var i = 0; i < components.Length; i++)
        {
            components[i].SetValue(costs, i + 1.0);
        }

        var result = Plans.WithTotal("P", 0) with { Costs = costs };

        // Act
        using var json = Summary([result]);

        // Assert
        var written = json.RootElement.GetProperty("strategies")[0].GetProperty("costs");
        written.EnumerateObject().Count().ShouldBe(components.Length);
        for (var i = 0; i < components.Length; i++)
        {
            var key = JsonNamingPolicy.CamelCase.ConvertName(components[i].Name);
            written.GetProperty(key).GetDouble().ShouldBe(i + 1.0, key);
        }
    }
}
