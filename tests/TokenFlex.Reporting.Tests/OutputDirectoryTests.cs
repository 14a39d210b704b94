using System.Security.Cryptography;
using System.Text;

namespace TokenFlex.Reporting.Tests;

public sealed class OutputDirectoryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 8, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private RunManifest Run(params (string Name, string Text)[] files)
    {
        using var output = OutputDirectory.Begin(_dir.Path, new FixedTime(Now));
        foreach (var (name, text) in files)
        {
            output.WriteText(name, text);
        }

        return output.Commit();
    }

    private string[] StagingDirectories() =>
        Directory.GetDirectories(_dir.Path, OutputDirectory.StagingPrefix + "*");

    [Fact]
    public void Commit_FirstRun_WritesFilesAndManifestWithSizesAndHashes()
    {
        // Arrange
        (string, string)[] files = [("summary.json", "{}"), ("P/plan.json", "{\"a\":1}")];

        // Act
        var manifest = Run(files);

        // Assert
        manifest.GeneratedAtUtc.ShouldBe(Now);
        manifest.RunId.Length.ShouldBe(32);
        manifest.Files.Select(f => f.Name).ShouldBe(["P/plan.json", "summary.json"]);
        foreach (var entry in manifest.Files)
        {
            var bytes = File.ReadAllBytes(_dir.File(entry.Name));
            entry.Bytes.ShouldBe(bytes.Length);
            entry.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        RunManifest.Read(_dir.Path).ShouldBe(manifest, new ManifestComparer());
        StagingDirectories().ShouldBeEmpty();
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesPreviousRunUntouchedAndNoStaging()
    {
        // Arrange
        Run(("a.csv", "old a"), ("b.csv", "old b"));
        var before = _dir.Snapshot();

        // Act
        using (var output = OutputDirectory.Begin(_dir.Path))
        {
            output.WriteText("a.csv", "new a");
            output.WriteText("c.csv", "new c");
        }

        // Assert
        _dir.Snapshot().ShouldBe(before);
        StagingDirectories().ShouldBeEmpty();
    }

    [Fact]
    public void Commit_MoveOfSecondFileFails_RestoresPreviousRunExactly()
    {
        // Arrange: the new run replaces a.csv, adds P/c.csv and drops b.csv; the second move fails.
        Run(("a.csv", "old a"), ("b.csv", "old b"));
        var before = _dir.Snapshot();
        var output = OutputDirectory.Begin(_dir.Path);
        output.WriteText("a.csv", "new a");
        output.WriteText("P/c.csv", "new c");
        output.WriteText("z.csv", "new z");
        var moves = 0;
        output.BeforeCommitFile = _ => { if (++moves == 2) throw new IOException("disk full"); };

        // Act
        var thrown = Should.Throw<IOException>(output.Commit);
        output.Dispose();

        // Assert
        thrown.Message.ShouldBe("disk full");
        moves.ShouldBe(2);
        _dir.Snapshot().ShouldBe(before);
        Directory.Exists(_dir.File("P")).ShouldBeFalse();
        StagingDirectories().ShouldBeEmpty();
    }

    [Fact]
    public void Commit_Rerun_DeletesFilesOfOldManifestOnlyAndKeepsUserFiles()
    {
        // Arrange
        Run(("a.csv", "old a"), ("B1/x.csv", "old x"), ("P/y.csv", "old y"));
        File.WriteAllText(_dir.File("notes.txt"), "mine");
        File.WriteAllText(_dir.File("P/mine.txt"), "mine too");

        // Act
        Run(("a.csv", "new a"));

        // Assert
        _dir.Snapshot().Keys.Order().ShouldBe(
            [OutputDirectory.LockFileName, "P/mine.txt", "a.csv", "manifest.json", "notes.txt"]);
        File.ReadAllText(_dir.File("a.csv")).ShouldBe("new a");
        Directory.Exists(_dir.File("B1")).ShouldBeFalse();
    }

    [Fact]
    public void Begin_ForeignManifestJson_ThrowsAndChangesNothing()
    {
        // Arrange
        File.WriteAllText(_dir.File("manifest.json"), "{\"name\":\"someone else's\"}");
        File.WriteAllText(_dir.File("a.csv"), "theirs");

        // Act
        var thrown = Should.Throw<InvalidDataException>(() => OutputDirectory.Begin(_dir.Path));

        // Assert
        thrown.Message.ShouldContain("not a TokenFlex run manifest");
        File.ReadAllText(_dir.File("a.csv")).ShouldBe("theirs");
        StagingDirectories().ShouldBeEmpty();
    }

    [Fact]
    public void Begin_WhileAnotherRunWrites_ThrowsIOException()
    {
        // Arrange
        using var first = OutputDirectory.Begin(_dir.Path);

        // Act
        var thrown = Should.Throw<IOException>(() => OutputDirectory.Begin(_dir.Path));

        // Assert
        thrown.Message.ShouldContain("Another TokenFlex run");
    }

    [Fact]
    public void Commit_TamperedManifestNameOutsideDirectory_NeverDeletesIt()
    {
        // Arrange: an earlier manifest claims a file outside the directory.
        Run(("a.csv", "a"));
        var outside = Path.Combine(Path.GetDirectoryName(_dir.Path)!, Path.GetFileName(_dir.Path) + "-outside.txt");
        File.WriteAllText(outside, "keep");
        var manifest = File.ReadAllText(_dir.File("manifest.json"))
            .Replace("\"a.csv\"", "\"../" + Path.GetFileName(outside) + "\"", StringComparison.Ordinal);
        File.WriteAllText(_dir.File("manifest.json"), manifest);

        try
        {
            // Act
            Run(("b.csv", "b"));

            // Assert
            File.ReadAllText(outside).ShouldBe("keep");
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void Commit_AfterCrashedRun_DeletesFilesTheCrashedRunClaimed()
    {
        // Arrange: a crashed run left its staging directory and had moved "half.csv" into place.
        Run(("a.csv", "a"));
        var crashed = _dir.File(OutputDirectory.StagingPrefix + "crashed");
        Directory.CreateDirectory(crashed);
        var pending = new RunManifest { RunId = "crashed", GeneratedAtUtc = Now, Files = [new("half.csv", 4, "00")] };
        File.WriteAllBytes(Path.Combine(crashed, "pending-manifest.json"), pending.ToUtf8Bytes());
        File.WriteAllText(_dir.File("half.csv"), "half");

        // Act
        Run(("a.csv", "a2"));

        // Assert
        File.Exists(_dir.File("half.csv")).ShouldBeFalse();
        StagingDirectories().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("../x.csv")]
    [InlineData("/tmp/x.csv")]
    [InlineData(".hidden")]
    [InlineData("P//x.csv")]
    [InlineData("manifest.json")]
    public void WriteText_UnsafeOrReservedName_Throws(string name)
    {
        // Arrange
        using var output = OutputDirectory.Begin(_dir.Path);

        // Act and Assert
        Should.Throw<ArgumentException>(() => output.WriteText(name, "x"));
    }

    private sealed class ManifestComparer : IEqualityComparer<RunManifest>
    {
        public bool Equals(RunManifest? x, RunManifest? y) =>
            x is not null && y is not null && x.RunId == y.RunId && x.GeneratedAtUtc == y.GeneratedAtUtc
            && x.Files.SequenceEqual(y.Files);

        public int GetHashCode(RunManifest obj) => obj.RunId.GetHashCode(StringComparison.Ordinal);
    }
}
