using Microsoft.Playwright;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Reporting;
using TokenFlex.Reporting.Html;
using TokenFlex.Reporting.Plots;
using TokenFlex.Scenarios.Operations;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Browser.Tests;

/// <summary><c>simulation.html</c> of a real two-day simulation of the built-in case, opened in headless Chromium.</summary>
public sealed class SimulationPageTests
{
    [BrowserFact]
    public async Task Open_TwoDaySimulation_DrawsEveryPlotWithoutErrorsOrNetwork()
    {
        // Arrange: solved inside the test, so that a skipped test solves nothing (about 25 s).
        Chromium.IsInstalled.ShouldBeTrue($"chromium is required (TOKENFLEX_REQUIRE_BROWSER=1) but {Chromium.ExecutablePath} is missing");
        var scenario = PlanningService.BuiltInScenario();
        var days = new RollingHorizon(MilpSolvers.Create).Run(
            scenario, 2, StrategyCatalog.P.Restrictions, new SolveOptions { RelativeGap = 1e-3, TimeLimitSeconds = 30 }, seed: 1);
        var directory = Path.Combine(Path.GetTempPath(), "tokenflex-browser-" + Guid.NewGuid().ToString("N"));
        string[] expectedIds = [SimulationImportPlot.FleetId, SimulationImportPlot.CampusesId, DailyCostPlot.Id];
        try
        {
            new SimulationOutputWriter().Write(directory, scenario.Name, days, withReport: true);
            await using var opened = await OfflinePage.OpenAsync(Path.Combine(directory, SimulationReport.FileName));
            var page = opened.Page;

            // Act
            var title = await page.TitleAsync();
            var drawn = new Dictionary<string, (float Width, float Height, int Elements)>();
            foreach (var id in expectedIds)
            {
                drawn[id] = await opened.PlotAsync(id);
            }

            var rows = await page.Locator("#table-days tbody tr").CountAsync();
            var screenshot = Artifacts.PathOf("browser", "simulation.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

            // Assert: both days settled; one row per day and the total.
            days.Count.ShouldBe(2);
            title.ShouldBe(SimulationReport.TitleOf(scenario.Name));
            foreach (var (id, (width, _, elements)) in drawn)
            {
                width.ShouldBeGreaterThan(400, id);
                elements.ShouldBeGreaterThan(20, id);
            }

            rows.ShouldBe(3);
            opened.Errors.ShouldBeEmpty();
            opened.Remote.ShouldBeEmpty();
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
