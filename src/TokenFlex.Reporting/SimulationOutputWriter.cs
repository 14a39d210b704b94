using TokenFlex.Reporting.Html;
using TokenFlex.Reporting.Plots;
using TokenFlex.Scenarios.Operations;

namespace TokenFlex.Reporting;

/// <summary>
/// Writes the output of one <c>tokenflex simulate</c>: <c>simulation.csv</c>, <c>simulation-periods.csv</c> and,
/// with the report, <c>simulation.html</c> and <c>plots/*.svg|png</c>, then <c>manifest.json</c>, as one run of
/// <see cref="OutputDirectory"/>: the directory then holds exactly this run's files (a previous run's are replaced).
/// </summary>
/// <param name="timeProvider">Source of the run's timestamp; the system clock when null.</param>
public sealed class SimulationOutputWriter(TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;

    /// <summary>Writes a simulation into <paramref name="directory"/>, replacing the previous run's files.</summary>
    /// <param name="directory">Output directory; created if missing.</param>
    /// <param name="scenarioName">Name of the one-day template scenario.</param>
    /// <param name="days">The simulation's days.</param>
    /// <param name="withReport">Whether to add <c>simulation.html</c> and its plots.</param>
    /// <returns>Full paths of the files written, <c>manifest.json</c> last.</returns>
    public IReadOnlyList<string> Write(string directory, string scenarioName, IReadOnlyList<DayResult> days, bool withReport)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        using var output = OutputDirectory.Begin(directory, _timeProvider);
        var content = new SimulationContent { ScenarioName = scenarioName, Days = days, GeneratedAtUtc = output.GeneratedAtUtc };
        foreach (var file in Staged(content, withReport))
        {
            output.WriteBytes(file.Name, file.Bytes);
        }

        var manifest = output.Commit();
        return
        [
            .. manifest.Files.Select(f => RelativePaths.Combine(output.TargetPath, f.Name)),
            Path.Combine(output.TargetPath, OutputDirectory.ManifestFileName),
        ];
    }

    /// <summary>The files of a simulation, as they are staged: the two tables, then the page and its plot exports.</summary>
    /// <param name="content">The simulation.</param>
    /// <param name="withReport">Whether to add <c>simulation.html</c> and its plots.</param>
    public static IReadOnlyList<OutputFile> Staged(SimulationContent content, bool withReport)
    {
        ArgumentNullException.ThrowIfNull(content);
        var files = new List<OutputFile>
        {
            OutputFile.Text(SimulationCsvWriter.DaysFile, SimulationCsvWriter.Days(content.Days)),
            OutputFile.Text(SimulationCsvWriter.PeriodsFile, SimulationCsvWriter.Periods(content.Days)),
        };
        if (withReport)
        {
            var plots = SimulationPlots.Create(content.Days);
            files.Add(OutputFile.Text(SimulationReport.FileName, SimulationReport.Render(content, plots)));
            files.AddRange(ReportFiles.Exports(plots.All));
        }

        return files;
    }
}
