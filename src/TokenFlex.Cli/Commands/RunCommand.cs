using System.CommandLine;
using TokenFlex.Cli.Rendering;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;
using TokenFlex.Reporting;
using TokenFlex.Reporting.Html;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Strategies;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Cli.Commands;

/// <summary><c>tokenflex run</c>: solve the built-in case (or a scenario file) and report.</summary>
public static class RunCommand
{
    /// <summary>Default output directory of <c>--report</c> without <c>--out</c>.</summary>
    public const string DefaultReportDirectory = "tokenflex-out";

    /// <summary>Sweeps that <c>--report</c> runs unless <c>--sweeps</c> says otherwise.</summary>
    public static IReadOnlyList<SweepDefinition> DefaultReportSweeps { get; } = [SweepCatalog.DrReward];

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
        var report = new Option<bool>("--report")
        {
            Description = $"Also write report.html (self-contained, opens offline) and plots/*.svg|png into --out "
                          + $"(default {DefaultReportDirectory}); runs the dr-reward sweep for it unless --sweeps says otherwise.",
        };
        var sweeps = new SweepOptions(
            "Sweeps to run with the plans, for sweeps.json/csv and the report: names, all or none "
            + "(default: dr-reward with --report, none without).");
        var solver = new SolverOptions();
        var unserved = new UnservedOptions();
        var command = new Command("run", "Solve the strategies on the built-in case or a scenario file and print the comparison.")
        {
            scenario,
            output,
            strategies,
            baseline,
            report,
        };
        sweeps.AddTo(command);
        solver.AddTo(command);
        unserved.AddTo(command);
        command.SetAction(parse =>
        {
            using var cancel = CancellationHandler.Install(console);
            var loaded = PlanningService.Load(parse.GetValue(scenario)?.FullName);
            var options = solver.Read(parse, cancel.Token);
            var chosen = unserved.Apply(parse, StrategyOption.Parse(parse.GetValue(strategies)));
            var withReport = parse.GetValue(report);
            var chosenSweeps = sweeps.Read(parse, withReport ? DefaultReportSweeps : []);
            var results = console.WithProgress(
                $"Solving {loaded.Name}",
                progress => new PlanningService().Run(loaded, options, chosen, parse.GetValue(baseline), progress));
            Render(console, results);
            DiagnosisOutput.Write(console.Error, loaded, results);
            var swept = sweeps.Run(console, parse, loaded, chosenSweeps, options);
            foreach (var sweep in swept)
            {
                console.Ansi.Write(SweepTables.Sweep(sweep));
            }

            var directory = parse.GetValue(output)?.FullName ?? (withReport ? Path.GetFullPath(DefaultReportDirectory) : null);
            if (directory is not null)
            {
                Write(console, directory, loaded, results, swept, withReport);
            }

            return results.All(r => r.HasSolution) ? ExitCodes.Success : ExitCodes.NoPlan;
        });
        return command;
    }

    private static void Write(
        CliConsole console, string directory, Scenario scenario, IReadOnlyList<PlanResult> results,
        IReadOnlyList<SweepResult> sweeps, bool withReport)
    {
        var files = new RunOutputWriter { Scenario = scenario }.Write(directory, scenario.Name, results, at =>
        [
            .. sweeps.Count > 0 ? SweepOutputWriter.Staged(scenario.Name, sweeps, at) : [],
            .. withReport
                ? ReportFiles.Create(new ReportContent { Scenario = scenario, Results = results, Sweeps = sweeps, GeneratedAtUtc = at })
                : [],
        ]);
        console.Output.WriteLine(
            $"Wrote {files.Count} files to {directory} (summary.json, per-strategy plan.json, stage-one.json, CSVs, "
            + "serving-plan.json and reopt-results.json"
            + (sweeps.Count > 0 ? ", sweeps.json, sweeps.csv" : "")
            + (withReport ? $", {ReportFiles.ReportName}, {ReportFiles.PlotsFolder}/" : "") + ").");
        if (withReport)
        {
            console.Output.WriteLine($"Report: {Path.Combine(directory, ReportFiles.ReportName)}");
        }
    }

    private static void Render(CliConsole console, IReadOnlyList<PlanResult> results)
    {
        console.Ansi.Write(ResultTables.Costs(results));
        console.Ansi.Write(ResultTables.Operations(results));
        var main = results.FirstOrDefault(r => r.Strategy == StrategyCatalog.P.Name && r.HasSolution)
            ?? results.LastOrDefault(r => r.HasSolution);
        if (main is not null)
        {
            console.Ansi.Write(ResultTables.Campuses(main));
        }

        foreach (var failed in results.Where(r => !r.HasSolution))
        {
            console.Error.WriteLine($"{failed.Strategy}: {failed.Solve.Status}. {failed.Solve.Message}");
        }
    }
}
