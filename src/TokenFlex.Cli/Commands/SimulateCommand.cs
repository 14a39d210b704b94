using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using TokenFlex.Reporting;
using TokenFlex.Scenarios.Operations;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Cli.Commands;

/// <summary><c>tokenflex simulate</c>: rolling day-ahead planning and settlement on actual data over several days.</summary>
public static class SimulateCommand
{
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
        var output = new Option<DirectoryInfo?>("--out") { Description = "Directory for simulation.csv." };
        var solver = new SolverOptions();
        solver.Gap.DefaultValueFactory = _ => 1e-3;
        solver.TimeLimit.DefaultValueFactory = _ => 30;
        var command = new Command("simulate", "Rolling horizon: plan each day on its forecast, settle on actuals, carry the state.")
        {
            scenarioFile, days, seed, recourse, output,
        };
        solver.AddTo(command);
        command.SetAction(parse =>
        {
            using var cancel = CancellationHandler.Install(console);
            var template = PlanningService.Load(parse.GetValue(scenarioFile)?.FullName);
            var results = console.WithProgress("Simulation", progress => new RollingHorizon(Optimization.Solvers.MilpSolvers.Create).Run(
                template, Math.Max(1, parse.GetValue(days)), StrategyCatalog.P.Restrictions, solver.Read(parse, cancel.Token),
                parse.GetValue(seed), progress: progress, instanceRecourse: parse.GetValue(recourse)));
            console.Ansi.Write(Table(results));
            if (parse.GetValue(output) is { } directory)
            {
                Directory.CreateDirectory(directory.FullName);
                AtomicFile.WriteAllText(Path.Combine(directory.FullName, "simulation.csv"), Csv(results));
            }

            return results.All(d => d.Actual.HasSolution) ? ExitCodes.Success : ExitCodes.NoPlan;
        });
        return command;
    }

    private static Table Table(IReadOnlyList<DayResult> days)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Plan vs actual[/]");
        foreach (var header in new[] { "Day", "Plan $", "Actual $", "Surprise $", "Grid MWh plan", "Grid MWh actual", "DR MWh", "Unserved Mtok", "Status" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var d in days)
        {
            table.AddRow(
                d.StartUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), F(d.Plan.Costs.ObjectiveUsd), F(d.Actual.Costs.ObjectiveUsd),
                F(d.Actual.Costs.ObjectiveUsd - d.Plan.Costs.ObjectiveUsd), F(d.Plan.Kpis.GridEnergyMwh, "N1"), F(d.Actual.Kpis.GridEnergyMwh, "N1"),
                F(d.Actual.Kpis.DrDeliveredMwh, "N1"), F(d.Actual.Kpis.UnservedTokens / 1e6, "N1"), d.Actual.Solve.Status.ToString());
        }

        table.AddRow("total", F(days.Sum(d => d.Plan.Costs.ObjectiveUsd)), F(days.Sum(d => d.Actual.Costs.ObjectiveUsd)),
            F(days.Sum(d => d.Actual.Costs.ObjectiveUsd - d.Plan.Costs.ObjectiveUsd)), F(days.Sum(d => d.Plan.Kpis.GridEnergyMwh), "N1"),
            F(days.Sum(d => d.Actual.Kpis.GridEnergyMwh), "N1"), F(days.Sum(d => d.Actual.Kpis.DrDeliveredMwh), "N1"),
            F(days.Sum(d => d.Actual.Kpis.UnservedTokens) / 1e6, "N1"), "");
        return table;
    }

    private static string Csv(IReadOnlyList<DayResult> days)
    {
        var csv = new StringBuilder("dayStartUtc,planCostUsd,actualCostUsd,planGridMwh,actualGridMwh,actualDrDeliveredMwh,unservedTokens,status\n");
        foreach (var d in days)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{ReportFormat.Timestamp(d.StartUtc)},{d.Plan.Costs.ObjectiveUsd:R},{d.Actual.Costs.ObjectiveUsd:R},")
               .Append(CultureInfo.InvariantCulture, $"{d.Plan.Kpis.GridEnergyMwh:R},{d.Actual.Kpis.GridEnergyMwh:R},{d.Actual.Kpis.DrDeliveredMwh:R},")
               .Append(CultureInfo.InvariantCulture, $"{d.Actual.Kpis.UnservedTokens:R},{d.Actual.Solve.Status}\n");
        }

        return csv.ToString();
    }

    private static string F(double value, string format = "N0") => value.ToString(format, CultureInfo.InvariantCulture);
}
