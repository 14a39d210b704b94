using Google.OrTools.ModelBuilder;

namespace TokenFlex.Optimization.Solvers;

/// <summary>MILP engines TokenFlex can drive.</summary>
public enum SolverKind
{
    /// <summary>HiGHS through its C API (default; keeps the incumbent at a time limit).</summary>
    Highs,

    /// <summary>SCIP through OR-Tools, single-threaded.</summary>
    Scip,

    /// <summary>COIN-OR CBC through OR-Tools.</summary>
    Cbc,
}

/// <summary>How TokenFlex drives the engine.</summary>
public enum SolveMethod
{
    /// <summary>Exact branch and bound for models up to <see cref="SolveOptions.NeighbourhoodThresholdIntegers"/> integers, LP neighbourhood above.</summary>
    Auto,

    /// <summary>The engine's branch and bound on the full model.</summary>
    Exact,

    /// <summary>LP relaxation, then a MIP with instance counts restricted around their LP values (<see cref="LpNeighbourhoodSolver"/>).</summary>
    LpNeighbourhood,
}

/// <summary>LP algorithm.</summary>
public enum LpAlgorithm
{
    /// <summary>The engine's choice (HiGHS: dual simplex for most LPs).</summary>
    Auto,

    /// <summary>Simplex.</summary>
    Simplex,

    /// <summary>Interior point (barrier), faster on large LPs.</summary>
    InteriorPoint,
}

/// <summary>How a solve ended.</summary>
public enum SolveStatus
{
    /// <summary>Proven optimal within the relative gap.</summary>
    Optimal,

    /// <summary>A feasible incumbent, stopped by the time limit or an interrupt before the gap was reached.</summary>
    Feasible,

    /// <summary>Proven infeasible.</summary>
    Infeasible,

    /// <summary>Unbounded (or infeasible-or-unbounded).</summary>
    Unbounded,

    /// <summary>Stopped (time limit, interrupt) without any feasible solution.</summary>
    NoSolution,

    /// <summary>The engine failed; see the message.</summary>
    Error,
}

/// <summary>Settings of one solve.</summary>
public sealed record SolveOptions
{
    /// <summary>Engine.</summary>
    public SolverKind Solver { get; init; } = SolverKind.Highs;

    /// <summary>Wall-clock limit [s].</summary>
    public double TimeLimitSeconds { get; init; } = 60;

    /// <summary>Relative MIP gap at which to stop [fraction].</summary>
    public double RelativeGap { get; init; } = 1e-4;

    /// <summary>Threads the engine may use; 1 keeps results deterministic.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Random seed passed to the engine.</summary>
    public int RandomSeed { get; init; }

    /// <summary>Solve the LP relaxation instead (integrality dropped).</summary>
    public bool RelaxIntegrality { get; init; }

    /// <summary>Exact search, LP neighbourhood, or the choice by model size.</summary>
    public SolveMethod Method { get; init; } = SolveMethod.Auto;

    /// <summary>With <see cref="SolveMethod.Auto"/>, models with more integer variables than this use the LP neighbourhood.</summary>
    public int NeighbourhoodThresholdIntegers { get; init; } = 20_000;

    /// <summary>LP algorithm for LP solves (HiGHS only).</summary>
    public LpAlgorithm LpAlgorithm { get; init; } = LpAlgorithm.Auto;

    /// <summary>Run crossover after the interior-point method (a vertex solution); off gives the bound faster.</summary>
    public bool Crossover { get; init; } = true;

    /// <summary>Print the engine's log to standard error.</summary>
    public bool Verbose { get; init; }

    /// <summary>A full starting point (one value per model variable), or null.</summary>
    public IReadOnlyList<double>? WarmStart { get; init; }

    /// <summary>Cancels the solve; the best incumbent found so far is returned.</summary>
    public CancellationToken Cancellation { get; init; }
}

/// <summary>What a solve returned. Objective and bound are in the model's own units.</summary>
public sealed record SolveOutcome
{
    /// <summary>How the solve ended.</summary>
    public required SolveStatus Status { get; init; }

    /// <summary>Objective of the incumbent, or null when there is none.</summary>
    public double? Objective { get; init; }

    /// <summary>Best proven bound on the objective, or null when unknown.</summary>
    public double? BestBound { get; init; }

    /// <summary>Relative gap |objective − bound| / max(|objective|, 1e-9), or null.</summary>
    public double? RelativeGap { get; init; }

    /// <summary>Value of every model variable (indexed by variable index), or null without a solution.</summary>
    public double[]? Values { get; init; }

    /// <summary>Wall-clock seconds the engine ran.</summary>
    public double SolveSeconds { get; init; }

    /// <summary>Engine-specific status text, for diagnosis.</summary>
    public string Message { get; init; } = "";

    /// <summary>True when variable values are present.</summary>
    public bool HasSolution => Values is not null;
}

/// <summary>A MILP engine that solves an OR-Tools model.</summary>
public interface IMilpSolver
{
    /// <summary>Solves <paramref name="model"/>; never throws for infeasible, unbounded or time-limited solves.</summary>
    SolveOutcome Solve(Model model, SolveOptions options);
}
