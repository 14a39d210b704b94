namespace TokenFlex.Data.Tests;

public class DocumentationTests
{
    [Fact]
    public void ReadString_ExampleOfScenarioFormatDoc_IsValid()
    {
        // Arrange: the JSON block of docs/scenario-format.md, found by walking up from the test output.
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "scenario-format.md")))
        {
            directory = directory.Parent;
        }

        directory.ShouldNotBeNull("docs/scenario-format.md not found above the test output directory");
        var markdown = File.ReadAllText(Path.Combine(directory.FullName, "docs", "scenario-format.md"));
        var start = markdown.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var json = markdown[start..markdown.IndexOf("```", start, StringComparison.Ordinal)];

        // Act
        var scenario = ScenarioReader.ReadString(json, TestScenarios.DataDirectory, TestCatalog.Entries);

        // Assert
        scenario.Campuses.Count.ShouldBe(2);
        scenario.Configurations.Count.ShouldBe(4);
    }
}
