using System.Diagnostics;
using Google.OrTools.ModelBuilder;

namespace TokenFlex.Optimization.Solvers;

/// <summary>SCIP or CBC through OR-Tools.</summary>
/// <remarks>
/// <para>Both engines go through OR-Tools' linear_solver API (MPSolver), rebuilt from the model's
/// <see cref="ModelMatrix"/>: ModelBuilder's <c>Solver</c> in OR-Tools 9.15 does not support CBC, and its
/// interrupt did not stop SCIP. SCIP runs single-threaded (its concurrent mode claimed optimality at a
/// 2.6 % gap) with <see cref="SolveOptions.RandomSeed"/> as <c>randomization/randomseedshift</c>; the gap is
/// MPSolverParameters' RELATIVE_MIP_GAP for both. CBC ignores the seed and the warm start through OR-Tools.
/// A CBC "infeasible" at the time limit is reported as <see cref="SolveStatus.NoSolution"/>: CBC said
/// infeasible for a feasible model when its limit hit during presolve.</para>
/// <para>Time limit and cancellation: the engine runs on a background thread. On cancellation, and again
/// when the time limit passes, the engine's InterruptSolve is called, and <see cref="Solve"/> waits at most
/// <see cref="HighsSolver.GraceSeconds"/> more. SCIP honours the interrupt (measured: returns with its
/// incumbent within ~20 ms). CBC does not: when it has not returned by then, its results are out of reach
/// (they live in the running solver), the outcome is <see cref="SolveStatus.NoSolution"/>, and the run is
/// abandoned in the background until CBC stops on its own.</para>
/// <para><see cref="SolveOptions.Verbose"/>: both engines log to standard output (OR-Tools offers no
/// redirection), unlike HiGHS, whose log goes to standard error.</para>
/// </remarks>
public sealed class OrToolsSolver : IMilpSolver
{
    private readonly SolverKind _kind;

    /// <summary>Creates an adapter for SCIP or CBC.</summary>
    /// <param name="kind"><see cref="SolverKind.Scip"/> or <see cref="SolverKind.Cbc"/>.</param>
    public OrToolsSolver(SolverKind kind)
    {
        if (kind is not (SolverKind.Scip or SolverKind.Cbc))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "OrToolsSolver drives SCIP or CBC only");
        }

        _kind = kind;
    }

    /// <summary>The OR-Tools solver id ("SCIP" or "CBC").</summary>
    public string SolverId => _kind == SolverKind.Scip ? "SCIP" : "CBC";

    /// <inheritdoc />
    public SolveOutcome Solve(Model model, SolveOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        SolveOptionsChecks.ThrowIfInvalid(options, model.VariablesCount());
        var clock = Stopwatch.StartNew();
        return SolverBoundary.Guard(
            SolverId, () => LinearSolverBackend.Solve(SolverId, ModelMatrix.From(model), options, clock));
    }

    /// <summary>The engine's version, e.g. "10.0.0 [LP solver: SoPlex 8.0.0]" for SCIP or "2.10.12" for CBC.</summary>
    /// <param name="kind"><see cref="SolverKind.Scip"/> or <see cref="SolverKind.Cbc"/>.</param>
    /// <returns>The version text without the engine's name, or "unavailable".</returns>
    internal static string EngineVersion(SolverKind kind)
    {
        var id = kind == SolverKind.Scip ? "SCIP" : "CBC";
        using var solver = Google.OrTools.LinearSolver.Solver.CreateSolver(id);
        var text = solver?.SolverVersion() ?? "unavailable";
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && text[..space].Equals(id, StringComparison.OrdinalIgnoreCase) ? text[(space + 1)..] : text;
    }
}
