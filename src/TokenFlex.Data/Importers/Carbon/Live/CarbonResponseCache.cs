using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TokenFlex.Data.Importers.Carbon.Live;

/// <summary>
/// A file cache of API responses, keyed by provider and request address (SHA-256 of both), with an expiry: providers
/// cap calls (Carbon Aware SDK #397), and a plan that is re-solved reuses the data it used. Each entry is a JSON file
/// <c>{ provider, requestUri, storedAtUtc, body }</c>, written atomically; credentials are never part of a key or an
/// entry. A corrupt or expired entry is a miss.
/// </summary>
/// <param name="directory">Cache directory; created when first written.</param>
/// <param name="maxAge">How long an entry is served.</param>
/// <param name="timeProvider">Clock; the system clock when null.</param>
public sealed class CarbonResponseCache(string directory, TimeSpan maxAge, TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>The cache directory.</summary>
    public string Directory { get; } = directory;

    /// <summary>The cached body, or null when absent, expired or unreadable.</summary>
    /// <param name="provider">Provider name.</param>
    /// <param name="requestUri">Request address.</param>
    public string? TryGet(string provider, Uri requestUri)
    {
        var path = PathOf(provider, requestUri);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var stored = DateTimeOffset.Parse(root.GetProperty("storedAtUtc").GetString()!, CultureInfo.InvariantCulture);
            return _time.GetUtcNow() - stored <= maxAge ? root.GetProperty("body").GetString() : null;
        }
        catch (Exception e) when (e is JsonException or IOException or FormatException or KeyNotFoundException
                                      or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Stores a body.</summary>
    /// <param name="provider">Provider name.</param>
    /// <param name="requestUri">Request address.</param>
    /// <param name="body">Response body.</param>
    public void Put(string provider, Uri requestUri, string body)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        System.IO.Directory.CreateDirectory(Directory);
        var entry = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["provider"] = provider,
            ["requestUri"] = requestUri.ToString(),
            ["storedAtUtc"] = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            ["body"] = body,
        });
        var path = PathOf(provider, requestUri);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, entry);
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string provider, Uri requestUri)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes($"{provider}\n{requestUri}"));
        return Path.Combine(Directory, Convert.ToHexStringLower(key) + ".json");
    }
}
