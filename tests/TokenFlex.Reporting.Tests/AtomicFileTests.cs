namespace TokenFlex.Reporting.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void WriteAllText_ExistingFile_ReplacesContentAndLeavesNoTemporary()
    {
        // Arrange
        var path = _dir.File("a.txt");
        File.WriteAllText(path, "old");

        // Act
        AtomicFile.WriteAllText(path, "new");

        // Assert
        File.ReadAllText(path).ShouldBe("new");
        Directory.GetFiles(_dir.Path).Select(Path.GetFileName).ShouldBe(["a.txt"]);
    }

    [Fact]
    public void Write_CallbackThrowsMidway_KeepsOldContentAndDeletesTemporary()
    {
        // Arrange
        var path = _dir.File("a.txt");
        File.WriteAllText(path, "old");

        // Act
        var thrown = Should.Throw<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidOperationException("disk full");
        }));

        // Assert
        thrown.Message.ShouldBe("disk full");
        File.ReadAllText(path).ShouldBe("old");
        Directory.GetFiles(_dir.Path).Select(Path.GetFileName).ShouldBe(["a.txt"]);
    }
}
