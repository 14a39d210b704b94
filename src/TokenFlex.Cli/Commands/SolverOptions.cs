using System.CommandLine;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Cli.Commands;

/// <summary>Options shared by the commands that solve.</summary>
public sealed class SolverOptions
{
    public Option<SolverKind> Solver { get; } = new("--solver")
    {
        Description = "MILP engine: highs (default), scip or cbc.",
        DefaultValueFactory = _ => SolverKind.Highs,
    };

    public Option<double> TimeLimit { get; } = new("--time-limit")
    {
        Description = "Wall-clock limit per solve, in seconds; the best plan found so far is returned at the limit.",
        DefaultValueFactory = _ => 60,
    };

    public Option<double> Gap { get; } = new("--gap")
    {
        Description = "Relative MIP gap at which a solve stops (0.001 = 0.1 %).",
        DefaultValueFactory = _ => 1e-4,
    };

    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "Solver threads; 1 (default) keeps results deterministic.",
        DefaultValueFactory = _ => 1,
    };

    public Option<SolveMethod> Method { get; } = new("--method")
    {
        Description = "auto (default: exact up to 20,000 integers, LP neighbourhood above), exact, or lpneighbourhood.",
        DefaultValueFactory = _ => SolveMethod.Auto,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print the solver's log to standard error.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Solver);
        command.Options.Add(TimeLimit);
        command.Options.Add(Gap);
        command.Options.Add(Threads);
        command.Options.Add(Method);
        command.Options.Add(Verbose);
        TimeLimit.Validators.Add(result =>
        {
            var limit = result.GetValueOrDefault<double>();
            if (limit <= 0 || !double.IsFinite(limit))
            {
                result.AddError("--time-limit must be a positive number of seconds.");
            }
        });
        Gap.Validators.Add(result =>
        {
            var gap = result.GetValueOrDefault<double>();
            if (gap < 0 || gap >= 1 || !double.IsFinite(gap))
            {
                result.AddError("--gap must be in [0, 1), e.g. 0.001 for 0.1 %.");
            }
        });
        Threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--threads must be at least 1.");
            }
        });
    }

    public SolveOptions Read(ParseResult parse, CancellationToken cancellation) => new()
    {
        Solver = parse.GetValue(Solver),
        TimeLimitSeconds = parse.GetValue(TimeLimit),
        RelativeGap = parse.GetValue(Gap),
        Threads = parse.GetValue(Threads),
        Verbose = parse.GetValue(Verbose),
        Method = parse.GetValue(Method),
        Cancellation = cancellation,
    };
}
