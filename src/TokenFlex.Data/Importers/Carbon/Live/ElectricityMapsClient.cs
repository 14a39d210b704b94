using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Importers.Carbon.Live;

/// <summary>
/// Electricity Maps API v3: <c>GET v3/carbon-intensity/past-range?zone=&amp;start=&amp;end=</c> for history and
/// <c>GET v3/carbon-intensity/forecast?zone=</c> for the forecast, with the token in the <c>auth-token</c> header.
/// </summary>
public sealed class ElectricityMapsClient : CarbonApiClient
{
    /// <summary>The public API root.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.electricitymap.org/");

    private readonly string _token;
    private readonly EmissionScope _scope;

    /// <summary>Creates the client.</summary>
    /// <param name="http">HTTP client.</param>
    /// <param name="token">API token.</param>
    /// <param name="baseAddress">API root; <see cref="DefaultBaseAddress"/> when null.</param>
    /// <param name="scope">Emission factors to ask for (<c>emissionFactorType</c>).</param>
    public ElectricityMapsClient(HttpClient http, string token, Uri? baseAddress = null,
        EmissionScope scope = EmissionScope.Lifecycle)
        : base(http, baseAddress ?? DefaultBaseAddress)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        _token = token;
        _scope = scope;
    }

    /// <inheritdoc />
    public override string Name => "electricitymaps";

    /// <inheritdoc />
    public override CarbonFormat Format => CarbonFormat.ElectricityMaps;

    /// <inheritdoc />
    public override Uri RequestUri(string location, CarbonRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var factor = ("emissionFactorType", _scope == EmissionScope.Direct ? "direct" : "lifecycle");
        return request.Forecast
            ? Build("v3/carbon-intensity/forecast", ("zone", location), factor)
            : Build("v3/carbon-intensity/past-range", ("zone", location), ("start", Time(request.StartUtc)),
                ("end", Time(request.EndUtc)), factor);
    }

    /// <inheritdoc />
    protected override Task AuthorizeAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Headers.Add("auth-token", _token);
        return Task.CompletedTask;
    }
}
