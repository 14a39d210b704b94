namespace TokenFlex.Cli.Tests;

public sealed class CatalogFitCommandTests
{
    [Fact]
    public void CatalogFit_Llama70bLeaderboardFile_ReproducesTheBuiltInEntryWithinTheFitError()
    {
        // Arrange
        var file = RepositoryPaths.Examples("ml-energy-sweeps", "meta-llama__Llama-3.1-70B-Instruct__lm-arena-chat.json");

        // Act
        var (code, output, error) = CliRunner.Run("catalog", "fit", file, "--slo-ms", "50", "--percentile", "p90");

        // Assert: docs/catalog.md §1: a = 1,673.8 W, b = 0.1292 J/tok (0.12917), RMSE 33.3 W, max relative error 4.0 %.
        code.ShouldBe(ExitCodes.Success, error);
        output.ShouldContain("6/12");
        output.ShouldContain("3,876");
        output.ShouldContain("1.6738");
        output.ShouldContain("0.12917");
        output.ShouldContain("33.3");
        output.ShouldContain("4.0 %");
        output.ShouldContain("vs built-in llama-3.1-70b-bf16-h100-tp4: ΔΘ 0 tok/s, ΔP⁰ GPU 0 W, Δe·Θ 0 W (fit error "
                             + "33.3 W): reproduced within the fit error.");
    }

    [Fact]
    public void CatalogFit_MalformedFile_ExitsWithTheImporterMessage()
    {
        // Arrange
        var directory = CliRunner.TempDirectory();
        var file = Path.Combine(directory, "results.json");
        File.WriteAllText(file, "{ \"model_id\": \"m\", \"configurations\": [ { \"gpu_model\": \"H100\" } ] }");

        // Act
        var (code, _, error) = CliRunner.Run("catalog", "fit", file);

        // Assert
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldBe("error: results.json $.configurations[0]: required field 'num_gpus' is missing"
                       + Environment.NewLine);
    }

    [Fact]
    public void Catalog_WithoutSubcommand_StillPrintsTheBuiltInCatalogue()
    {
        // Act
        var (code, output, _) = CliRunner.Run("catalog");

        // Assert
        code.ShouldBe(ExitCodes.Success);
        output.ShouldContain("llama-3.1-70b-int4-h100-tp1");
    }
}
