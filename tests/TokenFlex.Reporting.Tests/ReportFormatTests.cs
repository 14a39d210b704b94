using System.Globalization;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Reporting.Tests;

public class ReportFormatTests
{
    [Theory]
    [InlineData(1e-5)]
    [InlineData(-2.5e-7)]
    [InlineData(1.0 / 3)]
    [InlineData(0.1 + 0.2)]
    [InlineData(350.00000000000006)]
    [InlineData(1e21)]
    [InlineData(123456789012345680000.0)]
    [InlineData(5e-324)]
    [InlineData(double.MaxValue)]
    public void Number_AnyFiniteValue_RoundTripsExactlyWithoutExponent(double value)
    {
        // Arrange: values whose shortest form would use an exponent or need 17 digits.

        // Act
        var text = ReportFormat.Number(value);

        // Assert
        text.ShouldNotContain("E");
        text.ShouldNotContain("e");
        double.Parse(text, CultureInfo.InvariantCulture).ShouldBe(value);
    }

    [Fact]
    public void Number_SmallValue_WritesPlainDecimal()
    {
        // Arrange
        const double value = 0.00001;

        // Act
        var text = ReportFormat.Number(value);

        // Assert
        text.ShouldBe("0.00001");
    }

    [Fact]
    public void Number_NegativeZeroAndNonFinite_ZeroAndEmptyCell()
    {
        // Arrange, Act and Assert
        ReportFormat.Number(-0.0).ShouldBe("0");
        ReportFormat.Number(double.NaN).ShouldBe("");
        ReportFormat.Number(double.PositiveInfinity).ShouldBe("");
    }

    [Fact]
    public void Timestamp_OffsetInstant_Rfc3339InUtc()
    {
        // Arrange: 02:00 at UTC+2 is midnight UTC.
        var local = new DateTimeOffset(2025, 7, 15, 2, 0, 0, TimeSpan.FromHours(2));

        // Act
        var whole = ReportFormat.Timestamp(local);
        var fractional = ReportFormat.Timestamp(local.AddMilliseconds(500));

        // Assert
        whole.ShouldBe("2025-07-15T00:00:00Z");
        fractional.ShouldBe("2025-07-15T00:00:00.5Z");
    }

    [Fact]
    public void Status_EveryValue_LowercaseCamelCase()
    {
        // Arrange
        var all = Enum.GetValues<SolveStatus>();

        // Act
        var names = all.Select(ReportFormat.Status).ToArray();

        // Assert
        names.ShouldBe(["optimal", "feasible", "infeasible", "unbounded", "noSolution", "error"]);
    }
}
