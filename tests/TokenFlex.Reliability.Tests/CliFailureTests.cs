using System.Text.Json.Nodes;
using TokenFlex.Cli;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Reliability.Tests;

/// <summary>Issue 4, points 3 and 4 at the command line: a diagnosis on stderr, --allow-unserved, no stack traces.
/// </summary>
public class CliFailureTests
{
    private static string MicroWithDemand(double firstHourTokensPerSecond)
    {
        var node = Scenarios.MicroNode();
        node["demand"]![0]!["tokensPerSecond"] = new JsonArray(firstHourTokensPerSecond, 1.5e6);
        return CliRunner.ScenarioFile(node.ToJsonString());
    }

    [Fact]
    public void Run_InfeasibleScenario_PrintsTheDiagnosisAndExitsThree()
    {
        // Arrange
        var path = MicroWithDemand(9e6);

        // Act
        var (code, _, error) = CliRunner.Run("run", "--scenario", path, "--strategies", "P");

        // Assert
        code.ShouldBe(ExitCodes.NoPlan);
        error.ShouldContain("P: why there is no plan (capacity check; elastic re-solve (Optimal)):\n");
        error.ShouldContain("  - campus c1, 2025-07-15 00:00–01:00 UTC: class chat from origin o1 needs 9 M tok/s, "
                            + "admissible capacity 8 M tok/s, short by 1 M tok/s (R1_Demand, S1_GpuBudget)\n");
    }

    [Fact]
    public void Run_AllowUnserved_ServesWhatItCanExitsZeroAndListsTheShortfall()
    {
        // Arrange
        var path = MicroWithDemand(9e6);
        var output = Scenarios.TempDirectory();

        // Act
        var (code, _, error) = CliRunner.Run(
            "run", "--scenario", path, "--strategies", "P", "--allow-unserved",
            "--unserved-penalty-usd-per-mtok", "500", "--out", output);

        // Assert
        code.ShouldBe(ExitCodes.Success);
        error.ShouldContain("P: unserved demand (1 run(s), 3.6 G tokens in all):\n  - class chat from origin o1, "
                            + "2025-07-15 00:00–01:00 UTC: up to 1 M tok/s of 9 M tok/s not served (3.6 G tokens "
                            + "in all)\n");
        File.ReadAllText(Path.Combine(output, "summary.json")).ShouldContain("\"unservedTokens\": 3600000000");
    }

    [Fact]
    public void Run_NonPositiveUnservedPenalty_IsAnOptionErrorWithExitTwo()
    {
        // Act
        var (code, _, error) = CliRunner.Run("run", "--allow-unserved", "--unserved-penalty-usd-per-mtok", "0");

        // Assert
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldContain("error: --unserved-penalty-usd-per-mtok must be a positive number of USD per Mtok.");
    }

    [Fact]
    public void Handle_OutOfMemory_SaysSoAndExitsThreeWithoutAStackTrace()
    {
        // Arrange
        using var output = new StringWriter();
        using var error = new StringWriter();

        // Act
        var code = CliErrors.Handle(new InsufficientMemoryException(), new CliConsole(output, error));

        // Assert
        code.ShouldBe(ExitCodes.NoPlan);
        error.ToString().ShouldBe("error: out of memory: TokenFlex could not allocate the memory the model needs; "
                                  + "shorten the horizon, remove configurations or campuses, or run on a machine with "
                                  + "more memory.\n");
    }

    [Fact]
    public void Handle_UnexpectedException_IsAnInternalErrorWithExitOne()
    {
        // Arrange
        using var output = new StringWriter();
        using var error = new StringWriter();

        // Act
        var code = CliErrors.Handle(new InvalidOperationException("boom"), new CliConsole(output, error));

        // Assert
        code.ShouldBe(ExitCodes.InternalError);
        error.ToString().ShouldStartWith(
            "internal error: InvalidOperationException: boom\nThis is a bug in TokenFlex;");
        error.ToString().ShouldNotContain("   at ");
    }

    [Fact]
    public void Guard_SolverThrowsOutOfMemory_ReturnsAnErrorOutcomeThatSaysOutOfMemory()
    {
        // Act
        var outcome = SolverBoundary.Guard(
            "HiGHS", () => throw new InsufficientMemoryException("Array dimensions exceeded"));

        // Assert
        outcome.Status.ShouldBe(SolveStatus.Error);
        SolverBoundary.IsOutOfMemory(outcome).ShouldBeTrue();
        outcome.Message.ShouldBe("out of memory: HiGHS could not allocate the memory it needed (Array dimensions "
                                 + "exceeded); shorten the horizon, remove configurations or campuses, or run on a "
                                 + "machine with more memory");
    }
}
