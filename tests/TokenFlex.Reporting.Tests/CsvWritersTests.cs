using System.Globalization;
using System.Reflection;
using System.Text.Json;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Tests;

public class CsvWritersTests
{
    private static CampusPeriodResult Row(string campusId) => new()
    {
        CampusId = campusId,
        Period = 3,
        StartUtc = Plans.Start.AddHours(3),
        ItPowerKw = 1.0 / 3,
        GridImportKw = 0.00001,
        BatteryEnergyKwh = 1e21,
        PriceUsdPerMwh = -12.5,
        DrEventCalled = true,
    };

    [Fact]
    public void CampusPeriods_Header_HasAColumnForEveryRecordProperty()
    {
        // Arrange
        var properties = typeof(CampusPeriodResult).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

        // Act
        var header = Csv.Parse(CsvWriters.CampusPeriods([]))[0];

        // Assert
        header.Count.ShouldBe(22);
        header.ShouldBe(properties, ignoreOrder: true);
        header[..3].ShouldBe(["campusId", "period", "startUtc"]);
    }

    [Fact]
    public void CampusPeriods_CampusIdWithCommaOrQuote_IsQuotedPerRfc4180()
    {
        // Arrange
        var rows = new[] { Row("north, 1"), Row("say \"A\""), Row("plain") };

        // Act
        var text = CsvWriters.CampusPeriods(rows);

        // Assert
        var lines = text.Split("\r\n");
        lines[1].ShouldStartWith("\"north, 1\",3,2025-07-15T03:00:00Z,");
        lines[2].ShouldStartWith("\"say \"\"A\"\"\",3,");
        lines[3].ShouldStartWith("plain,3,");
        Csv.Parse(text).Skip(1).Select(r => r[0]).ShouldBe(["north, 1", "say \"A\"", "plain"]);
    }

    [Fact]
    public void CampusPeriods_Numbers_RoundTripExactly()
    {
        // Arrange
        var row = Row("c1");

        // Act
        var parsed = Csv.Parse(CsvWriters.CampusPeriods([row]));

        // Assert
        var cells = parsed[0].Zip(parsed[1]).ToDictionary(p => p.First, p => p.Second);
        cells["gridImportKw"].ShouldBe("0.00001");
        double.Parse(cells["itPowerKw"], CultureInfo.InvariantCulture).ShouldBe(row.ItPowerKw);
        double.Parse(cells["batteryEnergyKwh"], CultureInfo.InvariantCulture).ShouldBe(row.BatteryEnergyKwh);
        cells["priceUsdPerMwh"].ShouldBe("-12.5");
        cells["drEventCalled"].ShouldBe("true");
        cells["pvKw"].ShouldBe("0");
    }

    [Fact]
    public void Schedules_SolvedMicroCase_HaveExpectedShapes()
    {
        // Arrange: 2 instances of m-bf16 serve 1.5 Mtok/s in each of 2 hours.
        var result = Plans.Micro;

        // Act
        var instances = Csv.Parse(CsvWriters.Instances(result.Instances));
        var flows = Csv.Parse(CsvWriters.TokenFlows(result.TokenFlows));
        var periods = Csv.Parse(CsvWriters.CampusPeriods(result.CampusPeriods));
        var backlogs = Csv.Parse(CsvWriters.Backlogs(result.Backlogs));

        // Assert
        string.Join(',', instances[0])
            .ShouldBe("campusId,configurationId,precision,period,instances,starts,stops,gpus");
        instances.Skip(1).Select(r => string.Join(',', r[..5])).ShouldBe(["c1,m-bf16,BF16,0,2", "c1,m-bf16,BF16,1,2"]);
        string.Join(',', flows[0]).ShouldBe("classId,originId,campusId,configurationId,period,tokensPerSecond");
        flows.Skip(1).Select(r => double.Parse(r[5], CultureInfo.InvariantCulture))
            .ShouldAllBe(x => Math.Abs(x - 1.5e6) < 1e-3);
        periods.Count.ShouldBe(3);
        double.Parse(periods[1][3], CultureInfo.InvariantCulture).ShouldBe(350, 1e-6);
        backlogs.ShouldHaveSingleItem().ShouldBe(["classId", "originId", "period", "backlogTokens"]);
    }

    [Fact]
    public void CostPeriods_CampusHorizonAndOriginRows_WritesEmptyCellsAndSkipsZeros()
    {
        // Arrange: energy of c1 in period 1, c1's demand charge (a horizon cost, no period), a zero carbon row,
        // the unserved penalty of period 0 (no campus) and a DR capacity revenue of c2.
        var rows = new CostPeriodResult[]
        {
            new("c1", 1, Plans.Start.AddHours(1), "energy", 12.5),
            new("c1", null, null, "demandCharge", 2000),
            new("c1", 1, Plans.Start.AddHours(1), "carbon", 0),
            new(null, 0, Plans.Start, "unservedPenalty", 36),
            new("c2", 0, Plans.Start, "drCapacityRevenue", 1.0 / 3),
        };

        // Act
        var text = CsvWriters.CostPeriods(rows);

        // Assert
        text.ShouldBe(
            "campusId,period,startUtc,component,usd\r\n"
            + "c1,1,2025-07-15T01:00:00Z,energy,12.5\r\n"
            + "c1,,,demandCharge,2000\r\n"
            + ",0,2025-07-15T00:00:00Z,unservedPenalty,36\r\n"
            + "c2,0,2025-07-15T00:00:00Z,drCapacityRevenue,0.3333333333333333\r\n");
    }

    [Fact]
    public void CostPeriods_SolvedMicroCase_EnergyOfEachHourAddsUpToCosts()
    {
        // Arrange: 350 kW in each of 2 hours at 50 $/MWh.
        var result = Plans.Micro;

        // Act
        var rows = Csv.Parse(CsvWriters.CostPeriods(result.CostPeriods));

        // Assert: 350 kW · 1 h · 50 $/MWh / 1000 = $17.50 per hour; $35 in all, as in costs.csv.
        rows.Count.ShouldBe(3);
        rows.Skip(1).Select(r => string.Join(',', r[..4]))
            .ShouldBe(["c1,0,2025-07-15T00:00:00Z,energy", "c1,1,2025-07-15T01:00:00Z,energy"]);
        rows.Skip(1).Select(r => double.Parse(r[4], CultureInfo.InvariantCulture)).ShouldAllBe(x => Math.Abs(x - 17.5) < 1e-6);
        rows.Skip(1).Sum(r => double.Parse(r[4], CultureInfo.InvariantCulture)).ShouldBe(result.Costs.EnergyUsd, 1e-9);
    }

    [Fact]
    public void Costs_TwoStrategiesAndOneWithoutSolution_OneRowPerComponentOfSolvedPlans()
    {
        // Arrange
        var results = new[] { Plans.WithTotal("B0", 100), Plans.NoSolution("B1"), Plans.WithTotal("P", 65.7) };

        // Act
        var rows = Csv.Parse(CsvWriters.Costs(results));

        // Assert
        rows[0].ShouldBe(["strategy", "component", "usd"]);
        rows.Count.ShouldBe(1 + (2 * 12));
        rows.Skip(1).Select(r => r[0]).Distinct().ShouldBe(["B0", "P"]);
        rows.Single(r => r[0] == "P" && r[1] == "energy")[2].ShouldBe("65.7");
        rows.Where(r => r[0] == "B0").Select(r => r[1]).ShouldBe(CostComponents.All.Select(c => c.Name));
    }
}
