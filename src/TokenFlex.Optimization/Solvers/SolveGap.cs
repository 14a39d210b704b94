namespace TokenFlex.Optimization.Solvers;

/// <summary>The relative gap, computed the same way for every engine.</summary>
internal static class SolveGap
{
    /// <summary>|objective − bound| / max(|objective|, 1e-9) [fraction].</summary>
    internal static double Relative(double objective, double bound) =>
        Math.Abs(objective - bound) / Math.Max(Math.Abs(objective), 1e-9);

    /// <summary>The bound when it is a finite number below HiGHS's infinity, else null.</summary>
    internal static double? Finite(double bound) =>
        double.IsFinite(bound) && Math.Abs(bound) < 1e30 ? bound : null;
}
