using TokenFlex.Core.Catalog;
using TokenFlex.Data.Importers;
using TokenFlex.Data.Importers.Benchmarks;
using static TokenFlex.Data.Tests.Importers.ImportTestFiles;

namespace TokenFlex.Data.Tests.Importers;

public class BenchmarkTests
{
    private static string Benchmark(string name) => Path.Combine(TestScenarios.DataDirectory, "benchmarks", name);

    [Theory]
    [InlineData("meta-llama__Llama-3.1-8B-Instruct__lm-arena-chat.json", "llama-3.1-8b-bf16-h100")]
    [InlineData("meta-llama__Llama-3.1-70B-Instruct__lm-arena-chat.json", "llama-3.1-70b-bf16-h100-tp4")]
    public void FitAll_PublishedLeaderboardSweeps_ReproduceTheBuiltInBf16Parameters(string file, string entryId)
    {
        // Arrange
        var sweeps = MlEnergyResultsReader.Read(RepositoryPaths.Examples("ml-energy-sweeps", file));
        var builtIn = BuiltInCatalog.Report.Entries.Single(e => e.Configuration.Id == entryId);
        var rmse = builtIn.AnchorFit.PowerFit.RmseResidual;

        // Act
        var fit = BenchmarkFit.FitAll(sweeps, TpotSlo.Default).Single();

        // Assert: Θ is the same measured point; a and e·Θ within the built-in fit's RMSE (docs/catalog.md §1).
        var result = fit.Fit.ShouldNotBeNull();
        result.ThroughputTokensPerSecond.ShouldBe(builtIn.Configuration.ThroughputTokensPerSecond);
        Math.Abs(result.StaticGpuPowerW - builtIn.AnchorFit.StaticGpuPowerW).ShouldBeLessThanOrEqualTo(rmse);
        (Math.Abs(result.MarginalEnergyJPerToken - builtIn.Configuration.EnergyJPerToken)
         * result.ThroughputTokensPerSecond).ShouldBeLessThanOrEqualTo(rmse);
        fit.BuiltIn.ShouldNotBeNull().Entry.Id.ShouldBe(entryId);
        fit.BuiltIn.WithinFitError.ShouldBeTrue();
    }

    [Fact]
    public void Read_FlatResultRows_GroupByPrecisionAndDerivePowerFromEnergyPerToken()
    {
        // Act
        var sweeps = MlEnergyResultsReader.Read(Benchmark("ml-energy-rows.json"));

        // Assert: 0.18 J/tok × 3000 tok/s = 540 W.
        sweeps.Select(s => s.Configuration.WeightPrecision).ShouldBe(["bfloat16", "fp8"]);
        sweeps[0].Points[0].InstancePowerW.ShouldBe(540, 1e-9);
        sweeps[0].Points.Count.ShouldBe(2);
    }

    [Fact]
    public void Read_MissingLatency_NamesTheJsonPath()
    {
        // Arrange
        var path = Scratch("rows.json", File.ReadAllText(Benchmark("ml-energy-rows.json"))
            .Replace("\"median_itl_ms\": 17.0, \"p90_itl_ms\": 21.0,", "\"median_itl_ms\": 17.0,", StringComparison.Ordinal));

        // Act
        var error = Should.Throw<ImportException>(() => MlEnergyResultsReader.Read(path));

        // Assert
        error.Message.ShouldBe("rows.json $[1]: required field 'p90_itl_ms' is missing");
    }

    [Fact]
    public void FitAll_SweepCsvWithoutLatency_EstimatesItlByLittlesLawAndFitsTheLine()
    {
        // Arrange: P = 260 W + 0.05 J/tok · X on the first four rows; ITL = 1000·batch/X ms = 10, 10, 10.7, 16, 30.5.
        var sweeps = SweepCsvReader.Read(Benchmark("sweep.csv"));

        // Act: at ITL ≤ 20 ms the batch-128 row (30.5 ms) is out of range.
        var fit = BenchmarkFit.FitAll(sweeps, new TpotSlo(20, LatencyPercentile.P90)).Single();

        // Assert
        sweeps.Single().ItlEstimated.ShouldBeTrue();
        var result = fit.Fit.ShouldNotBeNull();
        result.StaticGpuPowerW.ShouldBe(260, 1e-9);
        result.MarginalEnergyJPerToken.ShouldBe(0.05, 1e-12);
        result.ThroughputTokensPerSecond.ShouldBe(4000);
        result.TpotMs.ShouldBe(16, 1e-12);
        result.PowerFit.RmseResidual.ShouldBe(0, 1e-9);
    }

    [Fact]
    public void FitAll_TooFewPointsInTheSlo_SaysHowToFixIt()
    {
        // Act
        var fit = BenchmarkFit.FitAll(SweepCsvReader.Read(Benchmark("sweep.csv")),
            new TpotSlo(9, LatencyPercentile.P90)).Single();

        // Assert
        fit.Fit.ShouldBeNull();
        fit.Problem.ShouldBe("Only 0 sweep point(s) meet ITL P90 ≤ 9 ms; at least 2 are needed: relax the SLO or "
                             + "add lower-batch points.");
    }

    [Fact]
    public void Read_SweepCsvWithOnlyOneLatencyColumn_IsAnError()
    {
        // Arrange
        var path = Scratch("sweep.csv", "batch,tokensPerSecond,watts,itlP90Ms\n8,800,300,9\n");

        // Act
        var error = Should.Throw<ImportException>(() => SweepCsvReader.Read(path));

        // Assert
        error.Message.ShouldBe("sweep.csv line 1: give both itlP50Ms and itlP90Ms, or neither (then ITL is estimated as "
                               + "batch / tokensPerSecond)");
    }
}
