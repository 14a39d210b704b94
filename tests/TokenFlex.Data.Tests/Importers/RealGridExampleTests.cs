using System.Globalization;
using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Tests.Importers;

/// <summary>examples/real-grid-2025-03-24 reads real 5-minute LMPs and Electricity Maps exports.</summary>
[Trait("Category", "Examples")]
public class RealGridExampleTests
{
    private static string Example(string name) => RepositoryPaths.Examples("real-grid-2025-03-24", name);

    /// <summary>Column <paramref name="column"/> of the data rows, parsed by plain splitting (no quoted fields).</summary>
    private static double[] Column(string file, string column)
    {
        var lines = File.ReadAllLines(Example(file));
        var index = Array.IndexOf(lines[0].Split(','), column);
        return lines.Skip(1).Select(l => double.Parse(l.Split(',')[index], CultureInfo.InvariantCulture)).ToArray();
    }

    [Fact]
    public void ReadFile_RealGridExample_AveragesFiveMinuteLmpsAndShiftsLastYearsCarbon()
    {
        // Arrange: the hourly means of the 5-minute CAISO LMPs and the life-cycle column of the PJM export.
        var caisoLmp = Column("CAISO_rt_lmp_2025-03-24.csv", "lmp");
        var expectedCaiso = Enumerable.Range(0, 24).Select(h => caisoLmp.Skip(12 * h).Take(12).Average()).ToArray();
        var expectedPjmCarbon = Column("US-MIDA-PJM_carbon_2024-03-25.csv",
            "Carbon intensity gCO₂eq/kWh (Life cycle)");

        // Act
        var scenario = ScenarioReader.ReadFile(Example("scenario.json"), Core.Catalog.BuiltInCatalog.Entries);

        // Assert
        scenario.Campuses[0].PriceUsdPerMwh.ShouldBe(expectedCaiso, tolerance: 1e-9);
        scenario.Campuses[0].PriceUsdPerMwh.Min().ShouldBeLessThan(0, "CAISO NP15 has negative hours that day");
        scenario.Campuses[2].CarbonGPerKwh.ShouldBe(expectedPjmCarbon);
        scenario.CarbonSignal.ShouldBe(new CarbonSignal(CarbonSignalType.Average, EmissionScope.Lifecycle));
    }
}
