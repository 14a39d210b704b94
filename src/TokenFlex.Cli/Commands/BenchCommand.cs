using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Spectre.Console;
using TokenFlex.Reporting;
using TokenFlex.Scenarios.Benchmarks;

namespace TokenFlex.Cli.Commands;

/// <summary>
/// <c>tokenflex bench</c>: solves fleets of growing size with TokenFlex and with plain HiGHS and prints sizes,
/// build and solve times, objectives, the LP bound, gaps to it and peak memory. Each size runs in its own
/// process so that its peak memory is its own.
/// </summary>
public static class BenchCommand
{
    private const string DefaultSizes = "builtin,3x24x8,10x24x8,10x96x8,30x96x16,100x24x16,3x24x8x10";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Create(CliConsole console)
    {
        var sizes = new Option<string>("--sizes")
        {
            Description = $"Comma-separated sizes campuses x periods x configurations [x scenarios], or 'builtin' (default {DefaultSizes}).",
            DefaultValueFactory = _ => DefaultSizes,
        };
        var timeLimit = new Option<double>("--time-limit") { Description = "Limit per solve [s].", DefaultValueFactory = _ => 120 };
        var gap = new Option<double>("--gap") { Description = "TokenFlex's relative gap target.", DefaultValueFactory = _ => 1e-3 };
        var plain = new Option<bool>("--no-plain") { Description = "Skip the plain-HiGHS comparison." };
        var minuteCommitment = new Option<bool>("--quarter-hour-commitment")
        {
            Description = "Commit instances every 15 minutes in 96-period fleets (default: hourly commitment, 15-minute dispatch).",
        };
        var single = new Option<string?>("--single") { Hidden = true };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Directory for bench.json and bench.csv." };
        var command = new Command("bench", "Benchmark solve time and quality against the LP bound and plain HiGHS on growing fleets.")
        {
            sizes, timeLimit, gap, plain, minuteCommitment, single, output,
        };
        command.SetAction(parse =>
        {
            var runner = new BenchmarkRunner
            {
                TimeLimitSeconds = parse.GetValue(timeLimit),
                RelativeGap = parse.GetValue(gap),
                CompareWithPlainHighs = !parse.GetValue(plain),
            };
            var hourly = !parse.GetValue(minuteCommitment);
            if (parse.GetValue(single) is { } one)
            {
                var row = one == "builtin" ? BuiltInBenchmark.Run(runner) : runner.Run(FleetSize.Parse(one), hourly);
                console.Output.WriteLine(JsonSerializer.Serialize(row, Json));
                return ExitCodes.Success;
            }

            var rows = new List<BenchmarkRow>();
            foreach (var size in parse.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                console.Error.WriteLine($"... {size}");
                rows.Add(RunIsolated(size, parse, timeLimit, gap, plain, minuteCommitment));
            }

            console.Ansi.Profile.Width = Math.Max(console.Ansi.Profile.Width, 200);
            console.Ansi.Write(BenchTable.Render(rows));
            if (parse.GetValue(output) is { } directory)
            {
                Directory.CreateDirectory(directory.FullName);
                AtomicFile.WriteAllText(Path.Combine(directory.FullName, "bench.json"), JsonSerializer.Serialize(rows, Json));
                AtomicFile.WriteAllText(Path.Combine(directory.FullName, "bench.csv"), BenchTable.Csv(rows));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static BenchmarkRow RunIsolated(
        string size, ParseResult parse, Option<double> timeLimit, Option<double> gap, Option<bool> plain, Option<bool> minuteCommitment)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var arg in new[] { "bench", "--single", size, "--time-limit", F(parse.GetValue(timeLimit)), "--gap", F(parse.GetValue(gap)) })
        {
            start.ArgumentList.Add(arg);
        }

        if (parse.GetValue(plain))
        {
            start.ArgumentList.Add("--no-plain");
        }

        if (parse.GetValue(minuteCommitment))
        {
            start.ArgumentList.Add("--quarter-hour-commitment");
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = text.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith('{'));
        return line is null
            ? new BenchmarkRow { Size = size, Status = $"failed (exit {process.ExitCode})" }
            : JsonSerializer.Deserialize<BenchmarkRow>(line, Json)!;
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
