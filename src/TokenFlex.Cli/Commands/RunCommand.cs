using System.CommandLine;
using TokenFlex.Cli.Rendering;
using TokenFlex.Optimization.Results;
using TokenFlex.Reporting;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Cli.Commands;

/// <summary><c>tokenflex run</c>: solve the built-in case (or a scenario file) and report.</summary>
public static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Option<FileInfo?>("--scenario") { Description = "Scenario JSON file; the built-in three-campus case when omitted." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Directory for summary.json, plan.json and CSV schedules." };
        var strategies = new Option<string[]>("--strategies")
        {
            Description = "Strategies to solve, e.g. B0,P (default: B0 B1 B2 B3 P P-local P-static).",
            AllowMultipleArgumentsPerToken = true,
        };
        var baseline = new Option<DrBaselineSource>("--dr-baseline")
        {
            Description = "DR baseline of two-pass campuses: bau (B0's load, common to all strategies; default) or own.",
            DefaultValueFactory = _ => DrBaselineSource.Bau,
        };
        var solver = new SolverOptions();
        var unserved = new UnservedOptions();
        var command = new Command("run", "Solve the strategies on the built-in case or a scenario file and print the comparison.")
        {
            scenario,
            output,
            strategies,
            baseline,
        };
        solver.AddTo(command);
        unserved.AddTo(command);
        command.SetAction(parse =>
        {
            using var cancel = CancellationHandler.Install(console);
            var loaded = PlanningService.Load(parse.GetValue(scenario)?.FullName);
            var options = solver.Read(parse, cancel.Token);
            var chosen = unserved.Apply(parse, StrategyOption.Parse(parse.GetValue(strategies)));
            var results = console.WithProgress(
                $"Solving {loaded.Name}",
                progress => new PlanningService().Run(loaded, options, chosen, parse.GetValue(baseline), progress));
            Render(console, results);
            DiagnosisOutput.Write(console.Error, loaded, results);
            if (parse.GetValue(output) is { } directory)
            {
                var files = new RunOutputWriter().Write(directory.FullName, loaded.Name, results);
                console.Output.WriteLine($"Wrote {files.Count} files to {directory.FullName} (summary.json, per-strategy plan.json and CSVs).");
            }

            return results.All(r => r.HasSolution) ? ExitCodes.Success : ExitCodes.NoPlan;
        });
        return command;
    }

    private static void Render(CliConsole console, IReadOnlyList<PlanResult> results)
    {
        console.Ansi.Write(ResultTables.Summary(results));
        var main = results.FirstOrDefault(r => r.Strategy == StrategyCatalog.P.Name && r.HasSolution)
            ?? results.LastOrDefault(r => r.HasSolution);
        if (main is not null)
        {
            console.Ansi.Write(ResultTables.Costs(main));
            console.Ansi.Write(ResultTables.Campuses(main));
        }

        foreach (var failed in results.Where(r => !r.HasSolution))
        {
            console.Error.WriteLine($"{failed.Strategy}: {failed.Solve.Status}. {failed.Solve.Message}");
        }
    }
}
