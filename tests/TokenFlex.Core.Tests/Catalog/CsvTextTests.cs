using TokenFlex.Core.Catalog;

namespace TokenFlex.Core.Tests.Catalog;

public class CsvTextTests
{
    [Fact]
    public void Parse_QuotedFieldWithCommasAndDoubledQuotes_KeepsOneField()
    {
        // Arrange
        const string text = "a,b\n1,\"x, y \"\"z\"\"\"\n";

        // Act
        var records = CsvText.Parse(text);

        // Assert
        records.Count.ShouldBe(2);
        records[1].ShouldBe(["1", "x, y \"z\""]);
    }

    [Fact]
    public void Parse_CrLfLineEndsAndEmptyFields_KeepsEmptyFieldsWithoutExtraRecord()
    {
        // Arrange
        const string text = "a,b,c\r\n1,,3\r\n";

        // Act
        var records = CsvText.Parse(text);

        // Assert
        records.Count.ShouldBe(2);
        records[1].ShouldBe(["1", "", "3"]);
    }

    [Fact]
    public void Parse_QuotedFieldWithLineBreak_KeepsTheBreakInsideTheField()
    {
        // Arrange
        const string text = "a\n\"line 1\nline 2\"";

        // Act
        var records = CsvText.Parse(text);

        // Assert
        records.Count.ShouldBe(2);
        records[1][0].ShouldBe("line 1\nline 2");
    }

    [Fact]
    public void Parse_UnclosedQuote_ThrowsFormatException()
    {
        // Arrange
        const string text = "a\n\"open";

        // Act
        var act = () => CsvText.Parse(text);

        // Assert
        Should.Throw<FormatException>(act);
    }
}
