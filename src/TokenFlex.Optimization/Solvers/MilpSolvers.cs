using System.Reflection;

namespace TokenFlex.Optimization.Solvers;

/// <summary>Creates the engine for a <see cref="SolverKind"/> and describes the engines' versions.</summary>
public static class MilpSolvers
{
    /// <summary>Creates the solver of <paramref name="kind"/>.</summary>
    /// <param name="kind">The engine.</param>
    /// <returns>A solver; each call returns a new, stateless instance.</returns>
    public static IMilpSolver Create(SolverKind kind) => kind switch
    {
        SolverKind.Highs => new HighsSolver(),
        SolverKind.Scip or SolverKind.Cbc => new OrToolsSolver(kind),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown solver kind"),
    };

    /// <summary>Name and version of the engine of <paramref name="kind"/>, for logs and reports.</summary>
    /// <param name="kind">The engine.</param>
    /// <returns>The engine's description.</returns>
    public static SolverInfo Describe(SolverKind kind) => kind switch
    {
        SolverKind.Highs => new SolverInfo(kind, "HiGHS", HighsSolver.Version, "HiGHS C API (libhighs from OR-Tools)"),
        SolverKind.Scip or SolverKind.Cbc => new SolverInfo(kind, kind == SolverKind.Scip ? "SCIP" : "CBC",
            OrToolsSolver.EngineVersion(kind), $"OR-Tools {OrToolsVersion} linear_solver"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown solver kind"),
    };

    /// <summary>The version of the OR-Tools assembly, e.g. "9.15.6755" (without the commit hash).</summary>
    public static string OrToolsVersion { get; } =
        (typeof(Google.OrTools.ModelBuilder.Model).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Google.OrTools.ModelBuilder.Model).Assembly.GetName().Version?.ToString()
        ?? "unknown").Split('+')[0];
}

/// <summary>Which engine solved, for logs and reports.</summary>
/// <param name="Kind">The engine kind.</param>
/// <param name="Name">The engine's name.</param>
/// <param name="Version">The engine's version text as the engine reports it.</param>
/// <param name="Interface">How TokenFlex reaches the engine.</param>
public sealed record SolverInfo(SolverKind Kind, string Name, string Version, string Interface)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} {Version} via {Interface}";
}
