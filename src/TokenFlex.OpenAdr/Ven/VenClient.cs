using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TokenFlex.Core.Validation;
using TokenFlex.OpenAdr.Model;
using TokenFlex.OpenAdr.Reading;

namespace TokenFlex.OpenAdr.Ven;

/// <summary>The programs a VEN found and the events of the programs it follows.</summary>
/// <param name="Programs">Every program the VTN listed.</param>
/// <param name="Events">The events of the followed programs.</param>
public sealed record VenPoll(IReadOnlyList<OpenAdrProgram> Programs, IReadOnlyList<OpenAdrEvent> Events);

/// <summary>
/// An OpenADR 3 VEN that polls a VTN over HTTP: OAuth2 client credentials (Bearer token, renewed before expiry
/// and after a 401), <c>GET /programs</c> and <c>GET /events?programID=…</c> paged with <c>skip</c>/<c>limit</c>,
/// <c>If-None-Match</c> when the VTN sends ETags, retries with backoff, and problem+json errors turned into
/// <see cref="VenException"/> messages. Malformed objects throw <see cref="InputValidationException"/> naming
/// the JSON path. Not thread-safe: one poll at a time.
/// </summary>
public sealed class VenClient : IDisposable
{
    private const int MaxObjects = 10_000;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly VenOptions _options;
    private readonly VenTransport _transport;
    private readonly OAuthTokenSource _tokens;
    private readonly Dictionary<string, (string ETag, string Body)> _cache = new(StringComparer.Ordinal);

    /// <param name="options">VTN address, credentials and limits.</param>
    /// <param name="http">An HTTP client to use (not disposed), or null for an own one.</param>
    /// <param name="time">Clock for token expiry; the system clock when null.</param>
    public VenClient(VenOptions options, HttpClient? http = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PageSize, 1);
        _options = options;
        _ownsHttp = http is null;
        _http = http ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _transport = new VenTransport(_http, options);
        _tokens = new OAuthTokenSource(_transport, options, time ?? TimeProvider.System);
    }

    /// <summary>Every program the VTN lists, all pages.</summary>
    public async Task<IReadOnlyList<OpenAdrProgram>> GetProgramsAsync(CancellationToken cancellation = default) =>
        await PagedAsync("programs", null, (json, source) => OpenAdrReader.ReadPrograms(json, source, _options.Version), cancellation)
            .ConfigureAwait(false);

    /// <summary>The events of a program (or of all programs when null), all pages.</summary>
    public async Task<IReadOnlyList<OpenAdrEvent>> GetEventsAsync(string? programId, CancellationToken cancellation = default) =>
        await PagedAsync("events", programId, (json, source) => OpenAdrReader.ReadEvents(json, source, _options.Version), cancellation)
            .ConfigureAwait(false);

    /// <summary>Reads the programs, then the events of those named in <see cref="VenOptions.Programs"/> (all when empty).</summary>
    public async Task<VenPoll> PollAsync(CancellationToken cancellation = default)
    {
        var programs = await GetProgramsAsync(cancellation).ConfigureAwait(false);
        var followed = programs.Where(p => p.Id is not null
                                           && (_options.Programs.Count == 0 || _options.Programs.Contains(p.ProgramName)
                                               || _options.Programs.Contains(p.Id))).ToArray();
        var events = new List<OpenAdrEvent>();
        foreach (var program in followed)
        {
            events.AddRange(await GetEventsAsync(program.Id, cancellation).ConfigureAwait(false));
        }

        return new VenPoll(programs, events);
    }

    /// <summary>POSTs a report (JSON text) to <c>/reports</c>; returns the VTN's answer (the stored report).</summary>
    public async Task<string> PostReportAsync(string reportJson, CancellationToken cancellation = default)
    {
        var uri = new Uri(Base(_options.BaseUri), "reports");
        var response = await AuthorizedAsync(
            () => new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(reportJson, Encoding.UTF8, "application/json") },
            cancellation).ConfigureAwait(false);
        return response.Status is HttpStatusCode.Created or HttpStatusCode.OK
            ? response.Body
            : throw new VenException(ProblemMessages.Describe($"POST {uri}", response.Status, response.Body), (int)response.Status);
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    internal static Uri Base(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private async Task<IReadOnlyList<T>> PagedAsync<T>(
        string path, string? programId, Func<string, string, IReadOnlyList<T>> read, CancellationToken cancellation)
    {
        var all = new List<T>();
        for (var skip = 0; skip < MaxObjects; skip += _options.PageSize)
        {
            var query = (programId is null ? "" : $"programID={Uri.EscapeDataString(programId)}&")
                        + string.Create(CultureInfo.InvariantCulture, $"skip={skip}&limit={_options.PageSize}");
            var uri = new Uri(Base(_options.BaseUri), $"{path}?{query}");
            var body = await GetAsync(uri, cancellation).ConfigureAwait(false);
            var page = read(body, $"GET {uri}");
            all.AddRange(page);
            if (page.Count < _options.PageSize)
            {
                break;
            }
        }

        return all;
    }

    private async Task<string> GetAsync(Uri uri, CancellationToken cancellation)
    {
        var key = uri.AbsoluteUri;
        var cached = _cache.TryGetValue(key, out var entry) ? entry : ((string ETag, string Body)?)null;
        var response = await AuthorizedAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (cached is { } c)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", c.ETag);
            }

            return request;
        }, cancellation).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotModified && cached is { } hit)
        {
            return hit.Body;
        }

        if (response.Status != HttpStatusCode.OK)
        {
            throw new VenException(ProblemMessages.Describe($"GET {uri}", response.Status, response.Body), (int)response.Status);
        }

        if (response.ETag is { } etag)
        {
            _cache[key] = (etag, response.Body);
        }

        return response.Body;
    }

    /// <summary>Sends with the Bearer token; on 401 fetches a new token and sends once more.</summary>
    private async Task<VenResponse> AuthorizedAsync(Func<HttpRequestMessage> make, CancellationToken cancellation)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = await _tokens.GetAsync(cancellation).ConfigureAwait(false);
            var response = await _transport.SendAsync(() =>
            {
                var request = make();
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return request;
            }, cancellation).ConfigureAwait(false);
            if (response.Status != HttpStatusCode.Unauthorized || attempt > 0)
            {
                return response;
            }

            _tokens.Invalidate();
        }
    }
}
