using TokenFlex.Core.Time;

namespace TokenFlex.Data.Tests.Importers;

/// <summary>The hand-written import files under TestData/importers and scratch files for malformed variants.</summary>
internal static class ImportTestFiles
{
    public static readonly DateTimeOffset Start = new(2025, 3, 24, 7, 0, 0, TimeSpan.Zero);

    public static string Directory { get; } = Path.Combine(TestScenarios.DataDirectory, "importers");

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static TimeGrid Grid(double stepHours, int periods, DateTimeOffset? start = null) =>
        new() { StartUtc = start ?? Start, StepHours = stepHours, PeriodCount = periods };

    /// <summary>Writes <paramref name="content"/> to a new scratch directory and returns the file's path.</summary>
    public static string Scratch(string name, string content)
    {
        var directory = Path.Combine(Path.GetTempPath(), "tokenflex-importer-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A copy of a test file with one text replaced, in a scratch directory.</summary>
    public static string Variant(string name, string find, string replace)
    {
        var text = File.ReadAllText(PathOf(name));
        text.ShouldContain(find);
        return Scratch(name, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
