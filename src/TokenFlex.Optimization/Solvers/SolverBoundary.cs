using System.Diagnostics;
using System.Globalization;

namespace TokenFlex.Optimization.Solvers;

/// <summary>
/// The edge between TokenFlex and an engine: running out of memory there (in the model copy, in the engine, or
/// reported by HiGHS as its memory-limit status) becomes a <see cref="SolveStatus.Error"/> outcome whose message
/// starts with <see cref="OutOfMemoryPrefix"/>, so that front ends report it as such instead of crashing.
/// </summary>
public static class SolverBoundary
{
    /// <summary>How every out-of-memory message starts.</summary>
    public const string OutOfMemoryPrefix = "out of memory";

    /// <summary>Runs a solve, turning an <see cref="OutOfMemoryException"/> into an outcome.</summary>
    /// <param name="engine">Engine name for the message (HiGHS, SCIP, CBC).</param>
    /// <param name="solve">The solve.</param>
    /// <returns>The solve's outcome, or an out-of-memory outcome.</returns>
    public static SolveOutcome Guard(string engine, Func<SolveOutcome> solve)
    {
        ArgumentNullException.ThrowIfNull(solve);
        var clock = Stopwatch.StartNew();
        try
        {
            return solve();
        }
        catch (OutOfMemoryException e)
        {
            return OutOfMemory(engine, e.Message, clock.Elapsed.TotalSeconds);
        }
    }

    /// <summary>The outcome of a solve that ran out of memory.</summary>
    /// <param name="engine">Engine name.</param>
    /// <param name="detail">What ran out (the exception's or the engine's words).</param>
    /// <param name="seconds">Seconds spent [s].</param>
    public static SolveOutcome OutOfMemory(string engine, string detail, double seconds) => new()
    {
        Status = SolveStatus.Error,
        SolveSeconds = seconds,
        Message = string.Create(CultureInfo.InvariantCulture,
            $"{OutOfMemoryPrefix}: {engine} could not allocate the memory it needed ({detail}); shorten the horizon, ")
            + "remove configurations or campuses, or run on a machine with more memory",
    };

    /// <summary>True when an outcome reports that memory ran out.</summary>
    /// <param name="outcome">A solve outcome.</param>
    public static bool IsOutOfMemory(SolveOutcome outcome) =>
        outcome?.Message.StartsWith(OutOfMemoryPrefix, StringComparison.Ordinal) == true;
}
