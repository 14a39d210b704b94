using System.CommandLine;
using TokenFlex.Cli.Rendering;
using TokenFlex.Reporting;
using TokenFlex.Reporting.Html;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Cli.Commands;

/// <summary>
/// <c>tokenflex sweep</c>: sensitivity of P's saving against B0 to DR reward, workload shape, QoS price, carbon
/// price and precision menu; one table per sweep, <c>sweeps.json</c>/<c>sweeps.csv</c> and an optional HTML report.
/// </summary>
public static class SweepCommand
{
    /// <summary>Default output directory of <c>--report</c> without <c>--out</c>.</summary>
    public const string DefaultReportDirectory = "tokenflex-sweeps";

    public static Command Create(CliConsole console)
    {
        var scenario = new Option<FileInfo?>("--scenario") { Description = "Scenario JSON file; the built-in three-campus case when omitted." };
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = "Directory for sweeps.json and sweeps.csv (and report.html with --report). "
                          + "It then holds this sweep's files only: use another directory than `run --out`.",
        };
        var report = new Option<bool>("--report")
        {
            Description = $"Also write report.html with a plot per sweep, and plots/*.svg|png (into --out, default {DefaultReportDirectory}).",
        };
        var sweeps = new SweepOptions(
            "Sweeps to run, e.g. dr-reward,carbon-price (default all: " + string.Join(", ", SweepCatalog.All.Select(s => s.Name)) + ").");
        var solver = new SolverOptions();
        var command = new Command(
            "sweep",
            "Solve B0 and P at each value of one or more parameters and print how the saving moves. "
            + "Points run in parallel, one single-threaded solve per core.")
        {
            scenario,
            output,
            report,
        };
        sweeps.AddTo(command);
        solver.AddTo(command);
        command.SetAction(parse =>
        {
            using var cancel = CancellationHandler.Install(console);
            var loaded = PlanningService.Load(parse.GetValue(scenario)?.FullName);
            var chosen = sweeps.Read(parse, SweepCatalog.All);
            var results = sweeps.Run(console, parse, loaded, chosen, solver.Read(parse, cancel.Token));
            foreach (var sweep in results)
            {
                console.Ansi.Write(SweepTables.Sweep(sweep));
            }

            var withReport = parse.GetValue(report);
            var directory = parse.GetValue(output)?.FullName ?? (withReport ? Path.GetFullPath(DefaultReportDirectory) : null);
            if (directory is not null)
            {
                var files = new SweepOutputWriter().Write(
                    directory, loaded.Name, results,
                    withReport ? at => ReportFiles.Create(new ReportContent { Scenario = loaded, Sweeps = results, GeneratedAtUtc = at }) : null);
                console.Output.WriteLine($"Wrote {files.Count} files to {directory} (sweeps.json, sweeps.csv{(withReport ? ", report.html, plots/" : "")}).");
            }

            return results.All(s => s.Points.All(p => p.Baseline.HasSolution && p.Proposed.HasSolution))
                ? ExitCodes.Success
                : ExitCodes.NoPlan;
        });
        return command;
    }
}
