using System.Text.Json;

namespace TokenFlex.Reporting.Tests;

public sealed class RunOutputWriterTests : IDisposable
{
    private static readonly string[] StrategyFiles =
        ["backlogs.csv", "campus-periods.csv", "cost-periods.csv", "costs.csv", "instances.csv", "plan.json", "token-flows.csv"];

    private static readonly string[] PlanFiles =
    [
        "backlogs.csv", "campus-periods.csv", "cost-periods.csv", "costs.csv", "instances.csv", "plan.json", "stage-one.json",
        "token-flows.csv",
    ];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static RunOutputWriter Writer() =>
        new(new FixedTime(new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Write_TwoStrategies_WritesLayoutWithManifestLast()
    {
        // Arrange
        var results = new[] { Plans.WithTotal("B0", 100), Plans.Micro };

        // Act
        var written = Writer().Write(_dir.Path, "micro", results);

        // Assert
        var names = written.Select(p => Path.GetRelativePath(_dir.Path, p).Replace('\\', '/')).ToList();
        names[^1].ShouldBe("manifest.json");
        // The solved plan P carries stage-1 decisions (stage-one.json); the hand-made B0 record does not.
        names.ShouldBe(
            [.. StrategyFiles.Select(f => "B0/" + f), .. PlanFiles.Select(f => "P/" + f), "costs.csv",
             "summary.json", "manifest.json"]);
        names.ShouldAllBe(n => File.Exists(_dir.File(n)));
        RunManifest.Read(_dir.Path)!.Files.Select(f => f.Name).ShouldBe(names[..^1]);
        using var plan = JsonDocument.Parse(File.ReadAllBytes(_dir.File("P/plan.json")));
        plan.RootElement.GetProperty("strategy").GetProperty("savingVsB0").GetDouble().ShouldBe(0.65, 1e-9);
    }

    [Fact]
    public void Write_StagingFailsOnSecondFile_KeepsPreviousRunAndLeavesNoStaging()
    {
        // Arrange
        Writer().Write(_dir.Path, "micro", [Plans.WithTotal("B0", 100)]);
        var before = _dir.Snapshot();
        var staged = 0;
        var failing = Writer();
        failing.BeforeStageFile = _ => { if (++staged == 2) throw new InvalidOperationException("writer failed"); };

        // Act
        Should.Throw<InvalidOperationException>(() =>
            failing.Write(_dir.Path, "micro", [Plans.WithTotal("B0", 90), Plans.WithTotal("P", 50)]));

        // Assert
        staged.ShouldBe(2);
        _dir.Snapshot().ShouldBe(before);
        Directory.GetDirectories(_dir.Path, OutputDirectory.StagingPrefix + "*").ShouldBeEmpty();
    }

    [Fact]
    public void Write_CommitFailsOnLastFile_RestoresPreviousRunAndLeavesNoStaging()
    {
        // Arrange: the last file to move (summary.json) fails, after B0/ was replaced and P/ created.
        Writer().Write(_dir.Path, "micro", [Plans.WithTotal("B0", 100)]);
        var before = _dir.Snapshot();
        var moved = new List<string>();
        var failing = Writer();
        failing.BeforeCommitFile = name =>
        {
            moved.Add(name);
            if (name == "summary.json")
            {
                throw new IOException("disk full");
            }
        };

        // Act
        Should.Throw<IOException>(() =>
            failing.Write(_dir.Path, "micro", [Plans.WithTotal("B0", 90), Plans.WithTotal("P", 50)]));

        // Assert
        moved.Count.ShouldBe(16);
        _dir.Snapshot().ShouldBe(before);
        Directory.Exists(_dir.File("P")).ShouldBeFalse();
        Directory.GetDirectories(_dir.Path, OutputDirectory.StagingPrefix + "*").ShouldBeEmpty();
    }

    [Fact]
    public void Write_RerunWithoutAStrategy_DeletesItsFilesButKeepsUserFiles()
    {
        // Arrange
        Writer().Write(_dir.Path, "micro", [Plans.WithTotal("B0", 100), Plans.WithTotal("P", 60)]);
        File.WriteAllText(_dir.File("notes.txt"), "mine");

        // Act
        Writer().Write(_dir.Path, "micro", [Plans.WithTotal("B0", 95)]);

        // Assert
        Directory.Exists(_dir.File("P")).ShouldBeFalse();
        File.ReadAllText(_dir.File("notes.txt")).ShouldBe("mine");
        using var summary = JsonDocument.Parse(File.ReadAllBytes(_dir.File("summary.json")));
        summary.RootElement.GetProperty("strategies").GetArrayLength().ShouldBe(1);
        File.ReadAllText(_dir.File("costs.csv")).ShouldNotContain("P,");
    }

    [Theory]
    [InlineData("../P")]
    [InlineData("a/b")]
    [InlineData("summary.json")]
    [InlineData("")]
    public void Write_StrategyNameUnfitForAFolder_ThrowsBeforeCreatingAnything(string strategy)
    {
        // Arrange
        var target = _dir.File("out");

        // Act
        Should.Throw<ArgumentException>(() => Writer().Write(target, "micro", [Plans.WithTotal(strategy, 1)]));

        // Assert
        Directory.Exists(target).ShouldBeFalse();
    }

    [Fact]
    public void Write_DuplicateStrategyIgnoringCase_Throws()
    {
        // Arrange
        var results = new[] { Plans.WithTotal("P", 1), Plans.WithTotal("p", 2) };

        // Act
        var thrown = Should.Throw<ArgumentException>(() => Writer().Write(_dir.Path, "micro", results));

        // Assert
        thrown.Message.ShouldContain("appears twice");
    }
}
