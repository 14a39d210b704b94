namespace TokenFlex.Data.Importers.Carbon.Live;

/// <summary>
/// A Carbon Aware SDK Web API deployment: <c>GET emissions/bylocations?location=&amp;time=&amp;toTime=</c> for history
/// and <c>GET emissions/forecasts/current?location=</c> for the forecast. The SDK's own data sources hold their
/// credentials, so no key is sent.
/// </summary>
/// <param name="http">HTTP client.</param>
/// <param name="baseAddress">Root of the deployment, e.g. <c>http://localhost:8080/</c>.</param>
public sealed class CarbonAwareSdkClient(HttpClient http, Uri baseAddress) : CarbonApiClient(http, baseAddress)
{
    /// <inheritdoc />
    public override string Name => "carbon-aware-sdk";

    /// <inheritdoc />
    public override CarbonFormat Format => CarbonFormat.CarbonAwareSdk;

    /// <inheritdoc />
    public override Uri RequestUri(string location, CarbonRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Forecast
            ? Build("emissions/forecasts/current", ("location", location))
            : Build("emissions/bylocations", ("location", location), ("time", Time(request.StartUtc)),
                ("toTime", Time(request.EndUtc)));
    }

    /// <inheritdoc />
    protected override Task AuthorizeAsync(HttpRequestMessage message, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
