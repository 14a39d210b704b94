using System.CommandLine;
using System.Diagnostics;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Cli.Commands;

/// <summary>The <c>--sweeps</c> and <c>--jobs</c> options, shared by <c>sweep</c> and <c>run --report</c>.</summary>
public sealed class SweepOptions(string sweepsDescription)
{
    public Option<string[]> Sweeps { get; } = new("--sweeps")
    {
        Description = sweepsDescription,
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<int> Jobs { get; } = new("--jobs")
    {
        Description = "Sweep points solved at once (default: the number of cores; 1 solves them one after another).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Sweeps);
        command.Options.Add(Jobs);
        Jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be at least 1.");
            }
        });
    }

    /// <summary>The sweeps named on the command line; <paramref name="fallback"/> when the option is absent.</summary>
    public IReadOnlyList<SweepDefinition> Read(ParseResult parse, IReadOnlyList<SweepDefinition> fallback)
    {
        var values = parse.GetValue(Sweeps);
        return values is null || values.Length == 0 ? fallback : SweepCatalog.Parse(values, "the command line");
    }

    /// <summary>Runs the sweeps under a progress display and prints how long they took.</summary>
    public IReadOnlyList<SweepResult> Run(
        CliConsole console, ParseResult parse, Scenario scenario, IReadOnlyList<SweepDefinition> sweeps, SolveOptions options)
    {
        if (sweeps.Count == 0)
        {
            return [];
        }

        var jobs = parse.GetValue(Jobs);
        var watch = Stopwatch.StartNew();
        var results = console.WithProgress(
            $"Sweeping {scenario.Name}",
            progress => new SweepRunner(MilpSolvers.Create) { MaxDegreeOfParallelism = jobs }
                .Run(scenario, sweeps, options, progress));
        var points = results.Sum(s => s.Points.Count);
        console.Error.WriteLine(
            $"Solved {points} sweep points (B0 and P each) in {watch.Elapsed.TotalSeconds:F1} s with {jobs} at once.");
        return results;
    }
}
