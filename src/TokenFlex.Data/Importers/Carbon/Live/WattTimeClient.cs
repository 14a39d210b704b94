using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TokenFlex.Data.Importers.Carbon.Live;

/// <summary>
/// WattTime API v3: <c>GET /login</c> with HTTP Basic credentials returns a bearer token (valid 30 minutes), then
/// <c>GET v3/historical?region=&amp;start=&amp;end=&amp;signal_type=</c> or <c>GET v3/forecast?region=&amp;signal_type=</c>.
/// The token is reused until it is 25 minutes old and renewed once when the API answers 401.
/// </summary>
public sealed class WattTimeClient : CarbonApiClient, IDisposable
{
    /// <summary>The public API root.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.watttime.org/");

    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(25);

    private readonly string _user;
    private readonly string _password;
    private readonly string _signalType;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _login = new(1, 1);
    private (string Token, DateTimeOffset Until)? _token;

    /// <summary>Creates the client.</summary>
    /// <param name="http">HTTP client.</param>
    /// <param name="user">WattTime user name.</param>
    /// <param name="password">WattTime password.</param>
    /// <param name="baseAddress">API root; <see cref="DefaultBaseAddress"/> when null.</param>
    /// <param name="signalType"><c>co2_moer</c> (marginal, default) or <c>co2_aoer</c> (average).</param>
    /// <param name="timeProvider">Clock for the token's age; the system clock when null.</param>
    public WattTimeClient(HttpClient http, string user, string password, Uri? baseAddress = null,
        string signalType = "co2_moer", TimeProvider? timeProvider = null)
        : base(http, baseAddress ?? DefaultBaseAddress)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentException.ThrowIfNullOrEmpty(password);
        _user = user;
        _password = password;
        _signalType = signalType;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public override string Name => "watttime";

    /// <summary>Releases the login lock.</summary>
    public void Dispose() => _login.Dispose();

    /// <inheritdoc />
    public override CarbonFormat Format => CarbonFormat.WattTime;

    /// <inheritdoc />
    public override Uri RequestUri(string location, CarbonRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Forecast
            ? Build("v3/forecast", ("region", location), ("signal_type", _signalType))
            : Build("v3/historical", ("region", location), ("start", Time(request.StartUtc)),
                ("end", Time(request.EndUtc)), ("signal_type", _signalType));
    }

    /// <inheritdoc />
    public override async Task<string> FetchAsync(string location, CarbonRequest request,
        CancellationToken cancellationToken)
    {
        var uri = RequestUri(location, request);
        using (var first = await SendAsync(uri, cancellationToken).ConfigureAwait(false))
        {
            if (first.StatusCode != HttpStatusCode.Unauthorized)
            {
                return await ReadAsync(first, cancellationToken).ConfigureAwait(false);
            }
        }

        _token = null;
        using var second = await SendAsync(uri, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(second, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task AuthorizeAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            await TokenAsync(cancellationToken).ConfigureAwait(false));
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await _login.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is { } cached && cached.Until > _time.GetUtcNow())
            {
                return cached.Token;
            }

            using var login = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseAddress, "login"));
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_user}:{_password}"));
            login.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
            using var response = await Http.SendAsync(login, cancellationToken).ConfigureAwait(false);
            var body = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(body);
            var token = ImportFiles.Property(document.RootElement, "token") is { ValueKind: JsonValueKind.String } t
                ? t.GetString()!
                : throw new HttpRequestException($"{Name}: the login response has no 'token'");
            _token = (token, _time.GetUtcNow() + TokenLifetime);
            return token;
        }
        finally
        {
            _login.Release();
        }
    }
}
