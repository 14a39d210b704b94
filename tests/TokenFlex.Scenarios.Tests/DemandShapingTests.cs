using TokenFlex.Core.Domain;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Scenarios.Tests;

public sealed class DemandShapingTests
{
    [Fact]
    public void Rotate_PositiveShift_MovesPeakLaterAndKeepsVolume()
    {
        // Arrange
        double[] series = [1, 5, 2, 0];

        // Act
        var later = DemandShaping.Rotate(series, 1);
        var earlier = DemandShaping.Rotate(series, -1);

        // Assert: the peak moves from period 1 to 2 (and to 0); the last value wraps around.
        later.ShouldBe([0, 1, 5, 2]);
        earlier.ShouldBe([5, 2, 0, 1]);
        later.Sum().ShouldBe(series.Sum());
    }

    [Fact]
    public void WithPeakToAverage_CosineProfile_ReachesRatioAndKeepsMean()
    {
        // Arrange: mean 10, peak 15 (ratio 1.5).
        double[] series = [.. Enumerable.Range(0, 24).Select(h => 10 + 5 * Math.Cos(2 * Math.PI * h / 24))];

        // Act
        var flat = DemandShaping.WithPeakToAverage(series, 1.0);
        var peaky = DemandShaping.WithPeakToAverage(series, 2.0);

        // Assert: k = (2 − 1)·10/(15 − 10) = 2, so values span 0 … 20 and nothing is clipped.
        flat.ShouldAllBe(v => Math.Abs(v - 10) < 1e-9);
        DemandShaping.PeakToAverage(peaky).ShouldBe(2.0, 1e-9);
        peaky.Average().ShouldBe(10, 1e-9);
        peaky.Min().ShouldBe(0, 1e-9);
    }

    [Fact]
    public void WithPeakToAverage_TargetNeedsClipping_ClipsAtZeroAndRestoresVolume()
    {
        // Arrange: mean 2, peak 4; ratio 3 gives k = 2 and values 2 + 2·(x − 2) = [−2, 2, 2, 6] before clipping.
        double[] series = [0, 2, 2, 4];

        // Act
        var reshaped = DemandShaping.WithPeakToAverage(series, 3.0);

        // Assert: clipped to [0, 2, 2, 6] (mean 2.5), scaled by 2/2.5 back to the volume of 8.
        reshaped.ShouldBe([0, 1.6, 1.6, 4.8], 1e-9);
        reshaped.Sum().ShouldBe(8, 1e-9);
    }

    [Fact]
    public void ShiftInteractivePeak_ScenarioWithBatchClass_RotatesInteractiveSeriesOnly()
    {
        // Arrange
        var scenario = SweepScenarios.Precisions() with
        {
            Classes =
            [
                .. SweepScenarios.Precisions().Classes,
                new WorkloadClass { Id = "batch", Kind = WorkloadKind.Deferrable, ModelId = "m", DeadlineHours = 2 },
            ],
            Demand =
            [
                new DemandSeries { ClassId = "chat", OriginId = "o1", TokensPerSecond = [1e6, 2e6] },
                new DemandSeries { ClassId = "batch", OriginId = "o1", TokensPerSecond = [3e6, 0] },
            ],
        };

        // Act
        var shifted = ScenarioEdits.ShiftInteractivePeak(scenario, 1);

        // Assert
        shifted.Demand[0].TokensPerSecond.ShouldBe([2e6, 1e6]);
        shifted.Demand[1].TokensPerSecond.ShouldBe([3e6, 0]);
        scenario.Demand[0].TokensPerSecond.ShouldBe([1e6, 2e6]);
    }

    [Fact]
    public void ScaleDrReward_EnrolmentWithLmpEnergyPayment_ScalesCapacityAndKeepsLmp()
    {
        // Arrange
        var campus = SweepScenarios.Precisions().Campuses[0] with
        {
            DemandResponse = new DemandResponseEnrolment
            {
                ProgramId = "p",
                CapacityPaymentUsdPerKwHour = 0.4,
                EnergyPaymentUsdPerMwh = null,
                PenaltyUsdPerMwh = 1000,
                MaxCommitmentKw = 500,
            },
        };
        var scenario = SweepScenarios.Precisions() with { Campuses = [campus] };

        // Act
        var scaled = ScenarioEdits.ScaleDrReward(scenario, 2.5);
        var fixedPrice = ScenarioEdits.ScaleDrReward(
            scenario with { Campuses = [campus with { DemandResponse = campus.DemandResponse with { EnergyPaymentUsdPerMwh = 80 } }] }, 2.5);

        // Assert
        scaled.Campuses[0].DemandResponse!.CapacityPaymentUsdPerKwHour.ShouldBe(1.0, 1e-12);
        scaled.Campuses[0].DemandResponse!.EnergyPaymentUsdPerMwh.ShouldBeNull();
        scaled.Campuses[0].DemandResponse!.PenaltyUsdPerMwh.ShouldBe(1000);
        fixedPrice.Campuses[0].DemandResponse!.EnergyPaymentUsdPerMwh.ShouldBe(200);
    }
}
