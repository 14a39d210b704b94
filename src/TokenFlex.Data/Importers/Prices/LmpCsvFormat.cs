namespace TokenFlex.Data.Importers.Prices;

/// <summary>Column layouts of LMP files that <see cref="LmpCsvReader"/> reads.</summary>
public enum LmpCsvFormat
{
    /// <summary>
    /// CAISO OASIS price reports (PRC_LMP day-ahead, PRC_INTVL_LMP real-time): one row per interval, node and
    /// component; <c>INTERVALSTARTTIME_GMT</c>, <c>INTERVALENDTIME_GMT</c>, <c>NODE</c>, <c>MARKET_RUN_ID</c>,
    /// <c>LMP_TYPE</c> (only <c>LMP</c> rows are used) and the price in <c>MW</c> or <c>VALUE</c>.
    /// </summary>
    CaisoOasis,

    /// <summary>
    /// ERCOT settlement point prices in Central Prevailing Time: day-ahead (<c>DeliveryDate</c>, <c>HourEnding</c>,
    /// <c>SettlementPoint</c>, <c>SettlementPointPrice</c>, <c>DSTFlag</c>) or real-time 15-minute
    /// (<c>DeliveryDate</c>, <c>DeliveryHour</c>, <c>DeliveryInterval</c>, <c>SettlementPointName</c>, …).
    /// </summary>
    Ercot,

    /// <summary>
    /// PJM Data Miner 2 LMP feeds (da_hrl_lmps, rt_hrl_lmps, rt_fivemin_hrl_lmps): <c>datetime_beginning_utc</c>,
    /// <c>pnode_name</c> and <c>total_lmp_da</c> or <c>total_lmp_rt</c>; superseded rows (<c>row_is_current</c>
    /// false) are skipped.
    /// </summary>
    Pjm,

    /// <summary>
    /// The layout of the gridstatus library (used by the Green-LLM dataset): <c>interval_start_utc</c>,
    /// <c>interval_end_utc</c>, <c>location</c>, optional <c>market</c>, and <c>lmp</c>.
    /// </summary>
    GridStatus,

    /// <summary>A plain two-column file: <c>time</c> (RFC 3339 interval start) and <c>priceUsdPerMwh</c>.</summary>
    Plain,
}

/// <summary>Names of <see cref="LmpCsvFormat"/> as written in scenarios and on the command line.</summary>
public static class LmpCsvFormats
{
    /// <summary>Every format with its name.</summary>
    public static IReadOnlyList<(LmpCsvFormat Format, string Name)> All { get; } =
    [
        (LmpCsvFormat.CaisoOasis, "caiso-oasis"),
        (LmpCsvFormat.Ercot, "ercot"),
        (LmpCsvFormat.Pjm, "pjm"),
        (LmpCsvFormat.GridStatus, "gridstatus"),
        (LmpCsvFormat.Plain, "plain"),
    ];

    /// <summary>The name of a format, e.g. <c>caiso-oasis</c>.</summary>
    public static string Name(this LmpCsvFormat format) => All.First(f => f.Format == format).Name;

    /// <summary>Parses a format name, ignoring case.</summary>
    public static bool TryParse(string text, out LmpCsvFormat format)
    {
        foreach (var (value, name) in All)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                format = value;
                return true;
            }
        }

        format = default;
        return false;
    }
}
