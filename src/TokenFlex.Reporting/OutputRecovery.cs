using System.Security.Cryptography;

namespace TokenFlex.Reporting;

/// <summary>
/// Completes a commit that a killed process left half done. A staging directory holding a pending manifest that
/// <c>manifest.json</c> does not name means the process died after staging every file, possibly while moving them
/// into the output directory. When every file of the pending manifest is still staged or already in place with its
/// SHA-256, the commit is rolled forward: the rest is moved in, the previous run's files that the new run does not
/// produce are deleted and the pending manifest becomes <c>manifest.json</c>. Otherwise nothing is touched (the
/// next commit deletes whatever either run claimed).
/// </summary>
internal static class OutputRecovery
{
    /// <summary>Rolls forward each interrupted commit in <paramref name="target"/>, oldest first, under the lock.
    /// </summary>
    public static void CompleteInterrupted(string target)
    {
        var pending = Directory.GetDirectories(target, OutputDirectory.StagingPrefix + "*")
            .Select(staging => (Staging: staging, Manifest: ReadPending(staging)))
            .Where(p => p.Manifest is not null)
            .OrderBy(p => p.Manifest!.GeneratedAtUtc)
            .ToList();
        foreach (var (staging, manifest) in pending)
        {
            var current = RunManifest.Read(target);
            if (current?.RunId == manifest!.RunId || !CanRollForward(target, staging, manifest))
            {
                continue;
            }

            RollForward(target, staging, manifest, current);
            OutputDirectory.TryDeleteDirectory(staging);
        }
    }

    private static RunManifest? ReadPending(string staging)
    {
        try
        {
            return RunManifest.ReadFile(Path.Combine(staging, OutputDirectory.PendingManifestFile));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool CanRollForward(string target, string staging, RunManifest manifest) =>
        manifest.Files.All(file => RelativePaths.IsSafe(file.Name)
            && (HasContent(Staged(staging, file.Name), file)
                || HasContent(RelativePaths.Combine(target, file.Name), file)));

    private static void RollForward(string target, string staging, RunManifest manifest, RunManifest? previous)
    {
        foreach (var file in manifest.Files)
        {
            var staged = Staged(staging, file.Name);
            if (File.Exists(staged))
            {
                var destination = RelativePaths.Combine(target, file.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(staged, destination, overwrite: true);
            }
        }

        var produced = manifest.Files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var stale = previous?.Files.Where(f => !produced.Contains(f.Name) && RelativePaths.IsSafe(f.Name)) ?? [];
        foreach (var file in stale)
        {
            AtomicFile.TryDelete(RelativePaths.Combine(target, file.Name));
        }

        // Commit point of the recovered run.
        AtomicFile.WriteAllBytes(Path.Combine(target, OutputDirectory.ManifestFileName), manifest.ToUtf8Bytes());
    }

    private static string Staged(string staging, string name) =>
        RelativePaths.Combine(Path.Combine(staging, OutputDirectory.StagedFilesFolder), name);

    private static bool HasContent(string path, ManifestEntry entry)
    {
        try
        {
            if (!File.Exists(path) || new FileInfo(path).Length != entry.Bytes)
            {
                return false;
            }

            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) == entry.Sha256;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
