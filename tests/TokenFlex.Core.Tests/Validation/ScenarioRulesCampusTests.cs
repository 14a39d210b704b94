using TokenFlex.Core.Domain;
using TokenFlex.Core.Validation;

namespace TokenFlex.Core.Tests.Validation;

public class ScenarioRulesCampusTests
{
    private const string Battery = "campuses[0].battery";

    [Fact]
    public void Validate_MinSocAboveMaxSoc_NamesBothValues()
    {
        // Arrange
        var scenario = ScenarioFixture.WithBattery(b => b with { MinSocFraction = 0.9, MaxSocFraction = 0.8 });

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError($"{Battery}.minSocFraction", "minSocFraction (0.9) must be ≤ maxSocFraction (0.8)");
    }

    [Fact]
    public void Validate_InitialSocOutsideBounds_ReportsInitial()
    {
        // Arrange
        var scenario = ScenarioFixture.WithBattery(b => b with { InitialSocFraction = 0.05 });

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError($"{Battery}.initialSocFraction", "must lie between minSocFraction (0.1)");
    }

    [Fact]
    public void Validate_FractionAboveOne_ReportsFraction()
    {
        // Arrange
        var scenario = ScenarioFixture.WithBattery(b => b with { MaxSocFraction = 1.2 });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError($"{Battery}.maxSocFraction", "fraction in [0, 1]");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.05)]
    public void Validate_EfficiencyOutsideZeroOne_ReportsEfficiency(double efficiency)
    {
        // Arrange
        var scenario = ScenarioFixture.WithBattery(b => b with { ChargeEfficiencyFraction = efficiency });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError($"{Battery}.chargeEfficiencyFraction", "in (0, 1]");
    }

    [Fact]
    public void Validate_NegativeCapacity_ReportsCapacity()
    {
        // Arrange
        var scenario = ScenarioFixture.WithBattery(b => b with { EnergyCapacityKwh = -10, MaxDischargeKw = -1 });

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.ShouldContainError($"{Battery}.energyCapacityKwh", "must be ≥ 0");
        errors.ShouldContainError($"{Battery}.maxDischargeKw", "must be ≥ 0");
    }

    [Fact]
    public void Validate_GeneratorMinAboveMax_ReportsMin()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with
        {
            Generators = [c.Generators[0] with { MinOutputKw = 1200 }],
        });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError(
            "campuses[0].generators[0].minOutputKw", "minOutputKw (1200) must be ≤ maxOutputKw (1000)");
    }

    [Fact]
    public void Validate_GeneratorIdUsedAtTwoCampuses_ReportsDuplicate()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        var phx = scenario.Campuses[0];
        scenario = scenario with { Campuses = [phx, scenario.Campuses[1] with { Generators = phx.Generators }] };

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("campuses[1].generators[0].id", "duplicate generator id");
    }

    [Fact]
    public void Validate_ExogenousBaselineWithoutSeries_ReportsBaselineKw()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with
        {
            DemandResponse = c.DemandResponse! with { BaselineMode = BaselineMode.Exogenous },
        });

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("campuses[0].demandResponse.baselineKw", "baselineMode exogenous needs baselineKw");
    }

    [Fact]
    public void Validate_FirmServiceLevelWithoutLevel_ReportsIt()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with
        {
            DemandResponse = c.DemandResponse! with { BaselineMode = BaselineMode.FirmServiceLevel },
        });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError(
            "campuses[0].demandResponse.firmServiceLevelKw", "firmServiceLevel needs firmServiceLevelKw");
    }

    [Fact]
    public void Validate_BaselineSeriesWithTwoPass_ReportsUnusedInput()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with
        {
            DemandResponse = c.DemandResponse! with { BaselineKw = [1, 2, 3, 4], MinCommitmentKw = 3000 },
        });

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.ShouldContainError("campuses[0].demandResponse.baselineKw", "used only with baselineMode exogenous");
        errors.ShouldContainError("campuses[0].demandResponse.minCommitmentKw", "must be ≤ maxCommitmentKw (2000)");
    }

    [Fact]
    public void Validate_NoCoolingModel_ReportsCooling()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with { Cooling = new Cooling() });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("campuses[0].cooling", "needs either pue");
    }

    [Fact]
    public void Validate_PueAndCopCurve_ReportsBoth()
    {
        // Arrange
        var scenario = ScenarioFixture.Valid();
        var dal = scenario.Campuses[1];
        var both = dal with { Cooling = dal.Cooling with { Pue = 1.2 } };
        scenario = scenario with { Campuses = [scenario.Campuses[0], both] };

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("campuses[1].cooling", "not both");
    }

    [Fact]
    public void Validate_PueBelowOne_ReportsPue()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with { Cooling = new Cooling { Pue = 0.9 } });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("campuses[0].cooling.pue", "pue must be ≥ 1");
    }

    [Fact]
    public void Validate_BadCopCurve_ReportsEachProblem()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with
        {
            Cooling = new Cooling { CopCurve = [new CopPoint(30, 4), new CopPoint(20, 0)] },
        });

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.ShouldContainError("campuses[0].cooling.copCurve[1].ambientC", "strictly increasing ambient");
        errors.ShouldContainError("campuses[0].cooling.copCurve[1].cop", "must be > 0");
        errors.ShouldContainError("campuses[0].cooling.ambientTemperatureC", "copCurve needs ambientTemperatureC");
    }

    [Fact]
    public void Validate_CopCurveWithOnePoint_ReportsCount()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with
        {
            Cooling = new Cooling { CopCurve = [new CopPoint(30, 4)], AmbientTemperatureC = [20, 20, 20, 20] },
        });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError("campuses[0].cooling.copCurve", "at least 2 points");
    }

    [Fact]
    public void Validate_InitialInstancesOfUnknownConfiguration_ReportsKey()
    {
        // Arrange
        var scenario = ScenarioFixture.WithPhoenix(c => c with
        {
            InitialInstances = new Dictionary<string, int> { ["llama-70b-fp8"] = 2 },
        });

        // Act / Assert
        ScenarioRules.Validate(scenario).ShouldContainError(
            "campuses[0].initialInstances['llama-70b-fp8']", "'llama-70b-fp8' matches no configuration id");
    }

    [Fact]
    public void Validate_InitialInstancesBeyondInventory_ReportsGpuCount()
    {
        // Arrange: 20 instances × 4 GPUs = 80 > 64.
        var scenario = ScenarioFixture.WithPhoenix(c => c with
        {
            InitialInstances = new Dictionary<string, int> { ["llama-70b-bf16-h100-tp4"] = 20 },
        });

        // Act / Assert
        ScenarioRules.Validate(scenario)
            .ShouldContainError("campuses[0].initialInstances", "occupy 80 H100-SXM GPUs but campus 'phx' has 64");
    }

    [Fact]
    public void Validate_GridImportCapWithNaNNegativeAndWrongLength_ReportsEachWithItsPath()
    {
        // Arrange: phx has 4 periods; dal gets 3 values.
        var scenario = ScenarioFixture.Valid();
        scenario = scenario with
        {
            Campuses =
            [
                scenario.Campuses[0] with { GridImportCapKw = [8000, double.NaN, -1, 8000] },
                scenario.Campuses[1] with { GridImportCapKw = [5000, 5000, 5000] },
            ],
        };

        // Act
        var errors = ScenarioRules.Validate(scenario);

        // Assert
        errors.Select(e => (e.Path, e.Message)).ShouldBe(
        [
            ("campuses[0].gridImportCapKw[1]", "gridImportCapKw[1] must be a finite number, not NaN or Infinity"),
            ("campuses[0].gridImportCapKw[2]", "gridImportCapKw[2] must be ≥ 0 kW"),
            ("campuses[1].gridImportCapKw", "gridImportCapKw has 3 values; the time grid has 4 periods "
                                            + "(timeGrid.periods), give one value per period"),
        ]);
    }

    [Fact]
    public void GridImportLimitKwAt_CapBelowAndAboveTheInterconnection_TakesTheLower()
    {
        // Arrange: phx has an 8,000 kW interconnection.
        var phx = ScenarioFixture.Valid().Campuses[0];
        var capped = phx with { GridImportCapKw = [8000, 3000, 0, 12_000] };

        // Act
        var limits = Enumerable.Range(0, 4).Select(capped.GridImportLimitKwAt).ToArray();

        // Assert: min(8,000, cap); no cap means the interconnection limit.
        limits.ShouldBe([8000, 3000, 0, 8000]);
        phx.GridImportLimitKwAt(1).ShouldBe(8000);
    }
}
