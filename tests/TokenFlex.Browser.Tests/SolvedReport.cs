using TokenFlex.Optimization.Solvers;
using TokenFlex.Reporting.Html;
using TokenFlex.Reporting.Plots;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Strategies;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Browser.Tests;

/// <summary>
/// A report built from real solves, shared by the browser tests: the built-in three-campus case with B0, B1, B2,
/// B3 and P, and the carbon-price sweep at two values, written into a fresh temporary directory. Built inside the
/// test (not as a fixture), so that a skipped browser test solves nothing.
/// </summary>
public sealed class SolvedReport : IDisposable
{
    private SolvedReport()
    {
        var scenario = PlanningService.BuiltInScenario();
        var options = new SolveOptions { RelativeGap = 1e-3, TimeLimitSeconds = 60 };
        var results = new PlanningService().Run(scenario, options, StrategyCatalog.Main);
        var sweeps = new SweepRunner(MilpSolvers.Create).Run(
            scenario, [SweepCatalog.CarbonPrice with { Values = [0, 120] }], options);
        Directory = Path.Combine(Path.GetTempPath(), "tokenflex-browser-" + Guid.NewGuid().ToString("N"));
        Content = new ReportContent { Scenario = scenario, Results = results, Sweeps = sweeps, GeneratedAtUtc = DateTimeOffset.UtcNow };
        Plots = ReportPlots.Create(results, sweeps);
        HtmlPath = ReportFiles.Write(Directory, Content);
    }

    /// <summary>Solves the case and writes its report.</summary>
    public static SolvedReport Create() => new();

    public string Directory { get; }

    public string HtmlPath { get; }

    public ReportContent Content { get; }

    /// <summary>The plots as the report renders them (same ids).</summary>
    public ReportPlots Plots { get; }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
