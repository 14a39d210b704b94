using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TokenFlex.Core.Time;

namespace TokenFlex.Cli.Tests;

/// <summary>
/// Writes hourly series in the import formats, for the example folder examples/three-campus-files: CAISO OASIS
/// PRC_LMP, ERCOT day-ahead settlement point prices, PJM Data Miner da_hrl_lmps, Electricity Maps history and
/// forecast responses, and the Carbon Aware SDK JSON data-source file. Only the columns the built-in case determines
/// are filled (no LMP components are invented).
/// </summary>
internal static class ExampleFormats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string CaisoOasis(TimeGrid grid, double[] lmp, string node)
    {
        var pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var text = new StringBuilder("INTERVALSTARTTIME_GMT,INTERVALENDTIME_GMT,OPR_DT,OPR_HR,NODE_ID_XML,NODE_ID,NODE,"
                                     + "MARKET_RUN_ID,LMP_TYPE,XML_DATA_ITEM,PNODE_RESMRID,GRP_TYPE,POS,MW,GROUP\n");
        for (var t = 0; t < grid.PeriodCount; t++)
        {
            var start = grid.PeriodStartUtc(t);
            var local = TimeZoneInfo.ConvertTime(start, pacific);
            text.Append(Invariant, $"{Oasis(start)},{Oasis(grid.PeriodStartUtc(t + 1))},{local:yyyy-MM-dd},")
                .Append(Invariant, $"{local.Hour + 1},{node},{node},{node},DAM,LMP,LMP_PRC,{node},ALL,1,{R(lmp[t])},1\n");
        }

        return text.ToString();
    }

    public static string ErcotDayAhead(TimeGrid grid, double[] price, string settlementPoint)
    {
        var central = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        var text = new StringBuilder("DeliveryDate,HourEnding,SettlementPoint,SettlementPointPrice,DSTFlag\n");
        for (var t = 0; t < grid.PeriodCount; t++)
        {
            var local = TimeZoneInfo.ConvertTime(grid.PeriodStartUtc(t), central);
            text.Append(Invariant, $"{local:MM/dd/yyyy},{local.Hour + 1:00}:00,{settlementPoint},{R(price[t])},N\n");
        }

        return text.ToString();
    }

    public static string PjmDayAhead(TimeGrid grid, double[] lmp, int pnodeId, string pnodeName)
    {
        var eastern = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var text = new StringBuilder("datetime_beginning_utc,datetime_beginning_ept,pnode_id,pnode_name,voltage,"
                                     + "equipment,type,zone,system_energy_price_da,total_lmp_da,congestion_price_da,"
                                     + "marginal_loss_price_da,row_is_current,version_nbr\n");
        for (var t = 0; t < grid.PeriodCount; t++)
        {
            var start = grid.PeriodStartUtc(t);
            var local = TimeZoneInfo.ConvertTime(start, eastern);
            text.Append(Invariant, $"{Pjm(start.UtcDateTime)},{Pjm(local.DateTime)},{pnodeId},{pnodeName},,,ZONE,")
                .Append(Invariant, $"{pnodeName},,{R(lmp[t])},,,TRUE,1\n");
        }

        return text.ToString();
    }

    public static string ElectricityMapsHistory(TimeGrid grid, double[] carbon, string zone, DateTimeOffset updatedAt)
    {
        var history = new JsonArray();
        for (var t = 0; t < grid.PeriodCount; t++)
        {
            history.Add(new JsonObject
            {
                ["zone"] = zone,
                ["carbonIntensity"] = carbon[t],
                ["datetime"] = Em(grid.PeriodStartUtc(t)),
                ["updatedAt"] = Em(updatedAt),
                ["createdAt"] = Em(grid.PeriodStartUtc(t).AddDays(-3)),
                ["emissionFactorType"] = "lifecycle",
                ["isEstimated"] = false,
                ["estimationMethod"] = null,
            });
        }

        return Json(new JsonObject { ["zone"] = zone, ["history"] = history });
    }

    public static string ElectricityMapsForecast(TimeGrid grid, double[] carbon, string zone, DateTimeOffset updatedAt)
    {
        var forecast = new JsonArray();
        for (var t = 0; t < grid.PeriodCount; t++)
        {
            forecast.Add(new JsonObject { ["carbonIntensity"] = carbon[t], ["datetime"] = Em(grid.PeriodStartUtc(t)) });
        }

        return Json(new JsonObject
        {
            ["zone"] = zone,
            ["forecast"] = forecast,
            ["updatedAt"] = Em(updatedAt),
            ["emissionFactorType"] = "lifecycle",
            ["temporalGranularity"] = "hourly",
        });
    }

    public static string CarbonAwareSdkFile(TimeGrid grid, double[] carbon, string location)
    {
        var emissions = new JsonArray();
        for (var t = 0; t < grid.PeriodCount; t++)
        {
            emissions.Add(new JsonObject
            {
                ["Location"] = location,
                ["Time"] = grid.PeriodStartUtc(t).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", Invariant),
                ["Rating"] = carbon[t],
                ["Duration"] = TimeSpan.FromHours(grid.StepHours).ToString("c", Invariant),
            });
        }

        return Json(new JsonObject { ["Emissions"] = emissions });
    }

    private static string Json(JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n") + "\n";

    private static string Oasis(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", Invariant) + "-00:00";

    private static string Pjm(DateTime time) => time.ToString("M/d/yyyy h:mm:ss tt", Invariant);

    private static string Em(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", Invariant);

    private static string R(double value) => value.ToString("R", Invariant);
}
