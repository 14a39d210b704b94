using System.Globalization;
using System.Text.Json;

namespace TokenFlex.Reporting;

/// <summary>One file written by a run.</summary>
/// <param name="Name">Path relative to the output directory, '/'-separated, e.g. <c>P/plan.json</c>.</param>
/// <param name="Bytes">Size [bytes].</param>
/// <param name="Sha256">SHA-256 of the content, lowercase hexadecimal.</param>
public sealed record ManifestEntry(string Name, long Bytes, string Sha256);

/// <summary>
/// The <c>manifest.json</c> of an output directory: which files the last completed run wrote. It is
/// written last, so it names a complete run; files it lists are TokenFlex's to replace or delete.
/// </summary>
public sealed record RunManifest
{
    /// <summary>Value of the <c>format</c> key that marks a manifest as ours.</summary>
    public const string Format = "tokenflex-run-manifest/1";

    /// <summary>Unique id of the run (32 hexadecimal digits).</summary>
    public required string RunId { get; init; }

    /// <summary>When the run started writing [UTC].</summary>
    public required DateTimeOffset GeneratedAtUtc { get; init; }

    /// <summary>Files of the run, ordered by name (ordinal); the manifest does not list itself.</summary>
    public required IReadOnlyList<ManifestEntry> Files { get; init; }

    /// <summary>
    /// Reads <c>manifest.json</c> from a directory. Returns null when there is none; throws
    /// <see cref="InvalidDataException"/> when a file of that name exists but is not a TokenFlex manifest,
    /// because then nobody can tell which files of the directory belong to TokenFlex.
    /// </summary>
    /// <param name="directory">The output directory.</param>
    public static RunManifest? Read(string directory) =>
        ReadFile(Path.Combine(directory, OutputDirectory.ManifestFileName));

    internal static RunManifest? ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || format.GetString() != Format)
            {
                throw new InvalidDataException($"'{path}' exists but is not a TokenFlex run manifest ({Format}).");
            }

            return new RunManifest
            {
                RunId = root.GetProperty("runId").GetString() ?? "",
                GeneratedAtUtc = DateTimeOffset.Parse(
                    root.GetProperty("generatedAtUtc").GetString() ?? "", CultureInfo.InvariantCulture),
                Files = [.. root.GetProperty("files").EnumerateArray().Select(f => new ManifestEntry(
                    f.GetProperty("name").GetString() ?? "", f.GetProperty("bytes").GetInt64(),
                    f.GetProperty("sha256").GetString() ?? ""))],
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException
                                   or FormatException)
        {
            throw new InvalidDataException(
                $"'{path}' is not a readable TokenFlex run manifest; "
                + "move it away or choose another output directory.", ex);
        }
    }

    internal byte[] ToUtf8Bytes() => JsonOutput.Document(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteString("tokenflexVersion", JsonOutput.TokenFlexVersion);
        writer.WriteString("runId", RunId);
        writer.WriteString("generatedAtUtc", ReportFormat.Timestamp(GeneratedAtUtc));
        writer.WriteStartArray("files");
        foreach (var file in Files)
        {
            writer.WriteStartObject();
            writer.WriteString("name", file.Name);
            writer.WriteNumber("bytes", file.Bytes);
            writer.WriteString("sha256", file.Sha256);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
