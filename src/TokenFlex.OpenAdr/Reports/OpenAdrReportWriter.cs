using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TokenFlex.Core.Domain;
using TokenFlex.OpenAdr.Mapping;
using TokenFlex.OpenAdr.Model;
using TokenFlex.OpenAdr.Reading;
using TokenFlex.Optimization.Results;

namespace TokenFlex.OpenAdr.Reports;

/// <summary>What a report is about and who sends it.</summary>
public sealed record ReportRequest
{
    /// <summary>The event the report answers (<c>eventID</c>).</summary>
    public required string EventId { get; init; }

    /// <summary>The program (<c>programID</c>; written in 3.0 only, where it is required).</summary>
    public required string ProgramId { get; init; }

    /// <summary>The VEN's name (<c>clientName</c>).</summary>
    public required string ClientName { get; init; }

    public string? ReportName { get; init; }

    public OpenAdrVersion Version { get; init; } = OpenAdrVersion.V31;

    /// <summary>Campuses to report, one resource each; null for every campus of the plan.</summary>
    public IReadOnlyList<string>? CampusIds { get; init; }
}

/// <summary>
/// Writes a plan as an OpenADR 3 report request (the body a VEN POSTs to <c>/reports</c>): per campus (resource)
/// and period, USAGE_FORECAST [kWh in the interval], DEMAND [kW, reading type FORECAST], BASELINE [kW] and
/// LOAD_SHED_DELTA_AVAILABLE [kW, a decrease of load as a positive number]. See docs/openadr.md.
/// </summary>
public static class OpenAdrReportWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The report as JSON text.</summary>
    /// <param name="plan">The plan with the events applied.</param>
    /// <param name="baseline">The plan without the events (its import is the BASELINE), or null.</param>
    /// <param name="scenario">The scenario the plan was solved on (time grid and enrolments).</param>
    /// <param name="mapping">Campus → resource names.</param>
    /// <param name="request">Event, program, client and version.</param>
    public static string Write(PlanResult plan, PlanResult? baseline, Scenario scenario, CampusMapping mapping, ReportRequest request) =>
        Build(plan, baseline, scenario, mapping, request).ToJsonString(Indented);

    /// <inheritdoc cref="Write"/>
    public static JsonObject Build(PlanResult plan, PlanResult? baseline, Scenario scenario, CampusMapping mapping, ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(request);
        var report = new JsonObject();
        if (request.Version == OpenAdrVersion.V30)
        {
            report["programID"] = request.ProgramId;
        }

        report["eventID"] = request.EventId;
        report["clientName"] = request.ClientName;
        report["reportName"] = request.ReportName ?? $"tokenflex-{plan.ScenarioName}-{plan.Strategy}";
        report["payloadDescriptors"] = Descriptors();
        var campuses = request.CampusIds ?? scenario.Campuses.Select(c => c.Id).ToArray();
        report["resources"] = new JsonArray(campuses.Select(c => (JsonNode)Resource(plan, baseline, scenario, mapping, c)).ToArray());
        return report;
    }

    private static JsonArray Descriptors() => new(
        Descriptor(PayloadTypes.UsageForecast, "KWH", "FORECAST"),
        Descriptor(PayloadTypes.Demand, "KW", "FORECAST"),
        Descriptor(PayloadTypes.Baseline, "KW", "FORECAST"),
        Descriptor(PayloadTypes.LoadShedDeltaAvailable, "KW", "FORECAST"));

    private static JsonObject Descriptor(string type, string units, string readingType) => new()
    {
        ["objectType"] = "REPORT_PAYLOAD_DESCRIPTOR",
        ["payloadType"] = type,
        ["readingType"] = readingType,
        ["units"] = units,
    };

    private static JsonObject Resource(PlanResult plan, PlanResult? baseline, Scenario scenario, CampusMapping mapping, string campusId)
    {
        var grid = scenario.TimeGrid;
        var step = TimeSpan.FromHours(grid.StepHours);
        var enrolment = scenario.Campuses.FirstOrDefault(c => c.Id == campusId)?.DemandResponse;
        var rows = plan.CampusPeriods.Where(p => p.CampusId == campusId).OrderBy(p => p.Period).ToArray();
        var without = baseline?.CampusPeriods.Where(p => p.CampusId == campusId).ToDictionary(p => p.Period);
        var intervals = new JsonArray();
        foreach (var row in rows)
        {
            var baselineKw = without?.GetValueOrDefault(row.Period)?.GridImportKw
                             ?? (row.DrEventCalled && row.DrBaselineKw > 0 ? row.DrBaselineKw : row.GridImportKw);
            var shedKw = enrolment is null ? 0 : Math.Min(row.GridImportKw, enrolment.MaxCommitmentKw - row.DrCommitmentKw);
            intervals.Add(new JsonObject
            {
                ["id"] = row.Period,
                ["intervalPeriod"] = Period(grid.PeriodStartUtc(row.Period), step),
                ["payloads"] = new JsonArray(
                    Values(PayloadTypes.UsageForecast, row.GridImportKw * grid.StepHours),
                    Values(PayloadTypes.Demand, row.GridImportKw),
                    Values(PayloadTypes.Baseline, baselineKw),
                    Values(PayloadTypes.LoadShedDeltaAvailable, shedKw)),
            });
        }

        return new JsonObject
        {
            ["resourceName"] = mapping.ResourceName(campusId),
            ["intervalPeriod"] = Period(grid.StartUtc, step),
            ["intervals"] = intervals,
        };
    }

    /// <summary>An intervalPeriod: RFC 3339 UTC start and ISO 8601 duration.</summary>
    internal static JsonObject Period(DateTimeOffset start, TimeSpan duration) => new()
    {
        ["start"] = start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["duration"] = IsoDuration.Format(duration),
    };

    private static JsonObject Values(string type, double value) => new()
    {
        ["type"] = type,
        ["values"] = new JsonArray(Math.Round(Math.Max(0, value), 3)),
    };
}
