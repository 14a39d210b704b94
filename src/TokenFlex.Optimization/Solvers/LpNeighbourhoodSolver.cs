using System.Diagnostics;
using Google.OrTools.ModelBuilder;

namespace TokenFlex.Optimization.Solvers;

/// <summary>
/// LP-based neighbourhood search for large fleets, where instance counts run into the hundreds and the LP
/// relaxation is within a fraction of a percent of the integer optimum: (1) solve the LP relaxation with the
/// interior-point method (with crossover, so that the bound is certified) and take its fractional point; (2) restrict every
/// instance count n to the two integers around its LP value, [⌊n*⌋, ⌈n*⌉], and solve that much smaller MIP in
/// the remaining time. The result's bound is the LP bound of the full model, so its gap is a true
/// optimality gap. If the neighbourhood has no solution in time, the full MIP gets the time that is left.
/// </summary>
public sealed class LpNeighbourhoodSolver(IMilpSolver engine) : IMilpSolver
{
    /// <summary>Variables whose names start with this prefix are the instance counts that get rounded.</summary>
    public const string CountPrefix = "n[";

    /// <inheritdoc />
    public SolveOutcome Solve(Model model, SolveOptions options)
    {
        var clock = Stopwatch.StartNew();
        var lp = engine.Solve(model, options with
        {
            RelaxIntegrality = true,
            LpAlgorithm = LpAlgorithm.InteriorPoint,
            Crossover = true,
        });
        double Remaining() => Math.Max(0.5, options.TimeLimitSeconds - clock.Elapsed.TotalSeconds);
        if (lp.Status != SolveStatus.Optimal || lp.Values is null || lp.Objective is not { } bound)
        {
            return lp.Status is SolveStatus.Infeasible or SolveStatus.Unbounded
                ? lp with { SolveSeconds = clock.Elapsed.TotalSeconds }
                : Finish(engine.Solve(model, options with { TimeLimitSeconds = Remaining() }), null, clock, options.RelativeGap);
        }

        var neighbourhood = model.Clone();
        Restrict(neighbourhood, lp.Values);
        var mip = engine.Solve(neighbourhood, options with { TimeLimitSeconds = Remaining() });
        if (!mip.HasSolution && !options.Cancellation.IsCancellationRequested && Remaining() > 1)
        {
            mip = engine.Solve(model, options with { TimeLimitSeconds = Remaining() });
        }

        return Finish(mip, bound, clock, options.RelativeGap);
    }

    private static void Restrict(Model model, double[] values)
    {
        var helper = model.Helper;
        for (var i = 0; i < helper.VariablesCount(); i++)
        {
            if (!helper.VarIsIntegral(i) || !helper.VarName(i).StartsWith(CountPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var lower = Math.Max(helper.VarLowerBound(i), Math.Floor(values[i] + 1e-6));
            var upper = Math.Min(helper.VarUpperBound(i), Math.Ceiling(values[i] - 1e-6));
            helper.SetVarLowerBound(i, lower);
            helper.SetVarUpperBound(i, Math.Max(lower, upper));
        }
    }

    private static SolveOutcome Finish(SolveOutcome mip, double? lpBound, Stopwatch clock, double targetGap)
    {
        if (lpBound is not { } bound || mip.Objective is not { } objective)
        {
            return mip with { SolveSeconds = clock.Elapsed.TotalSeconds };
        }

        // The neighbourhood's own bound holds only inside the neighbourhood; the LP bound holds for the full model.
        var gap = Math.Abs(objective - bound) / Math.Max(Math.Abs(objective), 1e-9);
        return mip with
        {
            Status = gap <= targetGap ? SolveStatus.Optimal : SolveStatus.Feasible,
            BestBound = bound,
            RelativeGap = gap,
            SolveSeconds = clock.Elapsed.TotalSeconds,
            Message = $"LP neighbourhood: {mip.Message}; bound from the LP relaxation of the full model",
        };
    }
}
