using TokenFlex.Core.Catalog;

namespace TokenFlex.Core.Tests.Catalog;

public class CatalogDerivationTests
{
    // A tiny sweep, computable by hand. The first three points are within ITL p90 ≤ 50 ms:
    //   x̄ = 2000, ȳ = 350, Σ(x−x̄)(y−ȳ) = (−1000)(−50) + 0 + (1000)(40) = 90 000, Σ(x−x̄)² = 2 000 000
    //   b = 0.045 J/tok, a = 350 − 0.045·2000 = 260 W
    //   residuals −5, +10, −5 W → RMSE = √(150/3) = √50 ≈ 7.071 W, max |r| = 10 W, max rel. = 10/360
    private static readonly SweepPoint[] Sweep =
    [
        new(1000, 300, 10, 12, 8),
        new(2000, 360, 20, 30, 16),
        new(3000, 390, 35, 50, 32),
        new(3500, 400, 45, 70, 64),
    ];

    [Fact]
    public void FitLine_ThreePoints_MatchesHandComputedLeastSquares()
    {
        // Arrange
        var points = Sweep.Take(3).Select(p => (p.ThroughputTokensPerSecond, p.InstancePowerW)).ToList();

        // Act
        var fit = CatalogDerivation.FitLine(points);

        // Assert
        fit.Slope.ShouldBe(0.045, 1e-12);
        fit.Intercept.ShouldBe(260, 1e-9);
        fit.RmseResidual.ShouldBe(Math.Sqrt(50), 1e-9);
        fit.MaxAbsResidual.ShouldBe(10, 1e-9);
        fit.MaxRelativeError.ShouldBe(10.0 / 360, 1e-12);
        fit.PointCount.ShouldBe(3);
    }

    [Fact]
    public void FitLine_OnePoint_ThrowsArgumentException()
    {
        // Arrange
        (double, double)[] points = [(1000, 300)];

        // Act
        var act = () => CatalogDerivation.FitLine(points);

        // Assert
        Should.Throw<ArgumentException>(act);
    }

    [Fact]
    public void FitLine_EqualX_ThrowsArgumentException()
    {
        // Arrange
        (double, double)[] points = [(1000, 300), (1000, 310)];

        // Act
        var act = () => CatalogDerivation.FitLine(points);

        // Assert
        Should.Throw<ArgumentException>(act);
    }

    [Fact]
    public void SelectWithinSlo_P90At50Ms_KeepsPointsAtOrBelowTheLimit()
    {
        // Arrange
        var slo = new TpotSlo(50, LatencyPercentile.P90);

        // Act
        var selected = CatalogDerivation.SelectWithinSlo(Sweep.Reverse(), slo);

        // Assert: the 50.0 ms point is admitted, the 70 ms one is not; order is ascending in throughput
        selected.Select(p => p.ThroughputTokensPerSecond).ShouldBe([1000, 2000, 3000]);
    }

    [Fact]
    public void SelectWithinSlo_P50At50Ms_KeepsEveryPoint()
    {
        // Arrange
        var slo = new TpotSlo(50, LatencyPercentile.P50);

        // Act
        var selected = CatalogDerivation.SelectWithinSlo(Sweep, slo);

        // Assert: every p50 is ≤ 45 ms
        selected.Count.ShouldBe(4);
    }

    [Fact]
    public void FitSweep_DefaultSlo_FitsInRangePointsAndTakesThetaAtTheLastOne()
    {
        // Arrange
        var slo = TpotSlo.Default;

        // Act
        var fit = CatalogDerivation.FitSweep(Sweep, slo);

        // Assert: a, b as derived above; Θ = 3000 tok/s at p90 50 ms; (260 + 0.045·3000)/3000 = 0.131667 J/tok
        fit.StaticGpuPowerW.ShouldBe(260, 1e-9);
        fit.MarginalEnergyJPerToken.ShouldBe(0.045, 1e-12);
        fit.ThroughputTokensPerSecond.ShouldBe(3000);
        fit.TpotMs.ShouldBe(50);
        fit.FullLoadEnergyJPerToken.ShouldBe(395.0 / 3000, 1e-12);
    }

    [Fact]
    public void FitSweep_OnlyOnePointWithinSlo_ThrowsArgumentException()
    {
        // Arrange
        var slo = new TpotSlo(12, LatencyPercentile.P90);

        // Act
        var act = () => CatalogDerivation.FitSweep(Sweep, slo);

        // Assert
        Should.Throw<ArgumentException>(act).Message.ShouldContain("Only 1 sweep point");
    }

    [Theory]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    public void Median_OddAndEvenCounts_ReturnsMiddleValue(double[] values, double expected)
    {
        // Arrange: unsorted input

        // Act
        var median = CatalogDerivation.Median(values);

        // Assert
        median.ShouldBe(expected);
    }
}
