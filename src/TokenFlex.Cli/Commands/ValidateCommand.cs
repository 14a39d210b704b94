using System.CommandLine;
using TokenFlex.Scenarios.Planning;

namespace TokenFlex.Cli.Commands;

/// <summary><c>tokenflex validate FILE</c>: check a scenario and list every problem with its JSON path.</summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "Scenario JSON file." };
        var command = new Command("validate", "Check a scenario file; exit code 2 lists every problem with its JSON path.") { file };
        command.SetAction(parse =>
        {
            var scenario = PlanningService.LoadScenario(parse.GetValue(file)!.FullName);
            console.Output.WriteLine(
                $"{scenario.Name}: valid. {scenario.Campuses.Count} campuses, {scenario.Configurations.Count} configurations, "
                + $"{scenario.Classes.Count} classes, {scenario.Origins.Count} origins, {scenario.TimeGrid.PeriodCount} periods "
                + $"of {scenario.TimeGrid.StepHours} h, {scenario.DemandResponseEvents.Count} DR events.");
            return ExitCodes.Success;
        });
        return command;
    }
}
