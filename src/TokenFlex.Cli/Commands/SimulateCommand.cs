using System.CommandLine;
using TokenFlex.Cli.Rendering;
using TokenFlex.Reporting;
using TokenFlex.Reporting.Html;
using TokenFlex.Reporting.Tables;
using TokenFlex.Scenarios.Operations;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Cli.Commands;

/// <summary><c>tokenflex simulate</c>: rolling day-ahead planning and settlement on actual data over several days.</summary>
public static class SimulateCommand
{
    /// <summary>Default output directory of <c>--report</c> without <c>--out</c>.</summary>
    public const string DefaultReportDirectory = "tokenflex-simulation";

    public static Command Create(CliConsole console)
    {
        var scenarioFile = new Option<FileInfo?>("--scenario") { Description = "One-day template scenario; the built-in case when omitted." };
        var days = new Option<int>("--days") { Description = "Days to simulate.", DefaultValueFactory = _ => 7 };
        var seed = new Option<int>("--seed") { Description = "Seed of the actual-data draws.", DefaultValueFactory = _ => 1 };
        var recourse = new Option<int>("--recourse")
        {
            Description = "Intraday recourse: instances a deployment may move from the plan per hour.",
            DefaultValueFactory = _ => 64,
        };
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = $"Directory for {SimulationCsvWriter.DaysFile} and {SimulationCsvWriter.PeriodsFile} (and "
                          + $"{SimulationReport.FileName} with --report). It then holds this simulation's files only.",
        };
        var report = new Option<bool>("--report")
        {
            Description = $"Also write {SimulationReport.FileName} (self-contained, opens offline; plan vs actual) and "
                          + $"plots/*.svg|png into --out (default {DefaultReportDirectory}).",
        };
        var solver = new SolverOptions();
        solver.Gap.DefaultValueFactory = _ => 1e-3;
        solver.TimeLimit.DefaultValueFactory = _ => 30;
        var command = new Command("simulate", "Rolling horizon: plan each day on its forecast, settle on actuals, carry the state.")
        {
            scenarioFile, days, seed, recourse, output, report,
        };
        solver.AddTo(command);
        command.SetAction(parse =>
        {
            using var cancel = CancellationHandler.Install(console);
            var template = PlanningService.Load(parse.GetValue(scenarioFile)?.FullName);
            var results = console.WithProgress("Simulation", progress => new RollingHorizon(Optimization.Solvers.MilpSolvers.Create).Run(
                template, Math.Max(1, parse.GetValue(days)), StrategyCatalog.P.Restrictions, solver.Read(parse, cancel.Token),
                parse.GetValue(seed), progress: progress, instanceRecourse: parse.GetValue(recourse)));
            console.Ansi.Write(TextTable.Create(SimulationTable.Title, SimulationTable.Columns, SimulationTable.Rows(results)));
            var withReport = parse.GetValue(report);
            var directory = parse.GetValue(output)?.FullName ?? (withReport ? Path.GetFullPath(DefaultReportDirectory) : null);
            if (directory is not null)
            {
                Write(console, directory, template.Name, results, withReport);
            }

            return results.All(d => d.Actual.HasSolution) ? ExitCodes.Success : ExitCodes.NoPlan;
        });
        return command;
    }

    private static void Write(
        CliConsole console, string directory, string scenarioName, IReadOnlyList<DayResult> days, bool withReport)
    {
        var files = new SimulationOutputWriter().Write(directory, scenarioName, days, withReport);
        console.Output.WriteLine(
            $"Wrote {files.Count} files to {directory} ({SimulationCsvWriter.DaysFile}, {SimulationCsvWriter.PeriodsFile}"
            + (withReport ? $", {SimulationReport.FileName}, {ReportFiles.PlotsFolder}/" : "") + ").");
        if (withReport)
        {
            console.Output.WriteLine($"Report: {Path.Combine(directory, SimulationReport.FileName)}");
        }
    }
}
