namespace TokenFlex.Browser.Tests;

/// <summary>
/// Where Debian's chromium is and whether the browser tests must run. CI (<c>.ci/run</c>) installs chromium and
/// sets <c>TOKENFLEX_REQUIRE_BROWSER=1</c>, so a missing browser fails there; elsewhere the tests are skipped with
/// a message saying how to run them.
/// </summary>
internal static class Chromium
{
    /// <summary>The browser executable: <c>TOKENFLEX_CHROMIUM</c> when set, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("TOKENFLEX_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>True when <c>TOKENFLEX_REQUIRE_BROWSER=1</c>: a missing browser is then a failure, not a skip.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("TOKENFLEX_REQUIRE_BROWSER") == "1";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Arguments for a headless run in a container: no sandbox, no GPU, nothing fetched in the background.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];
}

/// <summary>
/// A fact that needs chromium: skipped with a visible reason when the browser is missing and
/// <c>TOKENFLEX_REQUIRE_BROWSER</c> is not set; run (and so failing on the missing browser) when it is.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.Required)
        {
            Skip = $"chromium not found at {Chromium.ExecutablePath}: install it (apt-get install -y chromium) to run the "
                   + "browser tests; CI sets TOKENFLEX_REQUIRE_BROWSER=1 so that they fail there instead.";
        }
    }
}
