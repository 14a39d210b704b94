using System.Security.Cryptography;

namespace TokenFlex.Reporting;

/// <summary>
/// One run's writes into an output directory DIR, so that DIR never silently mixes files of two runs.
/// </summary>
/// <remarks>
/// <para>
/// Files are first written to a private staging directory <c>DIR/.tokenflex-staging-&lt;runId&gt;/</c>. Nothing in
/// DIR changes until <see cref="Commit"/>: if the run fails or is disposed before that, the staging directory is
/// deleted and DIR keeps the previous run's files and <c>manifest.json</c> exactly as they were.
/// </para>
/// <para>
/// <see cref="Commit"/> moves each staged file into DIR with an atomic rename (the replaced file is kept as a
/// backup in staging), moves aside the files listed in the previous manifest that this run does not produce,
/// and writes <c>DIR/manifest.json</c> (name, bytes, SHA-256 of every file, run id, UTC time) last, atomically:
/// that rename is the commit point. If any step before it throws, every move is undone from the backups, so DIR
/// again holds exactly the previous run. Only files named in a TokenFlex manifest (of the previous run, or of a
/// crashed run whose staging directory remains) are ever deleted; a user's other files are never touched.
/// </para>
/// <para>
/// If the process dies during a commit, DIR may hold a mix, but <c>manifest.json</c> still describes the previous
/// run, so the SHA-256 values reveal it; the next <see cref="Begin"/> completes that commit from the staging
/// directory (<see cref="OutputRecovery"/>), or, when it cannot, the next commit deletes every file either run
/// claimed. A lock file
/// <c>DIR/.tokenflex.lock</c>, held from <see cref="Begin"/> to <see cref="Dispose"/>, makes a second concurrent
/// run into the same DIR fail instead of interleaving.
/// </para>
/// </remarks>
public sealed class OutputDirectory : IDisposable
{
    /// <summary>Name of the manifest in the output directory.</summary>
    public const string ManifestFileName = "manifest.json";

    /// <summary>Prefix of staging directories inside the output directory.</summary>
    public const string StagingPrefix = ".tokenflex-staging-";

    /// <summary>Name of the lock file held while a run writes.</summary>
    public const string LockFileName = ".tokenflex.lock";

    internal const string StagedFilesFolder = "files";
    internal const string BackupFolder = "backup";
    internal const string PendingManifestFile = "pending-manifest.json";

    private readonly FileStream _lock;
    private readonly IReadOnlySet<string> _owned;
    private readonly IReadOnlyList<string> _staleStaging;
    private readonly List<ManifestEntry> _staged = [];
    private bool _committed;
    private bool _keepStaging;
    private bool _disposed;

    private OutputDirectory(
        string targetPath, FileStream fileLock, IReadOnlySet<string> owned, IReadOnlyList<string> staleStaging,
        DateTimeOffset generatedAtUtc)
    {
        TargetPath = targetPath;
        _lock = fileLock;
        _owned = owned;
        _staleStaging = staleStaging;
        GeneratedAtUtc = generatedAtUtc;
        RunId = Guid.NewGuid().ToString("N");
        StagingPath = Path.Combine(targetPath, StagingPrefix + RunId);
        Directory.CreateDirectory(Path.Combine(StagingPath, StagedFilesFolder));
    }

    /// <summary>Full path of the output directory.</summary>
    public string TargetPath { get; }

    /// <summary>Full path of this run's staging directory.</summary>
    public string StagingPath { get; }

    /// <summary>Unique id of this run (32 hexadecimal digits), also in the manifest.</summary>
    public string RunId { get; }

    /// <summary>When this run began [UTC]; the manifest's timestamp.</summary>
    public DateTimeOffset GeneratedAtUtc { get; }

    /// <summary>Test seam: called with each file's name just before it is moved into place.</summary>
    internal Action<string>? BeforeCommitFile { get; set; }

    /// <summary>
    /// Starts a run: creates DIR if needed, takes its lock, reads the previous manifest and creates the
    /// staging directory. Throws <see cref="InvalidDataException"/> when DIR holds a <c>manifest.json</c> that is
    /// not TokenFlex's, and <see cref="IOException"/> when another run holds the lock.
    /// </summary>
    /// <param name="directory">The output directory (<c>--out</c>).</param>
    /// <param name="timeProvider">Source of the run's timestamp; the system clock when null.</param>
    public static OutputDirectory Begin(string directory, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        Directory.CreateDirectory(target);
        var fileLock = AcquireLock(target);
        try
        {
            OutputRecovery.CompleteInterrupted(target);
            var owned = new HashSet<string>(StringComparer.Ordinal);
            AddNames(owned, RunManifest.Read(target));
            var stale = Directory.GetDirectories(target, StagingPrefix + "*").Order(StringComparer.Ordinal).ToList();
            foreach (var staging in stale)
            {
                AddNames(owned, ReadPendingManifest(staging));
            }

            var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
            return new OutputDirectory(target, fileLock, owned, stale, now);
        }
        catch
        {
            fileLock.Dispose();
            throw;
        }
    }

    /// <summary>Stages a file of this run.</summary>
    /// <param name="name">Relative '/'-separated name, e.g. <c>P/plan.json</c>; unique within the run.</param>
    /// <param name="bytes">The content.</param>
    public void WriteBytes(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bytes);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("The run is already committed.");
        }

        RelativePaths.Validate(name, nameof(name));
        if (name == ManifestFileName
            || _staged.Exists(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"'{name}' is reserved or already written in this run.", nameof(name));
        }

        var path = RelativePaths.Combine(Path.Combine(StagingPath, StagedFilesFolder), name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        _staged.Add(new ManifestEntry(name, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))));
    }

    /// <summary>Stages a UTF-8 text file (no byte-order mark) of this run.</summary>
    /// <param name="name">Relative '/'-separated name; unique within the run.</param>
    /// <param name="text">The content.</param>
    public void WriteText(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteBytes(name, AtomicFile.Utf8.GetBytes(text));
    }

    /// <summary>
    /// Publishes the staged files into DIR and writes the manifest last (see the remarks on the class).
    /// On failure DIR is restored to the previous run and the exception propagates.
    /// </summary>
    /// <returns>The manifest now in DIR.</returns>
    public RunManifest Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("The run is already committed.");
        }

        var manifest = new RunManifest
        {
            RunId = RunId,
            GeneratedAtUtc = GeneratedAtUtc,
            Files = [.. _staged.OrderBy(f => f.Name, StringComparer.Ordinal)],
        };
        var bytes = manifest.ToUtf8Bytes();
        AtomicFile.WriteAllBytes(Path.Combine(StagingPath, PendingManifestFile), bytes);
        var transaction = new OutputTransaction(TargetPath, StagingPath, BeforeCommitFile);
        try
        {
            transaction.Run(manifest, bytes, _owned);
        }
        catch (OutputRollbackException)
        {
            _keepStaging = true;
            throw;
        }

        _committed = true;
        foreach (var stale in _staleStaging)
        {
            TryDeleteDirectory(stale);
        }

        transaction.RemoveEmptiedDirectories();
        return manifest;
    }

    /// <summary>
    /// Ends the run: without a commit the staging directory is deleted (DIR is unchanged); the lock is released.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_keepStaging)
        {
            TryDeleteDirectory(StagingPath);
        }

        _lock.Dispose();
    }

    private static FileStream AcquireLock(string target)
    {
        var path = Path.Combine(target, LockFileName);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new IOException($"Another TokenFlex run is writing to '{target}' ('{path}' is locked).", ex);
        }
    }

    private static RunManifest? ReadPendingManifest(string staging)
    {
        try
        {
            return RunManifest.ReadFile(Path.Combine(staging, PendingManifestFile));
        }
        catch (InvalidDataException)
        {
            // A run that crashed before its pending manifest was complete never moved a file into DIR.
            return null;
        }
    }

    private static void AddNames(HashSet<string> owned, RunManifest? manifest)
    {
        // Names from disk are untrusted: only safe relative names can ever be deleted.
        owned.UnionWith(manifest?.Files.Select(f => f.Name).Where(RelativePaths.IsSafe) ?? []);
    }

    internal static void TryDeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
