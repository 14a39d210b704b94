using System.CommandLine;
using TokenFlex.Data;
using TokenFlex.Reporting;
using TokenFlex.Scenarios.Operations;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Cli.Commands;

/// <summary>
/// <c>tokenflex redispatch</c>: a committed plan (stage-one.json from <c>run --out</c>) re-dispatched on
/// realised data (a short-notice DR event, a price spike, a demand surge), with stage 1 fixed or a bounded
/// recourse on instances; prints what changed and the cost of the surprise.
/// </summary>
public static class RedispatchCommand
{
    public static Command Create(CliConsole console)
    {
        var plan = new Option<FileInfo>("--plan") { Description = "stage-one.json of the committed plan (DIR/P/stage-one.json).", Required = true };
        var realised = new Option<FileInfo>("--realised") { Description = "Realised data: an overlay JSON (see docs/operations.md).", Required = true };
        var scenarioFile = new Option<FileInfo?>("--scenario") { Description = "The forecast scenario the plan was made on; the built-in case when omitted." };
        var recourse = new Option<int>("--recourse")
        {
            Description = "Instances each deployment may move away from the plan per commitment period (0 = stage 1 fixed).",
            DefaultValueFactory = _ => 0,
        };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Directory for the planned and realised plans." };
        var solver = new SolverOptions();
        var command = new Command("redispatch", "Re-dispatch a committed plan on realised data and report what changed.")
        {
            plan, realised, scenarioFile, recourse, output,
        };
        solver.AddTo(command);
        command.SetAction(parse =>
        {
            using var cancel = CancellationHandler.Install(console);
            var forecast = PlanningService.Load(parse.GetValue(scenarioFile)?.FullName);
            var actual = RealisedDataReader.ReadFile(parse.GetValue(realised)!.FullName, forecast);
            var decisions = StageOneJson.ReadFile(parse.GetValue(plan)!.FullName);
            var result = console.WithProgress("Re-dispatch", _ => new Redispatcher(Optimization.Solvers.MilpSolvers.Create).Run(
                forecast, actual, decisions, StrategyCatalog.P.Restrictions, solver.Read(parse, cancel.Token), parse.GetValue(recourse)));
            console.Ansi.Write(Rendering.ResultTables.Costs([result.Planned, result.Realised]));
            console.Ansi.Write(Rendering.ResultTables.Operations([result.Planned, result.Realised]));
            console.Output.WriteLine($"Cost of the surprise: {result.SurpriseCostUsd.ToString("N2", System.Globalization.CultureInfo.InvariantCulture)} USD");
            foreach (var change in result.Changes)
            {
                console.Output.WriteLine($"  - {change}");
            }

            if (parse.GetValue(output) is { } directory)
            {
                new RunOutputWriter().Write(directory.FullName, forecast.Name, [result.Planned, result.Realised]);
            }

            return result.Realised.HasSolution ? ExitCodes.Success : ExitCodes.NoPlan;
        });
        return command;
    }
}
