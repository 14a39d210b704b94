using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Optimization.Tests.Solvers;

public class HighsOutcomeTests
{
    [Fact]
    public void Map_MemoryLimitStatus_IsAnOutOfMemoryError()
    {
        // Arrange: HiGHS 1.12's kHighsModelStatusMemoryLimit is 18 (HConst.h, after kInterrupt = 17).
        var model = new Model();
        model.NewNumVar(0, 1, "x");
        var matrix = ModelMatrix.From(model);
        var state = new HighsCallbackState(matrix, long.MaxValue, CancellationToken.None);
        var run = new HighsRunResult(-1, 18, false, double.NaN, double.NaN, null, "");

        // Act
        var outcome = HighsOutcome.Map(run, matrix, isMip: false, state, seconds: 0.5);

        // Assert
        outcome.Status.ShouldBe(TokenFlex.Optimization.Solvers.SolveStatus.Error);
        outcome.Message.ShouldStartWith("out of memory: HiGHS could not allocate the memory it needed (HiGHS model "
                                        + "status 18 (Memory limit reached)");
    }
}
