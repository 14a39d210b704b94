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
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.ExecutablePath,
                Headless = true,
                Args = Chromium.Arguments,
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    problems.Add(message.Text);
                }
            };
            page.PageError += (_, error) => problems.Add(error);
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    problems.Add("fetched " + request.Url);
                }
            };

            // Act
            await page.GotoAsync(new Uri(Path.Combine(directory, SimulationReport.FileName)).AbsoluteUri);
            var title = await page.TitleAsync();
            var drawn = new Dictionary<string, (float Width, int Elements)>();
            foreach (var id in expectedIds)
            {
                var svg = page.Locator($"figure.plot#{id} > svg");
                (await svg.CountAsync()).ShouldBe(1, id);
                drawn[id] = ((await svg.BoundingBoxAsync())?.Width ?? 0, await svg.Locator("path, text, rect").CountAsync());
            }

            var rows = await page.Locator("#table-days tbody tr").CountAsync();
            var screenshot = Artifacts.PathOf("browser", "simulation.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

            // Assert: both days settled; one row per day and the total.
            days.Count.ShouldBe(2);
            title.ShouldBe(SimulationReport.TitleOf(scenario.Name));
            foreach (var (id, (width, elements)) in drawn)
            {
                width.ShouldBeGreaterThan(400, id);
                elements.ShouldBeGreaterThan(20, id);
            }

            rows.ShouldBe(3);
            problems.ShouldBeEmpty();
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
