using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using TokenFlex.Reporting;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Stochastic;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Cli.Commands;

/// <summary>
/// <c>tokenflex stochastic</c>: the two-stage stochastic plan (reading B) over scenarios from the file or the
/// built-in generator, with its value: VSS against the mean-value plan and EVPI against perfect information.
/// </summary>
public static class StochasticCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(CliConsole console)
    {
        var scenarioFile = new Option<FileInfo?>("--scenario") { Description = "Scenario file; the built-in case when omitted." };
        var count = new Option<int>("--scenarios")
        {
            Description = "Scenarios to generate when the file has none (forecast errors, seeded).",
            DefaultValueFactory = _ => 5,
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the scenario generator.", DefaultValueFactory = _ => 1 };
        var penalty = new Option<double>("--unserved-penalty")
        {
            Description = "Price of an unserved token [USD/Mtok] in every problem (the mean-value plan may lack capacity).",
            DefaultValueFactory = _ => 100,
        };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Directory for the RP, EV and EEV plans and stochastic.json." };
        var solver = new SolverOptions();
        var command = new Command("stochastic", "Two-stage stochastic plan of strategy P with VSS and EVPI.")
        {
            scenarioFile, count, seed, penalty, output,
        };
        solver.AddTo(command);
        command.SetAction(parse =>
        {
            using var cancel = CancellationHandler.Install(console);
            var scenario = PlanningService.Load(parse.GetValue(scenarioFile)?.FullName);
            if (scenario.StochasticScenarios.Count == 0)
            {
                scenario = ScenarioGenerator.WithScenarios(scenario, Math.Max(1, parse.GetValue(count)), parse.GetValue(seed));
            }

            var restrictions = StrategyCatalog.P.Restrictions with { UnservedPenaltyUsdPerMtok = parse.GetValue(penalty) };
            var report = console.WithProgress("Stochastic plan", progress => new StochasticAnalysis(Optimization.Solvers.MilpSolvers.Create)
                .Run(scenario, restrictions, solver.Read(parse, cancel.Token), progress: progress));
            console.Ansi.Write(Table(report));
            if (parse.GetValue(output) is { } directory)
            {
                new RunOutputWriter().Write(directory.FullName, scenario.Name,
                    [report.RecourseProblem, report.MeanValue, report.ExpectedOfMeanValue]);
                AtomicFile.WriteAllText(Path.Combine(directory.FullName, "stochastic.json"), Json(report));
                console.Output.WriteLine($"Wrote RP, EV and EEV plans and stochastic.json to {directory.FullName}.");
            }

            return report.Complete ? ExitCodes.Success : ExitCodes.NoPlan;
        });
        return command;
    }

    private static Table Table(StochasticReport r)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Value of the stochastic solution[/]");
        table.AddColumn("Quantity");
        table.AddColumn(new TableColumn("USD").RightAligned());
        table.AddColumn("Meaning");
        table.AddRow("RP", F(r.RpUsd), "expected cost of the two-stage stochastic plan");
        table.AddRow("EV", F(r.EvUsd), "cost of the mean-value plan on mean data");
        table.AddRow("EEV", F(r.EevUsd), "expected cost of the mean-value plan's stage 1 in every scenario");
        table.AddRow("WS", F(r.WsUsd), "expected cost with perfect information");
        table.AddRow("[bold]VSS[/]", F(r.VssUsd), "EEV − RP: what modelling uncertainty saves");
        table.AddRow("[bold]EVPI[/]", F(r.EvpiUsd), "RP − WS: what a perfect forecast would be worth");
        foreach (var (scenario, i) in r.RecourseProblem.Scenarios.Select((s, i) => (s, i)))
        {
            table.AddRow($"RP in {Markup.Escape(scenario.Id)}", F(scenario.Result.Costs.ObjectiveUsd), $"probability {scenario.Probability:0.###}");
        }

        return table;
    }

    private static string Json(StochasticReport r) => JsonSerializer.Serialize(new
    {
        rpUsd = r.RpUsd,
        evUsd = r.EvUsd,
        eevUsd = r.EevUsd,
        wsUsd = r.WsUsd,
        vssUsd = r.VssUsd,
        evpiUsd = r.EvpiUsd,
        scenarios = r.RecourseProblem.Scenarios.Select(s => new { id = s.Id, probability = s.Probability, costUsd = s.Result.Costs.ObjectiveUsd }),
        waitAndSee = r.WaitAndSee.Select(w => new { name = w.Strategy, costUsd = w.Costs.ObjectiveUsd, status = w.Solve.Status.ToString() }),
    }, Indented) + "\n";

    private static string F(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
