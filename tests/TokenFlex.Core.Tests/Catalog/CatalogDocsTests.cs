using TokenFlex.Core.Catalog;

namespace TokenFlex.Core.Tests.Catalog;

public class CatalogDocsTests
{
    [Fact]
    public void CatalogDoc_EntryAndRatioTables_MatchTheBuiltInCatalogue()
    {
        // Arrange: docs/catalog.md pastes the tables the code produces; regenerate them when the data changes
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "catalog.md")).ReplaceLineEndings("\n");

        // Act
        var entries = CatalogTable.Entries(BuiltInCatalog.Report).ReplaceLineEndings("\n");
        var ratios = CatalogTable.Ratios(BuiltInCatalog.Report).ReplaceLineEndings("\n");

        // Assert
        doc.ShouldContain(entries, customMessage: "Paste this entries table into docs/catalog.md:\n" + entries);
        doc.ShouldContain(ratios, customMessage: "Paste this ratio table into docs/catalog.md:\n" + ratios);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TokenFlex.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TokenFlex.slnx not found above the tests.");
    }
}
