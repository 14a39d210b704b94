using System.Text;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting;

/// <summary>
/// The schedules of a plan as CSV (RFC 4180): a header row of camelCase names with unit suffixes,
/// CRLF line endings, and a field quoted (quotes doubled) only when it holds a comma, a quote, CR or LF.
/// Numbers use <see cref="ReportFormat.Number"/> (shortest round-trip digits, never an exponent);
/// times are RFC 3339 UTC; booleans are <c>true</c>/<c>false</c>. A plan without a solution gives headers only.
/// </summary>
public static class CsvWriters
{
    private const string LineEnd = "\r\n";

    /// <summary>
    /// <c>campus-periods.csv</c>: one row per campus × period with every <see cref="CampusPeriodResult"/> field.
    /// </summary>
    /// <param name="rows">The rows, in the order to write.</param>
    public static string CampusPeriods(IEnumerable<CampusPeriodResult> rows) =>
        Table(ResultColumns.CampusPeriods, rows);

    /// <summary><c>instances.csv</c>: instances, starts, stops, GPUs per campus × configuration × period.</summary>
    /// <param name="rows">The rows, in the order to write.</param>
    public static string Instances(IEnumerable<InstanceResult> rows) => Table(ResultColumns.Instances, rows);

    /// <summary>
    /// <c>token-flows.csv</c>: served token rate [tokens/s] per class × origin × campus × configuration × period.
    /// </summary>
    /// <param name="rows">The rows, in the order to write.</param>
    public static string TokenFlows(IEnumerable<TokenFlowResult> rows) => Table(ResultColumns.TokenFlows, rows);

    /// <summary><c>backlogs.csv</c>: deferrable backlog [tokens] per class × origin at each period end.</summary>
    /// <param name="rows">The rows, in the order to write.</param>
    public static string Backlogs(IEnumerable<BacklogResult> rows) => Table(ResultColumns.Backlogs, rows);

    /// <summary>
    /// <c>cost-periods.csv</c>: the plan's costs by campus, period and component (long format), columns
    /// <c>campusId,period,startUtc,component,usd</c>, zero rows skipped. <c>period</c> and <c>startUtc</c> are empty
    /// for a cost of the whole horizon (<c>demandCharge</c>), <c>campusId</c> for one of no campus
    /// (<c>unservedPenalty</c>). Components are named as in <c>costs.csv</c>, revenues positive; the rows of a
    /// component add up to its row in <c>costs.csv</c>.
    /// </summary>
    /// <param name="rows">The rows, in the order to write.</param>
    public static string CostPeriods(IEnumerable<CostPeriodResult> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Table(ResultColumns.CostPeriods, rows.Where(r => r.Usd != 0));
    }

    /// <summary>
    /// <c>costs.csv</c>: columns <c>strategy,component,usd</c>, one row per <see cref="CostComponents"/>
    /// entry for each plan with a solution. Revenues are positive, as in <see cref="CostBreakdown"/>.
    /// </summary>
    /// <param name="results">The plans, in the order to write.</param>
    public static string Costs(IEnumerable<PlanResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        AppendRow(text, ["strategy", "component", "usd"]);
        foreach (var result in results.Where(r => r.HasSolution))
        {
            foreach (var (name, usd) in CostComponents.All)
            {
                AppendRow(text, [result.Strategy, name, ReportFormat.Number(usd(result.Costs))]);
            }
        }

        return text.ToString();
    }

    /// <summary>One CSV field, quoted per RFC 4180 when it contains a comma, a double quote, CR or LF.</summary>
    /// <param name="value">The unquoted text.</param>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static string Table<T>(IReadOnlyList<Field<T>> fields, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        AppendRow(text, fields.Select(f => f.Name));
        foreach (var row in rows)
        {
            AppendRow(text, fields.Select(f => f.Value(row).ToCsvText()));
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Escape));
        text.Append(LineEnd);
    }
}
