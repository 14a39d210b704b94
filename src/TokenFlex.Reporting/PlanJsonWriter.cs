using System.Text.Json;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting;

/// <summary>
/// <c>&lt;strategy&gt;/plan.json</c>, the full result of one strategy for programmatic consumers:
/// <c>{ tokenflexVersion, scenario, generatedAtUtc, strategy, campusPeriods, instances, tokenFlows, backlogs,
/// costPeriods }</c>.
/// <c>strategy</c> is the same object as in <c>summary.json</c>; the schedules are arrays of objects whose
/// keys are the CSV headers (<see cref="CsvWriters"/>), empty without a solution.
/// </summary>
public static class PlanJsonWriter
{
    /// <summary>Writes one plan as indented UTF-8 JSON.</summary>
    /// <param name="result">The plan.</param>
    /// <param name="generatedAtUtc">When the run was written [UTC].</param>
    /// <param name="savingVsB0">Saving against the baseline [fraction] (<see cref="BaselineSaving"/>), or null.</param>
    public static byte[] ToUtf8Bytes(PlanResult result, DateTimeOffset generatedAtUtc, double? savingVsB0 = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonOutput.Document(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("tokenflexVersion", JsonOutput.TokenFlexVersion);
            writer.WriteString("scenario", result.ScenarioName);
            writer.WriteString("generatedAtUtc", ReportFormat.Timestamp(generatedAtUtc));
            writer.WritePropertyName("strategy");
            StrategyJson.Write(writer, result, savingVsB0);
            Rows(writer, "campusPeriods", ResultColumns.CampusPeriods, result.CampusPeriods);
            Rows(writer, "instances", ResultColumns.Instances, result.Instances);
            Rows(writer, "tokenFlows", ResultColumns.TokenFlows, result.TokenFlows);
            Rows(writer, "backlogs", ResultColumns.Backlogs, result.Backlogs);
            Rows(writer, "costPeriods", ResultColumns.CostPeriods, result.CostPeriods.Where(r => r.Usd != 0));
            writer.WriteEndObject();
        });
    }

    private static void Rows<T>(Utf8JsonWriter writer, string name, IReadOnlyList<Field<T>> fields, IEnumerable<T> rows)
    {
        writer.WriteStartArray(name);
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            foreach (var field in fields)
            {
                field.Value(row).WriteJson(writer, field.Name);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
