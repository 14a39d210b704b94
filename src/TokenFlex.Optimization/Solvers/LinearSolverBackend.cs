using System.Diagnostics;
using System.Globalization;
using Google.OrTools.LinearSolver;

namespace TokenFlex.Optimization.Solvers;

/// <summary>
/// SCIP and CBC through OR-Tools' linear_solver API (MPSolver), rebuilt from the model's
/// <see cref="ModelMatrix"/>. ModelBuilder's <c>Solver</c> is not used: in OR-Tools 9.15 it does not support
/// CBC (<c>SolverIsSupported()</c> is false), and its <c>InterruptSolve</c> did not stop SCIP (measured:
/// still running 0.75 s after the call), whereas MPSolver's stopped SCIP within 20 ms.
/// </summary>
internal static class LinearSolverBackend
{
    /// <summary>Solves with the engine <paramref name="solverId"/> ("SCIP" or "CBC").</summary>
    /// <param name="solverId">OR-Tools' solver id.</param>
    /// <param name="matrix">The model.</param>
    /// <param name="options">The solve settings.</param>
    /// <param name="clock">Started when the solve was asked for; the time limit counts from it.</param>
    internal static SolveOutcome Solve(string solverId, ModelMatrix matrix, SolveOptions options, Stopwatch clock)
    {
        // Not disposed with `using`: an abandoned run still uses the solver; the finalizer frees it later.
        var solver = Solver.CreateSolver(solverId);
        if (solver is null)
        {
            return new SolveOutcome { Status = SolveStatus.Error, Message = $"{solverId} is not available" };
        }

        var isMip = matrix.HasIntegers && !options.RelaxIntegrality;
        var variables = Build(solver, matrix, isMip);
        if (options.Verbose)
        {
            solver.EnableOutput();
        }
        else
        {
            solver.SuppressOutput();
        }

        if (options.WarmStart is { } start)
        {
            solver.SetHint(solver.variables(), [.. start]);
        }

        var message = Configure(solver, solverId, options);

        var remaining = options.TimeLimitSeconds - clock.Elapsed.TotalSeconds;
        if (remaining <= 0 || options.Cancellation.IsCancellationRequested)
        {
            solver.Dispose();
            return new SolveOutcome
            {
                Status = SolveStatus.NoSolution,
                SolveSeconds = clock.Elapsed.TotalSeconds,
                Message = remaining <= 0
                    ? $"the time limit was spent building the model; {solverId} was not started"
                    : $"cancelled before {solverId} started",
            };
        }

        // MPSolver counts its limit in whole milliseconds.
        solver.SetTimeLimit((long)Math.Ceiling(remaining * 1000));
        var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, options.RelativeGap);
        var interrupted = false;
        var task = BackgroundSolve.Run(
            () => solver.Solve(parameters),
            () =>
            {
                interrupted = true;
                solver.InterruptSolve();
            },
            remaining,
            options.Cancellation);
        if (!task.IsCompleted)
        {
            return OrToolsOutcome.Abandoned(solverId, clock.Elapsed.TotalSeconds);
        }

        if (task.Exception?.GetBaseException() is OutOfMemoryException outOfMemory)
        {
            return SolverBoundary.OutOfMemory(solverId, outOfMemory.Message, clock.Elapsed.TotalSeconds);
        }

        if (task.IsFaulted)
        {
            return OrToolsOutcome.Failed(solverId, task, clock.Elapsed.TotalSeconds);
        }

        var status = task.Result;
        var seconds = clock.Elapsed.TotalSeconds;
        message += $"{solverId} status {status} ({(int)status})";
        var mapped = Map(status);
        if (mapped == SolveStatus.Infeasible && solverId == "CBC" && seconds >= 0.9 * options.TimeLimitSeconds)
        {
            // CBC stopped by its time limit during presolve reported INFEASIBLE for a feasible model.
            mapped = SolveStatus.NoSolution;
            message += "; CBC's infeasibility claim at the time limit is not trusted";
        }

        if (mapped == SolveStatus.Error && interrupted)
        {
            // SCIP interrupted while still setting up answered ABNORMAL (1 in 100 early cancellations).
            mapped = SolveStatus.NoSolution;
            message += "; stopped by an interrupt before a solution was found";
        }

        double[]? values = mapped is SolveStatus.Optimal or SolveStatus.Feasible
            ? [.. variables.Select(v => v.SolutionValue())]
            : null;
        var objective = values is null ? double.NaN : solver.Objective().Value();
        var bound = values is null || !isMip ? double.NaN : solver.Objective().BestBound();
        parameters.Dispose();
        solver.Dispose();
        return OrToolsOutcome.Returned(mapped, values, objective, bound, isMip, seconds, message);
    }

    private static SolveStatus Map(Solver.ResultStatus status) => (int)status switch
    {
        (int)Solver.ResultStatus.OPTIMAL => SolveStatus.Optimal,
        (int)Solver.ResultStatus.FEASIBLE => SolveStatus.Feasible,
        (int)Solver.ResultStatus.INFEASIBLE => SolveStatus.Infeasible,
        (int)Solver.ResultStatus.UNBOUNDED => SolveStatus.Unbounded,
        (int)Solver.ResultStatus.ABNORMAL or (int)Solver.ResultStatus.MODEL_INVALID => SolveStatus.Error,
        // NOT_SOLVED and values outside the enum (85 and 99 were seen from MPSolver).
        _ => SolveStatus.NoSolution,
    };

    /// <summary>Threads and seed; returns a note on what the engine did not accept ("" when all was).</summary>
    private static string Configure(Solver solver, string solverId, SolveOptions options)
    {
        var notes = "";
        var threads = solverId == "SCIP" ? 1 : Math.Max(options.Threads, 1);
        if (!solver.SetNumThreads(threads))
        {
            notes += $"{solverId} rejected {threads} thread(s); ";
        }

        if (solverId == "SCIP")
        {
            // SCIP stays single-threaded: its concurrent mode claimed optimality at a 2.6 % gap.
            var seed = string.Create(CultureInfo.InvariantCulture,
                $"randomization/randomseedshift = {Math.Max(options.RandomSeed, 0)}\n");
            if (!solver.SetSolverSpecificParametersAsString(seed))
            {
                notes += "SCIP rejected the seed parameter; ";
            }
        }
        else if (options.RandomSeed != 0)
        {
            notes += "CBC takes no seed through OR-Tools; ";
        }

        if (options.WarmStart is not null && solverId == "CBC")
        {
            notes += "CBC ignores the warm start (hint) through OR-Tools; ";
        }

        return notes;
    }

    private static Variable[] Build(Solver solver, ModelMatrix matrix, bool isMip)
    {
        var variables = new Variable[matrix.ColumnCount];
        var objective = solver.Objective();
        for (var j = 0; j < variables.Length; j++)
        {
            variables[j] = solver.MakeVar(matrix.ColumnLower[j], matrix.ColumnUpper[j], isMip && matrix.IsInteger[j],
                "");
            objective.SetCoefficient(variables[j], matrix.ColumnCost[j]);
        }

        objective.SetOffset(matrix.ObjectiveOffset);
        objective.SetOptimizationDirection(matrix.Maximize);
        for (var r = 0; r < matrix.RowCount; r++)
        {
            var row = solver.MakeConstraint(matrix.RowLower[r], matrix.RowUpper[r], "");
            for (var k = matrix.RowStart[r]; k < matrix.RowStart[r + 1]; k++)
            {
                row.SetCoefficient(variables[matrix.ColumnIndex[k]], matrix.Value[k]);
            }
        }

        return variables;
    }
}
