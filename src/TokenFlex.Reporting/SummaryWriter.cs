using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting;

/// <summary>
/// <c>summary.json</c>: <c>{ tokenflexVersion, scenario, generatedAtUtc, strategies: [...] }</c> with one
/// object per strategy (status, costs [USD], KPIs, solve statistics, <c>savingVsB0</c>). Keys are camelCase,
/// numbers invariant, values that need a solution are null without one.
/// </summary>
public static class SummaryWriter
{
    /// <summary>Writes the summary of a run as indented UTF-8 JSON.</summary>
    /// <param name="scenarioName">Name of the scenario the plans were made for.</param>
    /// <param name="results">One plan per strategy, in the order to list them.</param>
    /// <param name="generatedAtUtc">When the run was written [UTC].</param>
    /// <param name="baselineStrategy">
    /// Strategy that plays B0 for <c>savingVsB0</c>; when no plan has that name (or it is null) every saving is null.
    /// </param>
    public static byte[] ToUtf8Bytes(
        string scenarioName,
        IReadOnlyList<PlanResult> results,
        DateTimeOffset generatedAtUtc,
        string? baselineStrategy = BaselineSaving.DefaultBaseline)
    {
        ArgumentNullException.ThrowIfNull(scenarioName);
        ArgumentNullException.ThrowIfNull(results);
        var savings = BaselineSaving.ForAll(results, baselineStrategy);
        return JsonOutput.Document(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("tokenflexVersion", JsonOutput.TokenFlexVersion);
            writer.WriteString("scenario", scenarioName);
            writer.WriteString("generatedAtUtc", ReportFormat.Timestamp(generatedAtUtc));
            writer.WriteStartArray("strategies");
            for (var i = 0; i < results.Count; i++)
            {
                StrategyJson.Write(writer, results[i], savings[i]);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
