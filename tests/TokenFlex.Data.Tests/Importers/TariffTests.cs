using System.Text.Json.Nodes;

namespace TokenFlex.Data.Tests.Importers;

/// <summary>Campus TOU tariffs: local-time periods expanded to priceUsdPerMwh and a pro-rated demand charge.</summary>
public class TariffTests
{
    // The fixture's grid starts 2025-07-15T00:00Z = Monday 17:00 in America/Phoenix (UTC−7, no DST): hours 17–20.
    private static JsonObject Period(double rate, string[]? days = null, int? start = null, int? end = null)
    {
        var period = new JsonObject { ["energyUsdPerMwh"] = rate };
        if (days is not null)
        {
            period["days"] = new JsonArray(days.Select(d => (JsonNode)d!).ToArray());
        }

        if (start is not null)
        {
            (period["startHour"], period["endHour"]) = (start, end);
        }

        return period;
    }

    private static JsonObject WithTariff(double monthlyDemandCharge, params JsonObject[] periods)
    {
        var node = TestScenarios.ValidNode();
        var phx = node.Campus(0);
        phx.Remove("priceUsdPerMwh");
        phx.Remove("demandChargeUsdPerKw");
        phx["tariff"] = new JsonObject
        {
            ["periods"] = new JsonArray(periods.Select(p => (JsonNode)p).ToArray()),
            ["demandChargeUsdPerKwMonth"] = monthlyDemandCharge,
        };
        return node;
    }

    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri"];

    [Fact]
    public void ReadString_Tariff_ExpandsLocalHoursAndProRatesTheDemandCharge()
    {
        // Arrange: weekday peak 18:00–20:00 local at 250, otherwise 90; 25 USD/kW-month.
        var node = WithTariff(25, Period(250, Weekdays, 18, 20), Period(90));

        // Act
        var campus = TestScenarios.Read(node).Campuses[0];

        // Assert: local 17, 18, 19, 20 h; 25 × 4 h / 730.5 h.
        campus.PriceUsdPerMwh.ShouldBe([90, 250, 250, 90]);
        campus.DemandChargeUsdPerKw.ShouldBe(25 * 4 / 730.5, 1e-12);
    }

    [Fact]
    public void ReadString_TariffPeriodPastMidnight_Wraps()
    {
        // Arrange: 19:00–02:00 at 40, otherwise 100.
        var node = WithTariff(0, Period(40, start: 19, end: 2), Period(100));

        // Act
        var campus = TestScenarios.Read(node).Campuses[0];

        // Assert
        campus.PriceUsdPerMwh.ShouldBe([100, 100, 40, 40]);
    }

    [Fact]
    public void ReadString_TariffAndPrice_IsAnError()
    {
        // Arrange
        var node = WithTariff(0, Period(90));
        node.Campus(0)["priceUsdPerMwh"] = 50;

        // Act
        var errors = TestScenarios.ErrorsOf(node.ToJsonString());

        // Assert
        errors.ShouldContainError("campuses[0].priceUsdPerMwh",
            "give either priceUsdPerMwh or tariff, not both; the tariff sets it");
    }

    [Fact]
    public void ReadString_TariffWithoutDefault_NamesTheFirstUncoveredLocalTime()
    {
        // Arrange: weekend only.
        var node = WithTariff(0, Period(90, ["sat", "sun"]));

        // Act
        var errors = TestScenarios.ErrorsOf(node.ToJsonString());

        // Assert
        errors.ShouldContainError("campuses[0].tariff.periods", "local time Mon 2025-07-14 17:00 (America/Phoenix) "
                                                                + "matches no period; add a last period without days "
                                                                + "and hours as the default");
        errors.Count.ShouldBe(1);
    }

    [Fact]
    public void ReadString_TariffWithUnknownDayAndHalfARange_ReportsBoth()
    {
        // Arrange
        var node = WithTariff(0, Period(250, ["mon", "funday"]), Period(90));
        node.Campus(0)["tariff"]!["periods"]![1]!["startHour"] = 7;

        // Act
        var errors = TestScenarios.ErrorsOf(node.ToJsonString());

        // Assert
        errors.ShouldContainError("campuses[0].tariff.periods[0].days[1]",
            "unknown day 'funday'; use mon, tue, wed, thu, fri, sat or sun");
        errors.ShouldContainError("campuses[0].tariff.periods[1].endHour",
            "give both startHour and endHour, or neither for the whole day");
    }

    [Fact]
    public void ReadString_TariffExampleOfTheFormatDoc_ExpandsOnTheFixture()
    {
        // Arrange: the ```jsonc "tariff" block of docs/scenario-format.md on the fixture's phx campus.
        var markdown = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "scenario-format.md"));
        var start = markdown.IndexOf("```jsonc\n\"tariff\"", StringComparison.Ordinal) + "```jsonc\n".Length;
        var block = markdown[start..markdown.IndexOf("```", start, StringComparison.Ordinal)];
        var node = WithTariff(0, Period(1));
        node.Campus(0)["tariff"] = JsonNode.Parse("{" + block + "}")!["tariff"]!.DeepClone();

        // Act
        var campus = TestScenarios.Read(node).Campuses[0];

        // Assert: Monday 17–20 h local is peak (250); 18.5 USD/kW-month × 4 h / 730.5 h.
        campus.PriceUsdPerMwh.ShouldBe([250, 250, 250, 250]);
        campus.DemandChargeUsdPerKw.ShouldBe(18.5 * 4 / 730.5, 1e-12);
    }
}
