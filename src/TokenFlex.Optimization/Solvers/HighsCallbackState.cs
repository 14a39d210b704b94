using System.Diagnostics;
using System.Runtime.InteropServices;

namespace TokenFlex.Optimization.Solvers;

/// <summary>
/// State shared between one HiGHS run and its C callback: the interrupt request (cancellation or our own
/// wall-clock deadline) and a copy of the latest improving MIP solution with the latest dual bound. The
/// copy lets the solver return an incumbent even when HiGHS itself has not returned in time.
/// </summary>
internal sealed class HighsCallbackState
{
    /// <summary>Keeps the delegate alive for the process; HiGHS holds only its function pointer.</summary>
    private static readonly HighsNative.Callback Delegate = OnCallback;

    private readonly Lock _gate = new();
    private readonly ModelMatrix _matrix;
    private readonly CancellationToken _cancellation;
    private readonly long _deadlineTimestamp;
    private volatile bool _stopRequested;
    private double[]? _incumbent;
    private double _dualBound = double.NaN;

    /// <summary>Creates the state of one run.</summary>
    /// <param name="matrix">The model, to size and evaluate incumbents.</param>
    /// <param name="deadlineTimestamp">A <see cref="Stopwatch.GetTimestamp"/> value after which the run stops.</param>
    /// <param name="cancellation">Stops the run when cancelled.</param>
    internal HighsCallbackState(ModelMatrix matrix, long deadlineTimestamp, CancellationToken cancellation)
    {
        _matrix = matrix;
        _cancellation = cancellation;
        _deadlineTimestamp = deadlineTimestamp;
    }

    /// <summary>The function pointer to pass to Highs_setCallback.</summary>
    internal static IntPtr FunctionPointer { get; } = Marshal.GetFunctionPointerForDelegate(Delegate);

    /// <summary>Why the callback asked HiGHS to stop, or null when it has not.</summary>
    internal string? InterruptReason { get; private set; }

    /// <summary>Asks HiGHS to stop at its next interrupt check.</summary>
    internal void RequestStop() => _stopRequested = true;

    /// <summary>A copy of the latest incumbent (null when none) and the latest dual bound (NaN when unknown).</summary>
    internal (double[]? Values, double DualBound) Snapshot()
    {
        lock (_gate)
        {
            return (_incumbent is null ? null : (double[])_incumbent.Clone(), _dualBound);
        }
    }

    private string? StopReason() =>
        _cancellation.IsCancellationRequested ? "cancellation"
        : Stopwatch.GetTimestamp() >= _deadlineTimestamp ? "wall-clock time limit"
        : _stopRequested ? "stop request"
        : null;

    private void Record(int callbackType, IntPtr dataOut)
    {
        var boundPointer = HighsNative.Highs_getCallbackDataOutItem(dataOut, "mip_dual_bound");
        var bound = boundPointer == IntPtr.Zero ? double.NaN : Marshal.PtrToStructure<double>(boundPointer);
        double[]? values = null;
        if (callbackType == HighsNative.CallbackMipImprovingSolution)
        {
            var solution = HighsNative.Highs_getCallbackDataOutItem(dataOut, "mip_solution");
            if (solution != IntPtr.Zero)
            {
                values = new double[_matrix.ColumnCount];
                Marshal.Copy(solution, values, 0, values.Length);
            }
        }

        lock (_gate)
        {
            _incumbent = values ?? _incumbent;
            if (Math.Abs(bound) < HighsNative.Infinity)
            {
                _dualBound = bound;
            }
        }
    }

    // Runs on HiGHS's thread. An exception must never unwind into native code, so everything is caught.
#pragma warning disable CA1031
    private static void OnCallback(int callbackType, IntPtr message, IntPtr dataOut, IntPtr dataIn, IntPtr userData)
    {
        try
        {
            if (userData == IntPtr.Zero || GCHandle.FromIntPtr(userData).Target is not HighsCallbackState state)
            {
                return;
            }

            if (callbackType == HighsNative.CallbackLogging && message != IntPtr.Zero)
            {
                Console.Error.Write(Marshal.PtrToStringUTF8(message));
                return;
            }

            if (dataOut != IntPtr.Zero
                && callbackType is HighsNative.CallbackMipImprovingSolution or HighsNative.CallbackMipInterrupt)
            {
                state.Record(callbackType, dataOut);
            }

            var isInterruptCheck = callbackType is HighsNative.CallbackMipInterrupt
                or HighsNative.CallbackSimplexInterrupt or HighsNative.CallbackIpmInterrupt;
            if (isInterruptCheck && dataIn != IntPtr.Zero && state.StopReason() is { } reason)
            {
                // HighsCallbackDataIn starts with `int user_interrupt`.
                Marshal.WriteInt32(dataIn, 0, 1);
                state.InterruptReason ??= reason;
            }
        }
        catch (Exception)
        {
            // Swallowed on purpose: the solve goes on without this callback's effect.
        }
    }
#pragma warning restore CA1031
}
