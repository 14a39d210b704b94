namespace TokenFlex.Browser.Tests;

/// <summary>The repository's <c>artifacts/</c> folder (git-ignored), for screenshots worth looking at after a run.</summary>
internal static class Artifacts
{
    /// <summary>A path under <c>artifacts/</c>, its folder created; under the test's output folder outside a checkout.</summary>
    public static string PathOf(string folder, string file)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "TokenFlex.slnx")))
        {
            root = root.Parent;
        }

        var directory = Path.Combine(root?.FullName ?? AppContext.BaseDirectory, "artifacts", folder);
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, file);
    }
}
