namespace TokenFlex.Data.Importers.Carbon.Live;

/// <summary>
/// The live carbon clients for which credentials are set in the environment:
/// <c>TOKENFLEX_ELECTRICITYMAPS_TOKEN</c> (Electricity Maps), <c>TOKENFLEX_WATTTIME_USER</c> and
/// <c>TOKENFLEX_WATTTIME_PASSWORD</c> (WattTime), <c>TOKENFLEX_CARBON_AWARE_URL</c> (a Carbon Aware SDK Web API).
/// <c>TOKENFLEX_ELECTRICITYMAPS_URL</c> and <c>TOKENFLEX_WATTTIME_URL</c> override the API roots (proxies, tests).
/// </summary>
public static class LiveCarbonConfiguration
{
    /// <summary>The clients that can be built, by provider name.</summary>
    /// <param name="http">Shared HTTP client.</param>
    /// <param name="getVariable">Environment lookup; <see cref="Environment.GetEnvironmentVariable(string)"/> when null.</param>
    /// <exception cref="ArgumentException">A URL variable is not an absolute http(s) URL.</exception>
    public static IReadOnlyDictionary<string, CarbonApiClient> FromEnvironment(
        HttpClient http, Func<string, string?>? getVariable = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        getVariable ??= Environment.GetEnvironmentVariable;
        string? Get(string name) => getVariable(name) is { Length: > 0 } value ? value : null;
        var clients = new Dictionary<string, CarbonApiClient>(StringComparer.Ordinal);
        if (Get("TOKENFLEX_ELECTRICITYMAPS_TOKEN") is { } token)
        {
            clients["electricitymaps"] = new ElectricityMapsClient(http, token,
                Url(Get("TOKENFLEX_ELECTRICITYMAPS_URL"), "TOKENFLEX_ELECTRICITYMAPS_URL"));
        }

        if (Get("TOKENFLEX_WATTTIME_USER") is { } user && Get("TOKENFLEX_WATTTIME_PASSWORD") is { } password)
        {
            clients["watttime"] = new WattTimeClient(http, user, password,
                Url(Get("TOKENFLEX_WATTTIME_URL"), "TOKENFLEX_WATTTIME_URL"));
        }

        if (Url(Get("TOKENFLEX_CARBON_AWARE_URL"), "TOKENFLEX_CARBON_AWARE_URL") is { } sdk)
        {
            clients["carbon-aware-sdk"] = new CarbonAwareSdkClient(http, sdk);
        }

        return clients;
    }

    private static Uri? Url(string? text, string variable)
    {
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ArgumentException($"{variable} must be an absolute http(s) URL, got '{text}'.", nameof(text));
    }
}
