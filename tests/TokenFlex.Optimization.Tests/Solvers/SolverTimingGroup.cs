namespace TokenFlex.Optimization.Tests.Solvers;

/// <summary>
/// Tests that measure wall-clock time run alone (not in parallel with other collections), so that two
/// solvers do not share the two cores while a time limit is checked.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SolverTimingGroup
{
    public const string Name = "Solver timing";
}
