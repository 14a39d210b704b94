using System.Text.Json;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Reporting;

/// <summary>
/// <c>sweeps.json</c>: <c>{ tokenflexVersion, scenario, generatedAtUtc, sweeps: [ { name, parameter, unit,
/// description, points: [ { value, label, savingVsB0, grossSavingVsB0, b0: {...}, p: {...} } ] } ] }</c>;
/// money in USD, emissions in tCO₂, null where a strategy has no plan.
/// </summary>
public static class SweepJsonWriter
{
    /// <summary>Writes sweep results as indented UTF-8 JSON.</summary>
    /// <param name="scenarioName">Name of the base scenario.</param>
    /// <param name="sweeps">The results, in the order to list them.</param>
    /// <param name="generatedAtUtc">When the run was written [UTC].</param>
    public static byte[] ToUtf8Bytes(string scenarioName, IReadOnlyList<SweepResult> sweeps, DateTimeOffset generatedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(scenarioName);
        ArgumentNullException.ThrowIfNull(sweeps);
        return JsonOutput.Document(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("tokenflexVersion", JsonOutput.TokenFlexVersion);
            writer.WriteString("scenario", scenarioName);
            writer.WriteString("generatedAtUtc", ReportFormat.Timestamp(generatedAtUtc));
            writer.WriteStartArray("sweeps");
            foreach (var sweep in sweeps)
            {
                WriteSweep(writer, sweep);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteSweep(Utf8JsonWriter writer, SweepResult sweep)
    {
        writer.WriteStartObject();
        writer.WriteString("name", sweep.Name);
        writer.WriteString("parameter", sweep.Parameter);
        writer.WriteString("unit", sweep.Unit);
        writer.WriteString("description", sweep.Description);
        writer.WriteStartArray("points");
        foreach (var point in sweep.Points)
        {
            writer.WriteStartObject();
            writer.NumberOrNull("value", point.Value);
            writer.WriteString("label", point.Label);
            writer.NumberOrNull("savingVsB0", point.SavingFraction);
            writer.NumberOrNull("grossSavingVsB0", point.GrossSavingFraction);
            WriteOutcome(writer, "b0", point.Baseline);
            WriteOutcome(writer, "p", point.Proposed);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOutcome(Utf8JsonWriter writer, string name, SweepOutcome outcome)
    {
        writer.WriteStartObject(name);
        writer.WriteString("strategy", outcome.Strategy);
        writer.WriteString("status", JsonNamingPolicy.CamelCase.ConvertName(outcome.Status));
        writer.NumberOrNull("totalCostUsd", outcome.TotalCostUsd);
        writer.NumberOrNull("grossCostUsd", outcome.GrossCostUsd);
        writer.NumberOrNull("drRevenueUsd", outcome.DrRevenueUsd);
        writer.NumberOrNull("emissionsTonnesCo2", outcome.EmissionsTonnesCo2);
        writer.NumberOrNull("servedTokens", outcome.ServedTokens);
        writer.NumberOrNull("mipGap", outcome.MipGap);
        writer.NumberOrNull("solveSeconds", outcome.SolveSeconds);
        writer.WriteEndObject();
    }
}
