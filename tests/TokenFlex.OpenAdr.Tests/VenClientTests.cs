using TokenFlex.Core.Validation;
using TokenFlex.OpenAdr.Model;
using TokenFlex.OpenAdr.Ven;

namespace TokenFlex.OpenAdr.Tests;

/// <summary>The VEN against a VTN on 127.0.0.1; every body the VTN serves is checked against the schema.</summary>
public sealed class VenClientTests : IDisposable
{
    private readonly ManualTime _time = new(new DateTimeOffset(2025, 3, 24, 0, 0, 0, TimeSpan.Zero));
    private readonly LocalVtn _vtn;

    public VenClientTests()
    {
        _vtn = new LocalVtn(OpenAdrVersion.V31, _time);
        _vtn.Programs.Add(TestFiles.Program("clr", "controllable-load"));
        _vtn.Programs.Add(TestFiles.Program("tou", "time-of-use"));
        for (var i = 0; i < 5; i++)
        {
            _vtn.Events.Add(TestFiles.Event(OpenAdrVersion.V31, $"e{i}", "clr", "ercot", $"2025-03-24T1{i}:00:00Z", "IMPORT_CAPACITY_LIMIT", "KW", 1000));
        }

        _vtn.Events.Add(TestFiles.Event(OpenAdrVersion.V31, "p0", "tou", "caiso", "2025-03-24T10:00:00Z", "PRICE", "KWH", 0.3));
    }

    public void Dispose() => _vtn.Dispose();

    private VenClient Client(string secret = LocalVtn.ClientSecret, params string[] programs) => new(new VenOptions
    {
        BaseUri = _vtn.BaseUri,
        ClientId = LocalVtn.ClientId,
        ClientSecret = secret,
        PageSize = 2,
        Programs = programs,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        RequestTimeout = TimeSpan.FromSeconds(10),
    }, time: _time);

    private void AssertEveryServedBodyValid()
    {
        foreach (var served in _vtn.Served.Where(s => s.Component is not null))
        {
            var errors = served.IsArray
                ? OpenApiSchemas.ValidateArray(served.Body, _vtn.Version, served.Component!)
                : OpenApiSchemas.Validate(served.Body, _vtn.Version, served.Component!);
            errors.ShouldBeEmpty($"{served.Method} {served.Path} → {served.Status}");
        }
    }

    [Fact]
    public async Task PollAsync_FollowedProgram_PagesThroughItsEvents()
    {
        // Arrange
        using var client = Client(programs: "controllable-load");

        // Act
        var poll = await client.PollAsync();

        // Assert: 5 events in pages of 2 → 3 requests for /events.
        poll.Programs.Select(p => p.Id).ShouldBe(["clr", "tou"]);
        poll.Events.Select(e => e.Id).ShouldBe(["e0", "e1", "e2", "e3", "e4"]);
        _vtn.Served.Count(s => s.Path == "events").ShouldBe(3);
        _vtn.TokenRequests.ShouldBe(1);
        AssertEveryServedBodyValid();
    }

    [Fact]
    public async Task GetEventsAsync_TokenExpired_RenewsBeforeAsking()
    {
        // Arrange
        using var client = Client();
        await client.GetEventsAsync("tou");

        // Act
        _time.Advance(TimeSpan.FromHours(2));
        var events = await client.GetEventsAsync("tou");

        // Assert
        events.ShouldHaveSingleItem().Id.ShouldBe("p0");
        _vtn.TokenRequests.ShouldBe(2);
        _vtn.Served.ShouldNotContain(s => s.Status == 401);
        AssertEveryServedBodyValid();
    }

    [Fact]
    public async Task GetEventsAsync_TokenRevoked_401ThenNewTokenAndRetry()
    {
        // Arrange
        using var client = Client();
        await client.GetEventsAsync("tou");
        _vtn.RevokeTokens();

        // Act
        var events = await client.GetEventsAsync("tou");

        // Assert
        events.ShouldHaveSingleItem();
        _vtn.Served.Count(s => s.Status == 401).ShouldBe(1);
        _vtn.TokenRequests.ShouldBe(2);
        AssertEveryServedBodyValid();
    }

    [Fact]
    public async Task GetEventsAsync_ServiceUnavailableOnce_RetriedWithBackoff()
    {
        // Arrange
        using var client = Client();
        _vtn.FailNext.Enqueue(503);

        // Act
        var events = await client.GetEventsAsync("tou");

        // Assert
        events.ShouldHaveSingleItem();
        _vtn.Served.Count(s => s.Status == 503).ShouldBe(1);
        AssertEveryServedBodyValid();
    }

    [Fact]
    public async Task GetEventsAsync_SecondPoll_SendsETagAndGets304()
    {
        // Arrange
        using var client = Client();
        var first = await client.GetEventsAsync("tou");

        // Act
        var second = await client.GetEventsAsync("tou");

        // Assert
        second.Select(e => e.Id).ShouldBe(first.Select(e => e.Id));
        _vtn.Served.Count(s => s.Status == 304).ShouldBe(1);
    }

    [Fact]
    public async Task GetEventsAsync_WrongSecret_ClearMessage()
    {
        // Arrange
        using var client = Client("wrong");

        // Act
        var error = await Should.ThrowAsync<VenException>(() => client.GetEventsAsync("tou"));

        // Assert
        error.Message.ShouldBe($"POST {_vtn.BaseUri}auth/token (OAuth2 token) failed: 401 Unauthorized: invalid_client — unknown client id or secret");
        AssertEveryServedBodyValid();
    }

    [Fact]
    public async Task GetEventsAsync_MalformedEvent_ErrorNamesJsonPath()
    {
        // Arrange: the sixth event (second of the first page of tou) has a text limit.
        var bad = TestFiles.Event(OpenAdrVersion.V31, "bad", "tou", "caiso", "2025-03-24T10:00:00Z", "PRICE", "KWH", 0.3);
        bad["intervals"]![0]!["payloads"]![0]!["values"]![0] = "cheap";
        _vtn.Events.Add(bad);
        using var client = Client();

        // Act
        var error = await Should.ThrowAsync<InputValidationException>(() => client.GetEventsAsync("tou"));

        // Assert
        error.Source.ShouldBe($"GET {_vtn.BaseUri}events?programID=tou&skip=0&limit=2");
        error.Errors.ShouldHaveSingleItem().ToString().ShouldBe("[1].intervals[0].payloads[0].values[0]: PRICE takes a number (got \"cheap\")");
    }

    [Fact]
    public async Task PostReportAsync_Report_AcceptedAndStored()
    {
        // Arrange
        using var client = Client();
        const string report = """{"eventID": "e0", "clientName": "tokenflex-ven", "resources": [{"resourceName": "ercot", "intervals": []}]}""";

        // Act
        var stored = await client.PostReportAsync(report);

        // Assert
        stored.ShouldContain("\"id\":\"report-1\"");
        _vtn.PostedReports.ShouldHaveSingleItem().ShouldBe(report);
        OpenApiSchemas.Validate(report, OpenAdrVersion.V31, "reportRequest").ShouldBeEmpty();
        AssertEveryServedBodyValid();
    }
}
