using System.Text.Json;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting;

/// <summary>
/// The <c>diagnosis</c> object of a strategy without a plan (null otherwise): how it was found, what it does not
/// cover, and each finding with its campuses, class, origin, period range, constraint families and shortfall, so that
/// a script can act on it without parsing the sentence in <c>message</c>.
/// </summary>
internal static class DiagnosisJson
{
    public static void Write(Utf8JsonWriter writer, Diagnosis? diagnosis)
    {
        if (diagnosis is null)
        {
            writer.WriteNull("diagnosis");
            return;
        }

        writer.WriteStartObject("diagnosis");
        writer.WriteString("method", diagnosis.Method);
        writer.WriteString("note", diagnosis.Note);
        writer.WriteStartArray("findings");
        foreach (var finding in diagnosis.Findings)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("campusIds");
            foreach (var campus in finding.CampusIds)
            {
                writer.WriteStringValue(campus);
            }

            writer.WriteEndArray();
            writer.WriteString("classId", finding.ClassId);
            writer.WriteString("originId", finding.OriginId);
            writer.NumberOrNull("firstPeriod", finding.FirstPeriod >= 0 ? finding.FirstPeriod : null);
            writer.NumberOrNull("lastPeriod", finding.LastPeriod >= 0 ? finding.LastPeriod : null);
            writer.WriteStartArray("families");
            foreach (var family in finding.Families)
            {
                writer.WriteStringValue(family);
            }

            writer.WriteEndArray();
            writer.NumberOrNull("shortfall", finding.Shortfall);
            writer.WriteString("unit", finding.Unit);
            writer.WriteString("message", finding.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
