namespace TokenFlex.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validate_GoodScenario_ExitsZeroWithSummary()
    {
        // Act
        var (code, output, _) = CliRunner.Run("validate", CliRunner.TestData("micro.json"));

        // Assert
        code.ShouldBe(ExitCodes.Success);
        output.ShouldContain("micro: valid. 1 campuses, 1 configurations");
    }

    [Fact]
    public void Validate_BrokenScenario_ListsEveryProblemWithPathAndExitsTwo()
    {
        // Act
        var (code, _, error) = CliRunner.Run("validate", CliRunner.TestData("broken.json"));

        // Assert: every problem at once, each with its JSON path, and no stack trace.
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("campuses[0].gpuInventory['H100-SXM']");
        error.ShouldContain("campuses[0].cooling.pue");
        error.ShouldContain("campuses[0].priceUsdPerMwh");
        error.ShouldContain("campuses[0].battery.minSocFraction");
        error.ShouldContain("workloadClasses[0].modelId");
        error.ShouldContain("origins[0].homeCampusId");
        error.ShouldNotContain("   at ");
        error.ShouldNotContain("Exception");
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwoWithMessage()
    {
        // Act
        var (code, _, error) = CliRunner.Run("validate", "/nonexistent/scenario.json");

        // Assert
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("scenario.json");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Run_BadOption_ExitsTwo()
    {
        // Act
        var (code, _, error) = CliRunner.Run("run", "--gap", "2");

        // Assert
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("--gap must be in [0, 1)");
    }

    [Fact]
    public void Run_UnknownStrategy_ExitsTwo()
    {
        // Act
        var (code, _, error) = CliRunner.Run("run", "--scenario", CliRunner.TestData("micro.json"), "--strategies", "B9");

        // Assert
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("--strategies: unknown strategy");
    }
}
