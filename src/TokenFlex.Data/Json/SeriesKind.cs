namespace TokenFlex.Data.Json;

/// <summary>What a SERIES holds, which decides the import references it accepts.</summary>
internal enum SeriesKind
{
    /// <summary>Any other series: arrays, numbers and <c>{csv, column}</c> only.</summary>
    Plain,

    /// <summary><c>priceUsdPerMwh</c>: also <c>{lmpCsv, format, node}</c>.</summary>
    Price,

    /// <summary><c>carbonGPerKwh</c>: also <c>{carbonJson|carbonCsv, format, …}</c>; its kind is recorded.</summary>
    Carbon,
}

/// <summary>A carbon series as read, with the kind (signal type, scope) its source states or the reference declares.</summary>
/// <param name="Path">JSON path of the series.</param>
/// <param name="Type">Average or marginal; null when unknown.</param>
/// <param name="Scope">Life-cycle or direct; null when unknown.</param>
/// <param name="Origin">What the values came from, for messages: <c>em.json (Electricity Maps)</c>.</param>
/// <param name="Imported">True for an import reference; false for numbers or a plain CSV column.</param>
internal sealed record CarbonSeriesTag(
    string Path, Core.Domain.CarbonSignalType? Type, Core.Domain.EmissionScope? Scope, string Origin, bool Imported)
{
    /// <summary>"average lifecycle", "marginal", "of unstated kind" …</summary>
    public string Kind => (Type, Scope) switch
    {
        (null, null) => "carbon of unstated kind",
        ({ } type, null) => $"{Name(type)} carbon (scope unstated)",
        (null, { } scope) => $"{Name(scope)} carbon (average or marginal unstated)",
        ({ } type, { } scope) => $"{Name(type)} {Name(scope)} carbon",
    };

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
