using Microsoft.Playwright;
using TokenFlex.Reporting.Html;

namespace TokenFlex.Browser.Tests;

/// <summary>The HTML report opened in a real headless Chromium (Debian's), offline.</summary>
public sealed class ReportPageTests
{
    [BrowserFact]
    public async Task Open_SolvedBuiltInReport_ShowsEveryPlotWithoutErrorsOrNetwork()
    {
        // Arrange
        Chromium.IsInstalled.ShouldBeTrue($"chromium is required (TOKENFLEX_REQUIRE_BROWSER=1) but {Chromium.ExecutablePath} is missing");
        string[] expectedIds =
        [
            "plot-waterfall", "plot-power-caiso", "plot-power-ercot", "plot-power-pjm", "plot-precision", "plot-dr-pjm",
            "plot-sweep-carbon-price",
        ];
        using var report = SolvedReport.Create();
        report.Plots.All.Select(p => p.Id).ShouldBe(expectedIds, ignoreOrder: true);
        await using var opened = await OfflinePage.OpenAsync(report.HtmlPath);
        var page = opened.Page;

        // Act
        var title = await page.TitleAsync();
        var boxes = new Dictionary<string, (float Width, float Height, int Elements)>();
        foreach (var id in expectedIds)
        {
            boxes[id] = await opened.PlotAsync(id);
        }

        var screenshot = Artifacts.PathOf("browser", "report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        // Assert
        title.ShouldBe(HtmlReport.TitleOf(report.Content.Scenario.Name));
        foreach (var (id, (width, height, elements)) in boxes)
        {
            width.ShouldBeGreaterThan(400, id);
            height.ShouldBeGreaterThan(150, id);
            elements.ShouldBeGreaterThan(20, id);
        }

        (await page.Locator("figure.plot").CountAsync()).ShouldBe(expectedIds.Length);
        (await page.Locator("#table-costs tbody tr").CountAsync()).ShouldBe(5);
        opened.Errors.ShouldBeEmpty();
        opened.Remote.ShouldBeEmpty();
        new FileInfo(screenshot).Length.ShouldBeGreaterThan(10_000);
    }
}
