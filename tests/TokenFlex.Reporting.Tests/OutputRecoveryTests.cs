namespace TokenFlex.Reporting.Tests;

/// <summary>
/// A process killed in the middle of a commit is simulated by copying the output directory at that moment (from the
/// <see cref="OutputDirectory.BeforeCommitFile"/> seam); the copy is what a kill would leave on disk.
/// </summary>
public sealed class OutputRecoveryTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly TempDirectory _killed = new();

    public void Dispose()
    {
        _dir.Dispose();
        _killed.Dispose();
    }

    private static RunManifest Run(
        TempDirectory directory, Action<string>? beforeCommitFile, params (string Name, string Text)[] files)
    {
        using var output = OutputDirectory.Begin(directory.Path);
        output.BeforeCommitFile = beforeCommitFile;
        foreach (var (name, text) in files)
        {
            output.WriteText(name, text);
        }

        return output.Commit();
    }

    /// <summary>Runs B over A and copies the directory when B is about to move <paramref name="killAt"/> in.</summary>
    private RunManifest KillRunBAt(string killAt)
    {
        Run(_dir, null, ("a.csv", "old a"), ("b.csv", "old b"), ("c.csv", "old c"));
        return Run(_dir, name =>
        {
            if (name == killAt)
            {
                CopyTree(_dir.Path, _killed.Path);
            }
        }, ("a.csv", "new a"), ("b.csv", "new b"), ("d.csv", "new d"));
    }

    [Fact]
    public void Begin_AfterAKillInTheMiddleOfACommit_CompletesTheInterruptedRun()
    {
        // Arrange: killed after c.csv was moved aside and a.csv moved in, before b.csv.
        var runB = KillRunBAt("b.csv");
        var killed = _killed.Snapshot();
        killed["a.csv"].ShouldBe("new a");
        killed["b.csv"].ShouldBe("old b");

        // Act
        OutputDirectory.Begin(_killed.Path).Dispose();

        // Assert
        var recovered = _killed.Snapshot();
        recovered.Keys.Where(k => !k.StartsWith('.') && k != OutputDirectory.ManifestFileName)
            .ShouldBe(["a.csv", "b.csv", "d.csv"]);
        (recovered["a.csv"], recovered["b.csv"], recovered["d.csv"]).ShouldBe(("new a", "new b", "new d"));
        RunManifest.Read(_killed.Path)!.RunId.ShouldBe(runB.RunId);
        Directory.GetDirectories(_killed.Path, OutputDirectory.StagingPrefix + "*").ShouldBeEmpty();
    }

    [Fact]
    public void Begin_WhenAStagedFileOfTheKilledRunIsGone_LeavesTheDirectoryForTheNextCommit()
    {
        // Arrange: as above, then the staged d.csv is lost, so the killed run cannot be completed.
        var runB = KillRunBAt("b.csv");
        var staging = Directory.GetDirectories(_killed.Path, OutputDirectory.StagingPrefix + "*")
            .ShouldHaveSingleItem();
        File.Delete(Path.Combine(staging, "files", "d.csv"));
        var before = _killed.Snapshot();

        // Act
        OutputDirectory.Begin(_killed.Path).Dispose();
        var untouched = _killed.Snapshot();
        untouched.Remove(OutputDirectory.LockFileName);
        Run(_killed, null, ("e.csv", "run C"));

        // Assert: nothing changed at the start but the lock file; the next commit removes every file either earlier
        // run claimed.
        untouched.ShouldBe(before);
        RunManifest.Read(_killed.Path)!.RunId.ShouldNotBe(runB.RunId);
        _killed.Snapshot().Keys.Where(k => !k.StartsWith('.') && k != OutputDirectory.ManifestFileName)
            .ShouldBe(["e.csv"]);
    }

    /// <summary>Copies a directory tree, except the lock file, which the running commit holds.</summary>
    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative == OutputDirectory.LockFileName)
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
