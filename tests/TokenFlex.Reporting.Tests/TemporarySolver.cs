using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Solvers;
using OrToolsStatus = Google.OrTools.ModelBuilder.SolveStatus;
using SolveStatus = TokenFlex.Optimization.Solvers.SolveStatus;

namespace TokenFlex.Reporting.Tests;

/// <summary>SCIP through OR-Tools, as in the golden tests, for real results until the solver adapters land.</summary>
internal sealed class TemporarySolver : IMilpSolver
{
    public SolveOutcome Solve(Model model, SolveOptions options)
    {
        var solver = new Solver("SCIP");
        solver.SetTimeLimitInSeconds(options.TimeLimitSeconds);
        var status = solver.Solve(model);
        if (status != OrToolsStatus.OPTIMAL)
        {
            return new SolveOutcome
            {
                Status = status == OrToolsStatus.INFEASIBLE ? SolveStatus.Infeasible : SolveStatus.Error,
                Message = status.ToString(),
            };
        }

        var values = Enumerable.Range(0, model.VariablesCount())
            .Select(i => solver.Value(model.VarFromIndex(i))).ToArray();
        return new SolveOutcome
        {
            Status = SolveStatus.Optimal,
            Objective = solver.ObjectiveValue,
            BestBound = solver.BestObjectiveBound,
            RelativeGap = 0,
            Values = values,
        };
    }
}
