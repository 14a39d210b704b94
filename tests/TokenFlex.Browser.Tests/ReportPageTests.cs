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
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        var remote = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                remote.Add(request.Url);
            }
        };

        // Act
        await page.GotoAsync(new Uri(report.HtmlPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var title = await page.TitleAsync();
        var boxes = new Dictionary<string, (float Width, float Height, int Elements)>();
        foreach (var id in expectedIds)
        {
            var svg = page.Locator($"figure.plot#{id} > svg");
            (await svg.CountAsync()).ShouldBe(1, id);
            var box = await svg.BoundingBoxAsync();
            var elements = await svg.Locator("path, text, rect").CountAsync();
            boxes[id] = (box?.Width ?? 0, box?.Height ?? 0, elements);
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
        errors.ShouldBeEmpty();
        remote.ShouldBeEmpty();
        new FileInfo(screenshot).Length.ShouldBeGreaterThan(10_000);
    }
}
