namespace TokenFlex.Optimization.Solvers;

/// <summary>Builds <see cref="SolveOutcome"/>s for the OR-Tools engines (SCIP, CBC).</summary>
internal static class OrToolsOutcome
{
    /// <summary>The outcome when the engine did not return within the grace period.</summary>
    internal static SolveOutcome Abandoned(string solverId, double seconds) => new()
    {
        Status = SolveStatus.NoSolution,
        SolveSeconds = seconds,
        Message = $"{solverId} did not return within {HighsSolver.GraceSeconds} s of the time limit or the "
            + "cancellation; the run was abandoned in the background and its results are out of reach",
    };

    /// <summary>The outcome of a solve that threw.</summary>
    internal static SolveOutcome Failed(string solverId, Task task, double seconds) => new()
    {
        Status = SolveStatus.Error,
        SolveSeconds = seconds,
        Message = $"{solverId} failed: {task.Exception?.GetBaseException().Message}",
    };

    /// <summary>
    /// The outcome of a solve that returned. <paramref name="mapped"/> is the engine status already mapped;
    /// <paramref name="values"/> is null when the engine has no solution.
    /// </summary>
    internal static SolveOutcome Returned(SolveStatus mapped, double[]? values, double objective, double bound,
        bool isMip, double seconds, string message)
    {
        if (values is null || mapped is not (SolveStatus.Optimal or SolveStatus.Feasible))
        {
            var status = mapped is SolveStatus.Optimal or SolveStatus.Feasible ? SolveStatus.NoSolution : mapped;
            return new SolveOutcome { Status = status, SolveSeconds = seconds, Message = message };
        }

        for (var j = 0; j < values.Length; j++)
        {
            values[j] += 0.0; // −0 becomes +0.
        }

        double? knownBound = isMip ? SolveGap.Finite(bound) : null;
        if (mapped == SolveStatus.Optimal && knownBound is null)
        {
            knownBound = objective;
        }

        return new SolveOutcome
        {
            Status = mapped,
            Objective = objective,
            BestBound = knownBound,
            RelativeGap = knownBound is { } b ? SolveGap.Relative(objective, b) : null,
            Values = values,
            SolveSeconds = seconds,
            Message = message,
        };
    }
}
