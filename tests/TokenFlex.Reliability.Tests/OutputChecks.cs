using System.Security.Cryptography;
using System.Text.Json;
using TokenFlex.Reporting;

namespace TokenFlex.Reliability.Tests;

/// <summary>What an output directory must look like after a run, however it ended.</summary>
internal static class OutputChecks
{
    /// <summary>
    /// Null when <paramref name="directory"/> holds no manifest and no summary, or a complete run: every file the
    /// manifest lists is present with its SHA-256 and summary.json parses; otherwise what is wrong.
    /// </summary>
    public static string? CompleteRunProblem(string directory)
    {
        var summary = Path.Combine(directory, "summary.json");
        if (File.Exists(summary) && !ParsesAsJson(summary))
        {
            return "summary.json is not valid JSON";
        }

        var manifest = RunManifest.Read(directory);
        if (manifest is null)
        {
            return File.Exists(summary) ? "summary.json without a manifest" : null;
        }

        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(directory, file.Name);
            if (!File.Exists(path))
            {
                return $"{file.Name} is listed in manifest.json but missing";
            }

            if (Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) != file.Sha256)
            {
                return $"{file.Name} does not match its SHA-256 in manifest.json";
            }
        }

        return null;
    }

    /// <summary>Staging directories left in <paramref name="directory"/>.</summary>
    public static IReadOnlyList<string> StagingDirectories(string directory) => Directory.Exists(directory)
        ? Directory.GetDirectories(directory, OutputDirectory.StagingPrefix + "*")
        : [];

    private static bool ParsesAsJson(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
