using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Importers.Carbon.Live;

/// <summary>One provider of a chain and the location it knows the campus by (zone, region or SDK location).</summary>
/// <param name="Client">The API client.</param>
/// <param name="Location">Provider-specific location, e.g. <c>US-CAL-CISO</c> or <c>CAISO_NORTH</c>.</param>
public sealed record CarbonSource(CarbonApiClient Client, string Location);

/// <summary>What a chain returned: the series, the provider that gave it and the providers that failed before.</summary>
/// <param name="Series">The series as the provider published it (gCO₂/kWh, with its signal type and scope).</param>
/// <param name="Provider">Name of the provider that answered.</param>
/// <param name="FromCache">True when the body came from the cache.</param>
/// <param name="Failures">One line per provider tried before it: name and reason.</param>
public sealed record LiveCarbonResult(TimedSeries Series, string Provider, bool FromCache, IReadOnlyList<string> Failures);

/// <summary>No provider of a chain returned usable data; the message lists every provider's failure.</summary>
public sealed class CarbonProviderException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Every provider's failure.</param>
    public CarbonProviderException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// Fetches a carbon series from an ordered list of providers (Carbon Aware SDK #345: WattTime first, Electricity Maps
/// where uncovered …), through an optional <see cref="CarbonResponseCache"/>. A provider that fails (HTTP error,
/// timeout, malformed body, no values) is skipped and recorded. With a <paramref name="required"/> kind, a provider
/// whose data are of another kind counts as failed, so a fallback never mixes average and marginal carbon silently.
/// </summary>
/// <param name="sources">Providers in order of preference.</param>
/// <param name="cache">Response cache, or null.</param>
/// <param name="required">The kind every answer must have, or null to accept the first answer of any kind.</param>
public sealed class CarbonSourceChain(
    IReadOnlyList<CarbonSource> sources, CarbonResponseCache? cache = null, CarbonSignal? required = null)
{
    /// <summary>The first usable answer.</summary>
    /// <param name="request">Window and kind.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <exception cref="CarbonProviderException">No provider answered usably.</exception>
    public async Task<LiveCarbonResult> GetAsync(CarbonRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = new List<string>();
        foreach (var (client, location) in sources)
        {
            var uri = client.RequestUri(location, request);
            try
            {
                var cached = cache?.TryGet(client.Name, uri);
                var body = cached ?? await client.FetchAsync(location, request, cancellationToken).ConfigureAwait(false);
                var series = CarbonFileReader.Parse(body, $"{client.Name} response", client.Format, null);
                if (Problem(series) is { } problem)
                {
                    failures.Add($"{client.Name} ({location}): {problem}");
                    continue;
                }

                if (cached is null)
                {
                    cache?.Put(client.Name, uri, body);
                }

                return new LiveCarbonResult(series, client.Name, cached is not null, failures);
            }
            catch (Exception e) when (e is HttpRequestException or ImportException
                                          || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                failures.Add($"{client.Name} ({location}): {e.Message}");
            }
        }

        throw new CarbonProviderException($"No carbon provider answered for {request.StartUtc:u} to "
                                          + $"{request.EndUtc:u}: {string.Join("; ", failures)}");
    }

    private string? Problem(TimedSeries series)
    {
        if (series.Points.Count == 0)
        {
            return "the response holds no values";
        }

        if (required is null)
        {
            return null;
        }

        var kind = new CarbonSignal(series.SignalType ?? required.Type, series.Scope ?? required.Scope);
        return kind == required ? null : $"returned {kind} carbon, but the chain requires {required}";
    }
}
