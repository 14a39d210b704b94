namespace TokenFlex.Reporting;

/// <summary>
/// The commit of one run into its output directory: every change is recorded with its undo, the
/// manifest rename is the commit point, and any failure before it undoes the changes in reverse order.
/// </summary>
internal sealed class OutputTransaction(string targetPath, string stagingPath, Action<string>? beforeCommitFile)
{
    private readonly List<Action> _undo = [];
    private readonly List<string> _createdDirectories = [];
    private readonly List<string> _emptiedCandidates = [];

    /// <summary>Moves stale files aside, staged files in, then writes the manifest; undoes all on failure.</summary>
    public void Run(RunManifest manifest, byte[] manifestBytes, IReadOnlySet<string> owned)
    {
        try
        {
            var produced = manifest.Files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var name in owned.Where(n => !produced.Contains(n) && n != OutputDirectory.ManifestFileName)
                         .Order(StringComparer.Ordinal))
            {
                MoveAside(name);
            }

            foreach (var file in manifest.Files)
            {
                beforeCommitFile?.Invoke(file.Name);
                MoveIn(file.Name);
            }

            // Commit point: from here on, manifest.json names this run.
            AtomicFile.WriteAllBytes(Path.Combine(targetPath, OutputDirectory.ManifestFileName), manifestBytes);
        }
        catch (Exception failure)
        {
            Undo(failure);
            throw;
        }
    }

    /// <summary>After the commit: removes directories left empty by deleted stale files (best effort).</summary>
    public void RemoveEmptiedDirectories()
    {
        foreach (var directory in _emptiedCandidates.Distinct().OrderByDescending(d => d.Length))
        {
            RemoveIfEmpty(directory);
        }
    }

    private void MoveAside(string name)
    {
        var target = RelativePaths.Combine(targetPath, name);
        if (!File.Exists(target))
        {
            return;
        }

        var backup = Backup(name);
        File.Move(target, backup);
        _undo.Add(() =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(backup, target);
        });
        for (var parent = Path.GetDirectoryName(target); parent is not null && parent.Length > targetPath.Length;
             parent = Path.GetDirectoryName(parent))
        {
            _emptiedCandidates.Add(parent);
        }
    }

    private void MoveIn(string name)
    {
        var source = RelativePaths.Combine(Path.Combine(stagingPath, OutputDirectory.StagedFilesFolder), name);
        var target = RelativePaths.Combine(targetPath, name);
        CreateParents(target);
        if (File.Exists(target))
        {
            // Atomic replace that keeps the old content as a backup for the undo.
            var backup = Backup(name);
            File.Replace(source, target, backup);
            _undo.Add(() => File.Move(backup, target, overwrite: true));
        }
        else
        {
            File.Move(source, target);
            _undo.Add(() => File.Delete(target));
        }
    }

    private string Backup(string name)
    {
        var backup = RelativePaths.Combine(Path.Combine(stagingPath, OutputDirectory.BackupFolder), name);
        Directory.CreateDirectory(Path.GetDirectoryName(backup)!);
        return backup;
    }

    private void CreateParents(string target)
    {
        var missing = new Stack<string>();
        for (var parent = Path.GetDirectoryName(target);
             parent is not null && parent.Length > targetPath.Length && !Directory.Exists(parent);
             parent = Path.GetDirectoryName(parent))
        {
            missing.Push(parent);
        }

        foreach (var directory in missing)
        {
            Directory.CreateDirectory(directory);
            _createdDirectories.Add(directory);
        }
    }

    private void Undo(Exception failure)
    {
        try
        {
            for (var i = _undo.Count - 1; i >= 0; i--)
            {
                _undo[i]();
            }

            foreach (var directory in Enumerable.Reverse(_createdDirectories))
            {
                RemoveIfEmpty(directory);
            }
        }
        catch (Exception undoFailure) when (undoFailure is IOException or UnauthorizedAccessException)
        {
            throw new OutputRollbackException(
                $"Writing to '{targetPath}' failed ({failure.Message}) and restoring the previous run failed too; "
                + $"the previous files are kept in '{stagingPath}'.", new AggregateException(failure, undoFailure));
        }
    }

    private static void RemoveIfEmpty(string directory)
    {
        try
        {
            if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
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
