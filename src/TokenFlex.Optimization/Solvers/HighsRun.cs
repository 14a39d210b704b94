using System.Globalization;
using System.Runtime.InteropServices;

namespace TokenFlex.Optimization.Solvers;

/// <summary>What one native HiGHS run reported, copied out before the instance was destroyed.</summary>
internal sealed record HighsRunResult(
    int RunStatus,
    int ModelStatus,
    bool PrimalFeasible,
    double Objective,
    double DualBound,
    double[]? Values,
    string Warnings);

/// <summary>
/// One HiGHS instance for one solve: passes the model, sets options and the warm start, runs and reads
/// the results. The instance is created and destroyed on the thread that calls <see cref="Execute"/>, and
/// it is always destroyed, even when the caller has stopped waiting.
/// </summary>
internal sealed class HighsRun
{
    private readonly ModelMatrix _matrix;
    private readonly SolveOptions _options;
    private readonly HighsCallbackState _state;
    private readonly bool _asMip;
    private readonly List<string> _warnings = [];

    internal HighsRun(ModelMatrix matrix, SolveOptions options, HighsCallbackState state)
    {
        _matrix = matrix;
        _options = options;
        _state = state;
        _asMip = matrix.HasIntegers && !options.RelaxIntegrality;
    }

    /// <summary>True when the model is passed with its integrality (a MIP solve).</summary>
    internal bool IsMip => _asMip;

    /// <summary>Runs HiGHS to completion (or to its interrupt) and returns what it reported.</summary>
    /// <param name="timeLimitSeconds">HiGHS's own time_limit [s].</param>
    internal HighsRunResult Execute(double timeLimitSeconds)
    {
        var highs = HighsNative.Highs_create();
        if (highs == IntPtr.Zero)
        {
            return new HighsRunResult(HighsNative.StatusError, 0, false, double.NaN, double.NaN, null,
                "Highs_create returned null");
        }

        var stateHandle = GCHandle.Alloc(_state);
        try
        {
            if (HighsNative.Highs_getSizeofHighsInt(highs) != sizeof(int))
            {
                return new HighsRunResult(HighsNative.StatusError, 0, false, double.NaN, double.NaN, null,
                    "this libhighs uses 64-bit HighsInt; the P/Invoke declarations assume 32-bit");
            }

            // Options first: HiGHS logs while the model is passed, and output_flag must already be off.
            Check(HighsNative.Highs_setCallback(highs, HighsCallbackState.FunctionPointer,
                GCHandle.ToIntPtr(stateHandle)), "setCallback");
            SetOptions(highs, timeLimitSeconds);
            var passStatus = Pass(highs);
            if (passStatus == HighsNative.StatusError)
            {
                return new HighsRunResult(passStatus, 0, false, double.NaN, double.NaN, null,
                    "HiGHS rejected the model (pass returned an error)");
            }

            SetWarmStart(highs);
            foreach (var type in CallbackTypes())
            {
                Check(HighsNative.Highs_startCallback(highs, type), $"startCallback({type})");
            }

            var runStatus = HighsNative.Highs_run(highs);
            return Read(highs, runStatus);
        }
        finally
        {
            HighsNative.Highs_destroy(highs);
            stateHandle.Free();
        }
    }

    private int[] CallbackTypes() => _asMip
        ? [HighsNative.CallbackMipInterrupt, HighsNative.CallbackMipImprovingSolution,
            HighsNative.CallbackSimplexInterrupt, HighsNative.CallbackIpmInterrupt]
        : [HighsNative.CallbackSimplexInterrupt, HighsNative.CallbackIpmInterrupt];

    private int Pass(IntPtr highs)
    {
        var m = _matrix;
        var sense = m.Maximize ? HighsNative.ObjSenseMaximize : HighsNative.ObjSenseMinimize;
        var colLower = m.ColumnLower.Select(HighsNative.ToHighs).ToArray();
        var colUpper = m.ColumnUpper.Select(HighsNative.ToHighs).ToArray();
        var rowLower = m.RowLower.Select(HighsNative.ToHighs).ToArray();
        var rowUpper = m.RowUpper.Select(HighsNative.ToHighs).ToArray();
        if (_asMip)
        {
            var integrality = m.IsInteger
                .Select(i => i ? HighsNative.VarTypeInteger : HighsNative.VarTypeContinuous).ToArray();
            return HighsNative.Highs_passMip(highs, m.ColumnCount, m.RowCount, m.NonZeroCount,
                HighsNative.MatrixFormatRowwise, sense, m.ObjectiveOffset, m.ColumnCost, colLower, colUpper,
                rowLower, rowUpper, m.RowStart, m.ColumnIndex, m.Value, integrality);
        }

        return HighsNative.Highs_passLp(highs, m.ColumnCount, m.RowCount, m.NonZeroCount,
            HighsNative.MatrixFormatRowwise, sense, m.ObjectiveOffset, m.ColumnCost, colLower, colUpper,
            rowLower, rowUpper, m.RowStart, m.ColumnIndex, m.Value);
    }

    private void SetOptions(IntPtr highs, double timeLimitSeconds)
    {
        Check(HighsNative.Highs_setBoolOptionValue(highs, "output_flag", _options.Verbose ? 1 : 0), "output_flag");
        if (_options.Verbose)
        {
            // With the logging callback started, HiGHS hands each line to the callback (which writes it to
            // standard error) instead of printing it on standard output, which stays clean for the CLI.
            Check(HighsNative.Highs_setBoolOptionValue(highs, "log_to_console", 1), "log_to_console");
            Check(HighsNative.Highs_startCallback(highs, HighsNative.CallbackLogging), "startCallback(logging)");
        }

        Check(HighsNative.Highs_setDoubleOptionValue(highs, "time_limit", Math.Max(timeLimitSeconds, 0)),
            "time_limit");
        Check(HighsNative.Highs_setDoubleOptionValue(highs, "mip_rel_gap", _options.RelativeGap), "mip_rel_gap");
        Check(HighsNative.Highs_setIntOptionValue(highs, "threads", Math.Max(_options.Threads, 1)), "threads");
        Check(HighsNative.Highs_setIntOptionValue(highs, "random_seed", _options.RandomSeed), "random_seed");
        if (_options.LpAlgorithm == LpAlgorithm.InteriorPoint)
        {
            // Interior point for the (root) LP; without crossover the point is interior but the bound is exact.
            Check(HighsNative.Highs_setStringOptionValue(highs, "solver", "ipm"), "solver");
            Check(HighsNative.Highs_setStringOptionValue(highs, "run_crossover", _options.Crossover ? "on" : "off"), "run_crossover");
        }
    }

    private void SetWarmStart(IntPtr highs)
    {
        if (_options.WarmStart is not { } start)
        {
            return;
        }

        Check(HighsNative.Highs_setSolution(highs, [.. start], null, null, null), "setSolution");
    }

    private HighsRunResult Read(IntPtr highs, int runStatus)
    {
        var modelStatus = HighsNative.Highs_getModelStatus(highs);
        if (HighsNative.Highs_getIntInfoValue(highs, "primal_solution_status", out var primalStatus) != 0)
        {
            primalStatus = 0;
        }

        if (HighsNative.Highs_getDoubleInfoValue(highs, "objective_function_value", out var objective) != 0)
        {
            objective = double.NaN;
        }

        var bound = double.NaN;
        if (_asMip && HighsNative.Highs_getDoubleInfoValue(highs, "mip_dual_bound", out var dualBound) == 0)
        {
            bound = dualBound;
        }

        var feasible = primalStatus == HighsNative.SolutionStatusFeasible;
        double[]? values = null;
        if (feasible)
        {
            values = new double[_matrix.ColumnCount];
            Check(HighsNative.Highs_getSolution(highs, values, null, null, null), "getSolution");
            for (var j = 0; j < values.Length; j++)
            {
                values[j] += 0.0; // −0 becomes +0, so reports never print "-0".
            }
        }

        return new HighsRunResult(runStatus, modelStatus, feasible, objective, bound, values,
            string.Join("; ", _warnings));
    }

    private void Check(int status, string what)
    {
        if (status != 0)
        {
            _warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{what} returned {status}"));
        }
    }
}
