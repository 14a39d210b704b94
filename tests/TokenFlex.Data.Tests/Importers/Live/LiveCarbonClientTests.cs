using System.Text;
using TokenFlex.Core.Domain;
using TokenFlex.Data.Importers.Carbon.Live;
using static TokenFlex.Data.Tests.Importers.Live.ReplayServer;

namespace TokenFlex.Data.Tests.Importers.Live;

/// <summary>The live clients against a local server that replays recorded-format responses; no network.</summary>
public sealed class LiveCarbonClientTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 24, 7, 0, 0, TimeSpan.Zero);
    private static readonly CarbonRequest History = new(Start, Start.AddHours(2));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly string _cacheDirectory =
        Path.Combine(Path.GetTempPath(), "tokenflex-live-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _http.Dispose();
        if (Directory.Exists(_cacheDirectory))
        {
            Directory.Delete(_cacheDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task ElectricityMaps_PastRange_SendsTheTokenAndParsesTheResponse()
    {
        // Arrange
        using var server = new ReplayServer(_ => (200, Recorded("em-past-range.json")));
        var client = new ElectricityMapsClient(_http, "em-secret", server.BaseAddress);

        // Act
        var result = await new CarbonSourceChain([new CarbonSource(client, "US-CAL-CISO")]).GetAsync(History);

        // Assert
        server.Requests.Single().PathAndQuery.ShouldBe("/v3/carbon-intensity/past-range?zone=US-CAL-CISO&start="
                                                      + "2025-03-24T07%3A00%3A00Z&end=2025-03-24T09%3A00%3A00Z"
                                                      + "&emissionFactorType=lifecycle");
        server.Requests.Single().AuthToken.ShouldBe("em-secret");
        result.Series.Points.Select(p => p.Value).ShouldBe([157, 151]);
        (result.Series.SignalType, result.Series.Scope).ShouldBe((CarbonSignalType.Average, EmissionScope.Lifecycle));
    }

    [Fact]
    public async Task WattTime_LogsInOnceAndRenewsTheTokenAfterA401()
    {
        // Arrange: the first data request is refused as if the token had expired.
        var dataRequests = 0;
        var logins = 0;
        using var server = new ReplayServer(request => request.Url!.AbsolutePath switch
        {
            "/login" => (200, $"{{ \"token\": \"token-{++logins}\" }}"),
            _ => ++dataRequests == 1 ? (401, "{\"error\":\"token expired\"}") : (200, Recorded("watttime-historical.json")),
        });
        using var client = new WattTimeClient(_http, "user", "pass", server.BaseAddress);
        var chain = new CarbonSourceChain([new CarbonSource(client, "CAISO_NORTH")]);

        // Act
        var first = await chain.GetAsync(History);
        var second = await chain.GetAsync(History);

        // Assert: login, refused data, login, data, data (token reused).
        server.Requests.Select(r => r.PathAndQuery.Split('?')[0]).ShouldBe(
            ["/login", "/v3/historical", "/login", "/v3/historical", "/v3/historical"]);
        server.Requests[0].Authorization.ShouldBe("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:pass")));
        server.Requests[4].Authorization.ShouldBe("Bearer token-2");
        first.Series.Points[0].Value.ShouldBe(950 * 0.45359237, 1e-9);
        second.Series.SignalType.ShouldBe(CarbonSignalType.Marginal);
    }

    [Fact]
    public async Task Chain_FirstProviderFails_FallsBackAndRecordsWhy()
    {
        // Arrange
        using var broken = new ReplayServer(_ => (503, "{\"message\":\"maintenance\"}"));
        using var sdk = new ReplayServer(_ => (200, Recorded("cas-bylocations.json")));
        var chain = new CarbonSourceChain(
        [
            new CarbonSource(new ElectricityMapsClient(_http, "em-secret", broken.BaseAddress), "US-CAL-CISO"),
            new CarbonSource(new CarbonAwareSdkClient(_http, sdk.BaseAddress), "westus"),
        ]);

        // Act
        var result = await chain.GetAsync(History);

        // Assert
        result.Provider.ShouldBe("carbon-aware-sdk");
        result.Series.Points.Select(p => p.Value).ShouldBe([160.5, 150]);
        result.Failures.Single().ShouldStartWith("electricitymaps (US-CAL-CISO): electricitymaps: 503 Service Unavailable");
        sdk.Requests.Single().PathAndQuery.ShouldBe(
            "/emissions/bylocations?location=westus&time=2025-03-24T07%3A00%3A00Z&toTime=2025-03-24T09%3A00%3A00Z");
    }

    [Fact]
    public async Task Chain_RequiredKind_RefusesAFallbackOfAnotherKind()
    {
        // Arrange: WattTime answers marginal data; the chain requires average life-cycle.
        using var server = new ReplayServer(request => request.Url!.AbsolutePath == "/login"
            ? (200, Recorded("watttime-login.json"))
            : (200, Recorded("watttime-historical.json")));
        using var client = new WattTimeClient(_http, "user", "pass", server.BaseAddress);
        var chain = new CarbonSourceChain([new CarbonSource(client, "CAISO_NORTH")],
            required: new CarbonSignal(CarbonSignalType.Average, EmissionScope.Lifecycle));

        // Act
        var error = await Should.ThrowAsync<CarbonProviderException>(() => chain.GetAsync(History));

        // Assert
        error.Message.ShouldBe("No carbon provider answered for 2025-03-24 07:00:00Z to 2025-03-24 09:00:00Z: "
                               + "watttime (CAISO_NORTH): returned marginal direct carbon, but the chain requires "
                               + "average lifecycle");
    }

    [Fact]
    public async Task Cache_ServesRepeatsUntilTheEntryExpires()
    {
        // Arrange
        using var server = new ReplayServer(_ => (200, Recorded("em-past-range.json")));
        var clock = new ManualClock(Start);
        var cache = new CarbonResponseCache(_cacheDirectory, TimeSpan.FromHours(1), clock);
        var chain = new CarbonSourceChain(
            [new CarbonSource(new ElectricityMapsClient(_http, "em-secret", server.BaseAddress), "US-CAL-CISO")], cache);

        // Act
        var fetched = await chain.GetAsync(History);
        var cached = await chain.GetAsync(History);
        clock.Now = Start.AddHours(2);
        var refetched = await chain.GetAsync(History);

        // Assert
        (fetched.FromCache, cached.FromCache, refetched.FromCache).ShouldBe((false, true, false));
        server.Requests.Count.ShouldBe(2);
        Directory.GetFiles(_cacheDirectory).Single().ShouldNotContain("em-secret");
        File.ReadAllText(Directory.GetFiles(_cacheDirectory).Single()).ShouldNotContain("em-secret");
    }

    [Fact]
    public void FromEnvironment_BuildsTheClientsWhoseCredentialsAreSet()
    {
        // Arrange
        var variables = new Dictionary<string, string>
        {
            ["TOKENFLEX_ELECTRICITYMAPS_TOKEN"] = "t",
            ["TOKENFLEX_WATTTIME_USER"] = "u",
            ["TOKENFLEX_CARBON_AWARE_URL"] = "http://127.0.0.1:5073",
        };

        // Act
        var clients = LiveCarbonConfiguration.FromEnvironment(_http, n => variables.GetValueOrDefault(n));

        // Assert: WattTime needs a password too.
        clients.Keys.Order(StringComparer.Ordinal).ShouldBe(["carbon-aware-sdk", "electricitymaps"]);
        clients["carbon-aware-sdk"].RequestUri("eastus", new CarbonRequest(Start, Start, Forecast: true))
            .ToString().ShouldBe("http://127.0.0.1:5073/emissions/forecasts/current?location=eastus");
    }
}
