namespace TokenFlex.Data.Tests;

/// <summary>Paths in the repository checkout (examples/), found from the test binaries upwards.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples(params string[] parts) => Path.Combine([Root, "examples", .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null;
             directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TokenFlex.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No TokenFlex.slnx above {AppContext.BaseDirectory}.");
    }
}
