using TokenFlex.OpenAdr.Model;

namespace TokenFlex.OpenAdr.Ven;

/// <summary>How a <see cref="VenClient"/> reaches and authenticates with a VTN.</summary>
public sealed record VenOptions
{
    /// <summary>Base URL of the VTN's API, e.g. <c>https://vtn.example.com/openadr3/3.1.0/</c>.</summary>
    public required Uri BaseUri { get; init; }

    /// <summary>OAuth2 client id.</summary>
    public required string ClientId { get; init; }

    /// <summary>OAuth2 client secret.</summary>
    public required string ClientSecret { get; init; }

    /// <summary>Token endpoint; null asks the VTN's <c>/auth/server</c> (3.1), else uses <c>auth/token</c>.</summary>
    public Uri? TokenUri { get; init; }

    /// <summary>OAuth2 scope to ask for, or null.</summary>
    public string? Scope { get; init; }

    /// <summary>Wire version assumed where an object's shape does not tell.</summary>
    public OpenAdrVersion Version { get; init; } = OpenAdrVersion.V31;

    /// <summary>Programs to read events of, by program name or id; empty for every program the VTN lists.</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>Objects asked for per page (<c>limit</c>, at most 50 per the specification).</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>Timeout of one HTTP request.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a request that failed with a network error, a timeout, 408, 429 or 5xx.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Delay before the first retry; doubled for each further retry (unless the VTN sends Retry-After).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A token is renewed this long before it expires.</summary>
    public TimeSpan TokenExpirySkew { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>A VTN request failed for good; the message says what the VTN answered.</summary>
public sealed class VenException : Exception
{
    public VenException(string message, int? statusCode = null, Exception? inner = null)
        : base(message, inner) => StatusCode = statusCode;

    public VenException()
    {
    }

    public VenException(string message)
        : base(message)
    {
    }

    public VenException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The HTTP status of the last answer, or null when none came.</summary>
    public int? StatusCode { get; }
}
