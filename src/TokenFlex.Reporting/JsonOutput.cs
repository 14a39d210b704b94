using System.Buffers;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TokenFlex.Reporting;

/// <summary>
/// How every JSON report is written: indented, LF line endings, camelCase keys, invariant numbers
/// (System.Text.Json's shortest round-trip form) and null for values that do not exist or are not finite.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Report files are not embedded in HTML, so '+' in a version or '°' in a name stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Version of the TokenFlex build that wrote a report, e.g. <c>0.1.0+5f2c…</c>.</summary>
    public static string TokenFlexVersion { get; } =
        typeof(JsonOutput).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(JsonOutput).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>Writes one JSON document, ending with a newline, and returns its UTF-8 bytes.</summary>
    public static byte[] Document(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    /// <summary>Writes a number (negative zero as 0), or null when it is absent or not finite.</summary>
    public static void NumberOrNull(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            // Negated zero revenues (−0) would otherwise read "-0".
            writer.WriteNumber(name, v == 0 ? 0.0 : v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a string-to-number map as an object (keys in ordinal order), or null when absent.</summary>
    public static void MapOrNull(this Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, double>? map)
    {
        if (map is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.NumberOrNull(key, value);
        }

        writer.WriteEndObject();
    }
}
