using System.CommandLine;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Cli.Commands;

/// <summary><c>tokenflex export</c>: write the model of strategy P as MPS or LP, for any other solver.</summary>
public static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Option<FileInfo?>("--scenario") { Description = "Scenario JSON file; the built-in case when omitted." };
        var format = new Option<string>("--format")
        {
            Description = "mps (default) or lp.",
            DefaultValueFactory = _ => "mps",
        };
        format.AcceptOnlyFromAmong("mps", "lp");
        var output = new Option<FileInfo?>("--out") { Description = "Output file; model.mps or model.lp when omitted." };
        var strategy = new Option<string>("--strategy")
        {
            Description = "Strategy whose model to write (default P).",
            DefaultValueFactory = _ => "P",
        };
        var baseline = new Option<DrBaselineSource>("--dr-baseline")
        {
            Description = "DR baseline as in `run`: bau (default) or own.",
            DefaultValueFactory = _ => DrBaselineSource.Bau,
        };
        var solver = new SolverOptions();
        var command = new Command(
            "export",
            "Write the model of a strategy (P by default) exactly as `run` solves it, as MPS or LP. "
            + "Settling the DR baseline needs a solve of B0 (or of the strategy without DR) first.")
        {
            scenario,
            format,
            output,
            strategy,
            baseline,
        };
        solver.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = PlanningService.Load(parse.GetValue(scenario)?.FullName);
            var chosen = parse.GetValue(format)!;
            var path = parse.GetValue(output)?.FullName ?? Path.GetFullPath("model." + chosen);
            var definition = StrategyOption.Parse([parse.GetValue(strategy)!])[0];
            var built = new StrategyRunner(MilpSolvers.Create).BuildModel(
                loaded, definition, solver.Read(parse, CancellationToken.None), parse.GetValue(baseline), out var message);
            if (built is null)
            {
                console.Error.WriteLine($"error: {message}");
                return ExitCodes.NoPlan;
            }

            if (chosen == "lp")
            {
                ModelExport.WriteLp(built.Model, path);
            }
            else
            {
                ModelExport.WriteMps(built.Model, path);
            }

            console.Output.WriteLine(
                $"Wrote {path}: {built.Model.VariablesCount()} variables, {built.Model.ConstraintsCount()} constraints; "
                + "objective in k$ (multiply by 1000 for USD).");
            return ExitCodes.Success;
        });
        return command;
    }
}
