using Microsoft.Playwright;

namespace TokenFlex.Browser.Tests;

/// <summary>
/// A local HTML file opened in Debian's headless Chromium, recording console errors, page errors and every request
/// that leaves the file system (a self-contained page makes none).
/// </summary>
internal sealed class OfflinePage : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OfflinePage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => Errors.Add(error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                Remote.Add(request.Url);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Console and page errors.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>URLs requested from anywhere but the file system.</summary>
    public List<string> Remote { get; } = [];

    /// <summary>Opens <paramref name="htmlPath"/> in a 1280 × 900 viewport and waits for the load event.</summary>
    public static async Task<OfflinePage> OpenAsync(string htmlPath)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var opened = new OfflinePage(playwright, browser, page);
        await page.GotoAsync(new Uri(htmlPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }

    /// <summary>Width, height and number of drawn elements of the SVG of <c>figure.plot#id</c>; fails unless there is one.</summary>
    public async Task<(float Width, float Height, int Elements)> PlotAsync(string id)
    {
        var svg = Page.Locator($"figure.plot#{id} > svg");
        (await svg.CountAsync()).ShouldBe(1, id);
        var box = await svg.BoundingBoxAsync();
        return (box?.Width ?? 0, box?.Height ?? 0, await svg.Locator("path, text, rect").CountAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
