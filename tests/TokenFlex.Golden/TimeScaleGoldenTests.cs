using TokenFlex.Core.Domain;
using TokenFlex.Scenarios.TimeScales;

namespace TokenFlex.Golden;

/// <summary>Golden tests of two time scales (reading A): hourly commitment, 15-minute dispatch.</summary>
[Trait("Category", "Golden")]
public sealed class TimeScaleGoldenTests
{
    [Fact]
    public void Solve_QuarterHourDispatch_LosesCapacityOnlyWhileLoading()
    {
        // Arrange: hour 0 needs 0.5 Mtok/s, hour 1 needs 1.5 Mtok/s; 1 instance before the horizon; a start loads
        // for 450 s, half of the first 15-minute period of its hour. Dispatch every 15 minutes, commit hourly.
        var config = Micro.Bf16 with { LoadTimeSeconds = 450 };
        var hourly = Micro.Interactive(0.5, 1.5) with { Configurations = [config] };
        hourly = hourly.WithCampus(c => c with { InitialInstances = new Dictionary<string, int> { ["m-bf16"] = 1 } });
        var quarterHourly = TimeScale.Refine(hourly, 4);

        // Act
        var result = GoldenSolve.Plan(quarterHourly);

        // Assert: in hour 1 two instances give 2 − 0.5 = 1.5 Mtok/s in its first quarter (R3 with ℓ = 0.5) and 2
        // afterwards, so 2 instances suffice: energy (100 + 50) kW · 1 h + (200 + 150) kW · 1 h = 500 kWh ⇒ $25.
        // Starting one instance in hour 0 is never needed; the hour-1 start is in the first quarter only.
        quarterHourly.TimeGrid.PeriodCount.ShouldBe(8);
        result.Costs.ObjectiveUsd.ShouldBe(25.0, 1e-6);
        result.Instances.Where(i => i.Period == 4).Sum(i => i.Instances).ShouldBe(2);
        result.Instances.Where(i => i.Period is 5 or 6 or 7).Sum(i => i.Starts).ShouldBe(0);
    }

    [Fact]
    public void Solve_LoadLongerThanQuarter_SpreadsLossOverQuarters()
    {
        // Arrange: as above but loading takes 1350 s = 1.5 quarters, and hour 1 needs 1.6 Mtok/s.
        var config = Micro.Bf16 with { LoadTimeSeconds = 1350 };
        var hourly = Micro.Interactive(0.5, 1.6) with { Configurations = [config] };
        hourly = hourly.WithCampus(c => c with { InitialInstances = new Dictionary<string, int> { ["m-bf16"] = 1 } });

        // Act
        var result = GoldenSolve.Plan(TimeScale.Refine(hourly, 4));

        // Assert: a start loses the whole first quarter of its hour (ℓ = 1) and half the second. In the first quarter
        // of hour 1, capacity is n₁ − y₁ = n₀ − stops, so 1.6 Mtok/s needs n₀ ≥ 2: the second instance must start
        // in hour 0, where its loading only costs capacity against 0.5 Mtok/s (2 − 1 = 1 ≥ 0.5). Then n₁ = 2:
        // (200 + 50) kWh in hour 0 and (200 + 160) kWh in hour 1 = 610 kWh ⇒ $30.50.
        result.Instances.Where(i => i.Period == 0).Sum(i => i.Starts).ShouldBe(1);
        result.Costs.ObjectiveUsd.ShouldBe(30.5, 1e-6);
    }
}
