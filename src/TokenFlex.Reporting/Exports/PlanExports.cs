using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting.Exports;

/// <summary>
/// Writes a plan in the shapes serving stacks and energy tools consume (docs/exports.md):
/// <list type="bullet">
/// <item><c>serving-plan.json</c> and the CSVs <c>serving-replicas.csv</c>, <c>serving-power.csv</c>,
/// <c>serving-routing.csv</c>, <c>capacity-envelope.csv</c>: replicas per variant and campus and period, per-GPU power
/// caps with the Dynamo annotation <c>dynamo.nvidia.com/gpu-power-limit</c>, the campus
/// <c>total_gpu_power_limit</c>, routing weights per class and origin (summing to 1) and the capacity envelope for
/// deferrable work;</item>
/// <item><c>reopt-results.json</c>: the site assets under REopt's result keys.</item>
/// </list>
/// The scenario is optional: without it the power caps use the campus IT power per running GPU, and the capacity
/// envelope, battery sizes, state of charge and demand costs are left out (null).
/// </summary>
public static class PlanExports
{
    /// <summary>The files written, in order.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        "serving-plan.json", "serving-replicas.csv", "serving-power.csv", "serving-routing.csv",
        "capacity-envelope.csv", "reopt-results.json",
    ];

    /// <summary>The export files' contents, by file name, without writing anything.</summary>
    /// <param name="scenario">The scenario the plan solves, or null.</param>
    /// <param name="result">The plan.</param>
    /// <param name="options">Power-cap assumptions; <see cref="ExportOptions.Default"/> when null.</param>
    public static IReadOnlyDictionary<string, string> Render(Scenario? scenario, PlanResult result,
        ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= ExportOptions.Default;
        var plan = ServingPlan.Build(scenario, result, options);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["serving-plan.json"] = ServingPlanWriter.Json(scenario, result, plan, options),
            ["serving-replicas.csv"] = ServingPlanWriter.Replicas(plan),
            ["serving-power.csv"] = ServingPlanWriter.Power(plan),
            ["serving-routing.csv"] = ServingPlanWriter.Routing(plan),
            ["capacity-envelope.csv"] = ServingPlanWriter.Envelope(plan),
            ["reopt-results.json"] = ReoptResultsWriter.Json(scenario, result),
        };
    }

    /// <summary>Writes the export files into a directory, each atomically (<see cref="AtomicFile"/>).</summary>
    /// <param name="directory">Target directory; created if missing.</param>
    /// <param name="scenario">The scenario the plan solves, or null.</param>
    /// <param name="result">The plan.</param>
    /// <param name="options">Power-cap assumptions; <see cref="ExportOptions.Default"/> when null.</param>
    /// <returns>The contents written, by file name.</returns>
    public static IReadOnlyDictionary<string, string> Write(string directory, Scenario? scenario, PlanResult result,
        ExportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var files = Render(scenario, result, options);
        Directory.CreateDirectory(directory);
        foreach (var (name, text) in files)
        {
            AtomicFile.WriteAllText(Path.Combine(directory, name), text);
        }

        return files;
    }
}
