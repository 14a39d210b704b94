using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Golden;

/// <summary>SCIP through OR-Tools, for the golden tests until the solver adapters land.</summary>
internal sealed class TemporarySolver : IMilpSolver
{
    public SolveOutcome Solve(Model model, SolveOptions options)
    {
        var solver = new Solver("SCIP");
        solver.SetTimeLimitInSeconds(options.TimeLimitSeconds);
        var status = solver.Solve(model);
        if (status != Google.OrTools.ModelBuilder.SolveStatus.OPTIMAL)
        {
            return new SolveOutcome { Status = status == Google.OrTools.ModelBuilder.SolveStatus.INFEASIBLE ? TokenFlex.Optimization.Solvers.SolveStatus.Infeasible : TokenFlex.Optimization.Solvers.SolveStatus.Error, Message = status.ToString() };
        }

        var values = Enumerable.Range(0, model.VariablesCount()).Select(i => solver.Value(model.VarFromIndex(i))).ToArray();
        return new SolveOutcome
        {
            Status = TokenFlex.Optimization.Solvers.SolveStatus.Optimal,
            Objective = solver.ObjectiveValue,
            BestBound = solver.BestObjectiveBound,
            RelativeGap = 0,
            Values = values,
        };
    }
}
