using System.Globalization;

namespace TokenFlex.Optimization.Solvers;

/// <summary>
/// Maps what HiGHS reported (kHighsModelStatus, primal_solution_status) to a <see cref="SolveOutcome"/>.
/// </summary>
internal static class HighsOutcome
{
    private const int ModelEmpty = 6;
    private const int Optimal = 7;
    private const int Infeasible = 8;
    private const int UnboundedOrInfeasible = 9;
    private const int Unbounded = 10;
    private const int MemoryLimit = 18;

    /// <summary>The name of a kHighsModelStatus value.</summary>
    internal static string StatusName(int modelStatus) => modelStatus switch
    {
        0 => "Not set",
        1 => "Load error",
        2 => "Model error",
        3 => "Presolve error",
        4 => "Solve error",
        5 => "Postsolve error",
        ModelEmpty => "Empty",
        Optimal => "Optimal",
        Infeasible => "Infeasible",
        UnboundedOrInfeasible => "Primal infeasible or unbounded",
        Unbounded => "Unbounded",
        11 => "Bound on objective reached",
        12 => "Target for objective reached",
        13 => "Time limit reached",
        14 => "Iteration limit reached",
        15 => "Unknown",
        16 => "Solution limit reached",
        17 => "Interrupted",
        MemoryLimit => "Memory limit reached",
        19 => "HiGHS interrupt",
        _ => "Unrecognised",
    };

    /// <summary>Builds the outcome of a run that returned.</summary>
    internal static SolveOutcome Map(HighsRunResult run, ModelMatrix matrix, bool isMip, HighsCallbackState state,
        double seconds)
    {
        var message = string.Create(CultureInfo.InvariantCulture,
            $"HiGHS model status {run.ModelStatus} ({StatusName(run.ModelStatus)}), run status {run.RunStatus}, "
            + $"primal solution {(run.PrimalFeasible ? "feasible" : "none")}");
        if (state.InterruptReason is { } reason)
        {
            message += $"; interrupted by the callback on {reason}";
        }

        if (run.Warnings.Length > 0)
        {
            message += "; " + run.Warnings;
        }

        switch (run.ModelStatus)
        {
            case Infeasible:
                return new SolveOutcome { Status = SolveStatus.Infeasible, SolveSeconds = seconds, Message = message };
            case Unbounded or UnboundedOrInfeasible:
                return new SolveOutcome { Status = SolveStatus.Unbounded, SolveSeconds = seconds, Message = message };
            case MemoryLimit:
                return SolverBoundary.OutOfMemory("HiGHS", message, seconds);
            case ModelEmpty:
                return Solved(SolveStatus.Optimal, matrix.ObjectiveOffset, matrix.ObjectiveOffset,
                    run.Values ?? new double[matrix.ColumnCount], seconds, message);
            case < ModelEmpty:
                return new SolveOutcome { Status = SolveStatus.Error, SolveSeconds = seconds, Message = message };
            default:
                break;
        }

        var values = run.PrimalFeasible ? run.Values : null;
        var objective = run.Objective;
        if (values is null && isMip && state.Snapshot() is { Values: { } seen })
        {
            // HiGHS returned no solution although the callback saw one: keep the callback's copy.
            values = seen;
            objective = matrix.Objective(seen);
            message += "; incumbent from the improving-solution callback";
        }

        if (values is null)
        {
            var status = run.ModelStatus == Optimal ? SolveStatus.Error : SolveStatus.NoSolution;
            return new SolveOutcome { Status = status, SolveSeconds = seconds, Message = message };
        }

        var optimal = run.ModelStatus == Optimal;
        double? bound = isMip ? SolveGap.Finite(run.DualBound) ?? SolveGap.Finite(state.Snapshot().DualBound) : null;
        if (optimal && bound is null)
        {
            // An LP solved to optimality, or a MIP whose bound was not reported: the bound is the objective.
            bound = objective;
        }

        return Solved(optimal ? SolveStatus.Optimal : SolveStatus.Feasible, objective, bound, values, seconds, message);
    }

    private static SolveOutcome Solved(SolveStatus status, double objective, double? bound, double[] values,
        double seconds, string message) => new()
        {
            Status = status,
            Objective = objective,
            BestBound = bound,
            RelativeGap = bound is { } b ? SolveGap.Relative(objective, b) : null,
            Values = values,
            SolveSeconds = seconds,
            Message = message,
        };
}
