using System.Diagnostics;

namespace TokenFlex.Optimization.Solvers;

/// <summary>
/// Runs a blocking OR-Tools solve on a background thread and waits for it with a hard limit: on
/// cancellation, or when the time limit passes, the engine is asked to interrupt and gets
/// <see cref="HighsSolver.GraceSeconds"/> more to return.
/// </summary>
internal static class BackgroundSolve
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Starts <paramref name="solve"/> and waits for it.</summary>
    /// <param name="solve">The blocking solve.</param>
    /// <param name="interrupt">Asks the engine to stop (may be a no-op where unsupported).</param>
    /// <param name="limitSeconds">Seconds to wait before interrupting [s].</param>
    /// <param name="cancellation">Interrupts at once when cancelled.</param>
    /// <returns>The task; it is not completed when the engine did not return in time.</returns>
    internal static Task<T> Run<T>(Func<T> solve, Action interrupt, double limitSeconds,
        CancellationToken cancellation)
    {
        var task = Task.Factory.StartNew(solve, CancellationToken.None, TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        bool finished;
        try
        {
            finished = task.Wait(TimeSpan.FromSeconds(Math.Max(limitSeconds, 0)), cancellation);
        }
        catch (OperationCanceledException)
        {
            finished = task.IsCompleted;
        }
        catch (AggregateException)
        {
            finished = true;
        }

        if (!finished)
        {
            // Cancelled, or the limit passed without the engine stopping (CBC overruns): interrupt it, and
            // again every 50 ms, since an interrupt that arrives while the engine is still setting up is lost.
            var grace = Stopwatch.StartNew();
            do
            {
                interrupt();
            }
            while (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(PollInterval)
                && grace.Elapsed.TotalSeconds < HighsSolver.GraceSeconds);
        }

        return task;
    }
}
