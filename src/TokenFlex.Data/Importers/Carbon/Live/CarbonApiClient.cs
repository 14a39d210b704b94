using System.Globalization;
using System.Net;

namespace TokenFlex.Data.Importers.Carbon.Live;

/// <summary>A time window of carbon intensity to fetch: history (past values) or the provider's current forecast.</summary>
/// <param name="StartUtc">Window start [UTC].</param>
/// <param name="EndUtc">Window end [UTC].</param>
/// <param name="Forecast">True for the current forecast instead of history.</param>
public sealed record CarbonRequest(DateTimeOffset StartUtc, DateTimeOffset EndUtc, bool Forecast = false);

/// <summary>
/// A carbon-intensity web API. <see cref="RequestUri"/> says what to GET for a location and window; the response body
/// is in <see cref="Format"/> and is read by <see cref="CarbonFileReader.Parse"/>, so live data and files go through
/// the same parser. Subclasses add authentication.
/// </summary>
/// <param name="http">The HTTP client (its lifetime is the caller's).</param>
/// <param name="baseAddress">API root, e.g. <c>https://api.electricitymap.org/</c>.</param>
public abstract class CarbonApiClient(HttpClient http, Uri baseAddress)
{
    /// <summary>Provider name for messages and cache keys, e.g. <c>electricitymaps</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Format of the response bodies.</summary>
    public abstract CarbonFormat Format { get; }

    /// <summary>The HTTP client.</summary>
    protected HttpClient Http { get; } = http;

    /// <summary>The API root.</summary>
    protected Uri BaseAddress { get; } = baseAddress;

    /// <summary>The absolute address to GET for a location (zone, region) and request.</summary>
    /// <param name="location">Provider-specific location.</param>
    /// <param name="request">Window and kind.</param>
    public abstract Uri RequestUri(string location, CarbonRequest request);

    /// <summary>GETs the response body; a non-success status is an <see cref="HttpRequestException"/> naming it.</summary>
    /// <param name="location">Provider-specific location.</param>
    /// <param name="request">Window and kind.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual async Task<string> FetchAsync(string location, CarbonRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await SendAsync(RequestUri(location, request), cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends an authorised GET.</summary>
    protected async Task<HttpResponseMessage> SendAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, uri);
        await AuthorizeAsync(message, cancellationToken).ConfigureAwait(false);
        return await Http.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds credentials to a request (a header or a bearer token).</summary>
    protected abstract Task AuthorizeAsync(HttpRequestMessage message, CancellationToken cancellationToken);

    /// <summary>The body of a successful response; otherwise an exception with the status and the body's start.</summary>
    protected async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return body;
        }

        var excerpt = body.Length <= 200 ? body : body[..200] + "…";
        throw new HttpRequestException($"{Name}: {(int)response.StatusCode} {response.ReasonPhrase} from "
                                       + $"{response.RequestMessage?.RequestUri}: {excerpt}", null, response.StatusCode);
    }

    /// <summary>An RFC 3339 UTC time for a query string.</summary>
    protected static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>BaseAddress + relative path + escaped query parameters.</summary>
    protected Uri Build(string path, params (string Key, string Value)[] query) => new(BaseAddress,
        path + "?" + string.Join("&", query.Select(q => $"{q.Key}={WebUtility.UrlEncode(q.Value)}")));
}
