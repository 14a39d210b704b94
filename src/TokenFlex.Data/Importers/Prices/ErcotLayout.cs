using System.Globalization;
using TokenFlex.Data.Csv;

namespace TokenFlex.Data.Importers.Prices;

/// <summary>
/// ERCOT settlement point price reports in Central Prevailing Time: day-ahead hourly (NP4-190-CD: DeliveryDate,
/// HourEnding "01:00"–"24:00", SettlementPoint, SettlementPointPrice, DSTFlag) and real-time 15-minute (NP6-905-CD:
/// DeliveryDate, DeliveryHour 1–24, DeliveryInterval 1–4, SettlementPointName, SettlementPointPrice, DSTFlag).
/// <c>DSTFlag</c> = Y marks the repeated hour when clocks fall back; it is read as standard time.
/// </summary>
internal static class ErcotLayout
{
    private const string Columns = "DeliveryDate, HourEnding (or DeliveryHour and DeliveryInterval), SettlementPoint "
                                   + "(or SettlementPointName), SettlementPointPrice and DSTFlag";

    private const string ZoneId = "America/Chicago";

    public static IEnumerable<LmpRow> Rows(CsvColumns c)
    {
        var date = c.Require(Columns, "DeliveryDate");
        var node = c.Require(Columns, "SettlementPoint", "SettlementPointName");
        var price = c.Require(Columns, "SettlementPointPrice");
        var dst = c.Find("DSTFlag");
        var hourEnding = c.Find("HourEnding");
        var hour = hourEnding >= 0 ? -1 : c.Require(Columns, "DeliveryHour");
        var interval = hourEnding >= 0 ? -1 : c.Require(Columns, "DeliveryInterval");
        var zone = CentralTime();
        foreach (var row in c.Table.Rows)
        {
            var day = Date(c, row, date);
            TimeSpan offset;
            TimeSpan length;
            if (hourEnding >= 0)
            {
                offset = TimeSpan.FromHours(HourEnding(c, row, hourEnding) - 1);
                length = TimeSpan.FromHours(1);
            }
            else
            {
                offset = TimeSpan.FromHours(c.Integer(row, hour, 1, 24) - 1)
                         + TimeSpan.FromMinutes(15 * (c.Integer(row, interval, 1, 4) - 1));
                length = TimeSpan.FromMinutes(15);
            }

            var repeated = dst >= 0 && CsvColumns.Cell(row, dst).Equals("Y", StringComparison.OrdinalIgnoreCase);
            var start = ToUtc(c, row, date, zone, day + offset, repeated);
            yield return new LmpRow(row.LineNumber, CsvColumns.Cell(row, node), "", start, length, c.Number(row, price));
        }
    }

    private static DateTime Date(CsvColumns c, CsvRow row, int index)
    {
        var text = CsvColumns.Cell(row, index);
        return DateTime.TryParseExact(text, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ImportException($"{c.Where(row, index)}: '{text}' is not a date like 03/24/2025");
    }

    private static int HourEnding(CsvColumns c, CsvRow row, int index)
    {
        var text = CsvColumns.Cell(row, index);
        var parts = text.Split(':');
        return parts.Length == 2 && parts[1] == "00"
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 1 and <= 24
            ? hour
            : throw new ImportException($"{c.Where(row, index)}: '{text}' is not an hour ending from 01:00 to 24:00");
    }

    private static DateTimeOffset ToUtc(CsvColumns c, CsvRow row, int dateColumn, TimeZoneInfo zone, DateTime local,
        bool repeated)
    {
        if (zone.IsInvalidTime(local))
        {
            throw new ImportException($"{c.Where(row, dateColumn)}: {local:yyyy-MM-dd HH:mm} does not exist in Central "
                                      + "time (clocks spring forward); remove the row");
        }

        var offset = zone.IsAmbiguousTime(local)
            ? (repeated ? zone.BaseUtcOffset : zone.GetAmbiguousTimeOffsets(local).Max())
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private static TimeZoneInfo CentralTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new ImportException($"The time zone {ZoneId} is not installed (install tzdata); ERCOT files use "
                                      + "Central Prevailing Time", e);
        }
    }
}
