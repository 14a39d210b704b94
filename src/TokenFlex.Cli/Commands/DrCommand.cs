using System.CommandLine;
using TokenFlex.Cli.Rendering;
using TokenFlex.Core.Domain;
using TokenFlex.OpenAdr.Mapping;
using TokenFlex.OpenAdr.Model;
using TokenFlex.OpenAdr.Planning;
using TokenFlex.OpenAdr.Reading;
using TokenFlex.OpenAdr.Ven;
using TokenFlex.Scenarios.Planning;

namespace TokenFlex.Cli.Commands;

/// <summary>
/// <c>tokenflex dr events FILE|--vtn URL …</c>: read OpenADR 3 events from a file or a VTN, apply them to the scenario,
/// solve P with and without them, print what changed and write (optionally POST) the OpenADR reports.
/// </summary>
public static class DrCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new DrOptions();
        var events = new Command("events", "Read OpenADR 3 events (a JSON file or a VTN), apply them to the scenario, "
                                           + "solve P with and without them and write the OpenADR reports.");
        options.AddTo(events);
        events.SetAction(parse => Run(console, options, parse));
        return new Command("dr", "Demand response over OpenADR 3.") { events };
    }

    private static int Run(CliConsole console, DrOptions options, ParseResult parse)
    {
        using var cancel = CancellationHandler.Install(console);
        var scenario = PlanningService.Load(parse.GetValue(options.Scenario)?.FullName);
        var mapping = options.Mapping(parse);
        var version = parse.GetValue(options.Version) == "3.0" ? OpenAdrVersion.V30 : OpenAdrVersion.V31;
        using var ven = options.Ven(parse, version);
        try
        {
            var (programs, events) = Read(console, parse, options, ven);
            var solve = options.Solver.Read(parse, cancel.Token);
            var outcome = console.WithProgress("Planning with the OpenADR events",
                progress => new DrEventPlanner().Plan(scenario, events, mapping, programs, solve, progress));
            DrTables.Render(console, outcome);
            if (!outcome.With.HasSolution || !outcome.Without.HasSolution)
            {
                return ExitCodes.NoPlan;
            }

            var reports = DrEventPlanner.Reports(outcome, mapping, parse.GetValue(options.ClientName)!, version);
            Write(console, parse.GetValue(options.Output), reports);
            if (parse.GetValue(options.PostReport) && ven is not null)
            {
                foreach (var (eventId, json) in reports)
                {
                    ven.PostReportAsync(json, cancel.Token).GetAwaiter().GetResult();
                    console.Output.WriteLine($"Posted the report for event {eventId} to the VTN.");
                }
            }

            return ExitCodes.Success;
        }
        catch (VenException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
    }

    private static (IReadOnlyList<OpenAdrProgram> Programs, IReadOnlyList<OpenAdrEvent> Events) Read(
        CliConsole console, ParseResult parse, DrOptions options, VenClient? ven)
    {
        if (ven is null)
        {
            var file = parse.GetValue(options.File)!;
            var fromFile = OpenAdrReader.ReadEventsFile(file.FullName);
            console.Output.WriteLine($"Read {fromFile.Count} OpenADR event(s) from {file.Name}.");
            return ([], fromFile);
        }

        var poll = ven.PollAsync().GetAwaiter().GetResult();
        console.Output.WriteLine($"Read {poll.Programs.Count} program(s) and {poll.Events.Count} event(s) from the VTN.");
        return (poll.Programs, poll.Events);
    }

    private static void Write(CliConsole console, DirectoryInfo? directory, IReadOnlyDictionary<string, string> reports)
    {
        if (directory is null)
        {
            return;
        }

        directory.Create();
        foreach (var (eventId, json) in reports)
        {
            var path = Path.Combine(directory.FullName, $"openadr-report-{eventId}.json");
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, json);
            File.Move(temporary, path, overwrite: true);
        }

        console.Output.WriteLine($"Wrote {reports.Count} OpenADR report(s) to {directory.FullName}.");
    }
}
