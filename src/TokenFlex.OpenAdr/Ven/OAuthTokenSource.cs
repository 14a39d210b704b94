using System.Net;
using System.Text.Json;

namespace TokenFlex.OpenAdr.Ven;

/// <summary>
/// OAuth2 client-credentials tokens for a VEN: the token endpoint is the configured one, else the <c>tokenURL</c>
/// of the VTN's <c>/auth/server</c> (3.1), else <c>auth/token</c> under the base URL. A token is reused until
/// shortly before it expires (<c>expires_in</c>) or until the VTN answers 401.
/// </summary>
internal sealed class OAuthTokenSource(VenTransport transport, VenOptions options, TimeProvider time)
{
    private string? _token;
    private DateTimeOffset _expiresUtc;
    private Uri? _tokenUri;

    public async Task<string> GetAsync(CancellationToken cancellation)
    {
        if (_token is not null && time.GetUtcNow() < _expiresUtc)
        {
            return _token;
        }

        _tokenUri ??= await ResolveTokenUriAsync(cancellation).ConfigureAwait(false);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.ClientId,
            ["client_secret"] = options.ClientSecret,
        };
        if (options.Scope is not null)
        {
            form["scope"] = options.Scope;
        }

        var response = await transport.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, _tokenUri) { Content = new FormUrlEncodedContent(form) }, cancellation)
            .ConfigureAwait(false);
        if (response.Status != HttpStatusCode.OK)
        {
            throw new VenException(ProblemMessages.Describe($"POST {_tokenUri} (OAuth2 token)", response.Status, response.Body), (int)response.Status);
        }

        (_token, var lifetime) = Parse(response.Body, _tokenUri);
        _expiresUtc = lifetime is { } seconds ? time.GetUtcNow() + TimeSpan.FromSeconds(seconds) - options.TokenExpirySkew : DateTimeOffset.MaxValue;
        return _token;
    }

    /// <summary>Forgets the token, e.g. after a 401, so that the next call fetches a new one.</summary>
    public void Invalidate() => _token = null;

    private async Task<Uri> ResolveTokenUriAsync(CancellationToken cancellation)
    {
        if (options.TokenUri is not null)
        {
            return options.TokenUri;
        }

        var server = new Uri(VenClient.Base(options.BaseUri), "auth/server");
        var response = await transport.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, server), cancellation).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.OK)
        {
            try
            {
                using var document = JsonDocument.Parse(response.Body);
                if (document.RootElement.TryGetProperty("tokenURL", out var url)
                    && Uri.TryCreate(VenClient.Base(options.BaseUri), url.GetString(), out var tokenUri))
                {
                    return tokenUri;
                }
            }
            catch (JsonException)
            {
                // An unreadable /auth/server answer falls back to the default endpoint below.
            }
        }

        return new Uri(VenClient.Base(options.BaseUri), "auth/token");
    }

    private static (string Token, double? ExpiresInSeconds) Parse(string body, Uri tokenUri)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var token = root.TryGetProperty("access_token", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (string.IsNullOrEmpty(token))
            {
                throw new VenException($"POST {tokenUri} (OAuth2 token) answered without an access_token");
            }

            double? expires = root.TryGetProperty("expires_in", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;
            return (token, expires);
        }
        catch (JsonException ex)
        {
            throw new VenException($"POST {tokenUri} (OAuth2 token) answered with invalid JSON: {ex.Message}", ex);
        }
    }
}
