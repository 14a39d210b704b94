namespace TokenFlex.Cli;

/// <summary>Process exit codes of <c>tokenflex</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked (a plan within the gap, or a feasible plan at the time limit).</summary>
    public const int Success = 0;

    /// <summary>An unexpected internal error; the message says what to report.</summary>
    public const int InternalError = 1;

    /// <summary>The input is invalid (scenario, CSV, option): every problem is listed with its path.</summary>
    public const int InvalidInput = 2;

    /// <summary>The model has no plan: infeasible, unbounded, or no solution found within the time limit.</summary>
    public const int NoPlan = 3;
}
