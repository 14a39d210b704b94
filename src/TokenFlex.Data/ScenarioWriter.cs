using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TokenFlex.Core.Domain;
using TokenFlex.Data.Json;

namespace TokenFlex.Data;

/// <summary>
/// Writes a <see cref="Scenario"/> in the format <see cref="ScenarioReader"/> reads (docs/scenario-format.md):
/// every field explicit, series inline as arrays, configurations as full definitions with their sources, so
/// that reading the text back gives an equal scenario and the file does not depend on the catalogue.
/// </summary>
public static partial class ScenarioWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the scenario as indented JSON text.</summary>
    /// <param name="scenario">A scenario whose numbers are all finite (a validated one).</param>
    /// <returns>The JSON document, ending with a newline.</returns>
    /// <exception cref="ArgumentException">A number is NaN or infinite.</exception>
    public static string Write(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            WriteScenario(writer, scenario);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteScenario(Utf8JsonWriter w, Scenario s)
    {
        w.WriteStartObject();
        w.WriteString("name", s.Name);
        w.WriteString("description", s.Description);
        w.WriteStartObject("timeGrid");
        Timestamp(w, "startUtc", s.TimeGrid.StartUtc);
        w.WriteNumber("stepHours", s.TimeGrid.StepHours);
        w.WriteNumber("periods", s.TimeGrid.PeriodCount);
        if (s.TimeGrid.CommitmentStepHours is { } commitment)
        {
            w.WriteNumber("commitmentStepHours", commitment);
        }
        w.WriteEndObject();
        w.WriteNumber("carbonPriceUsdPerTonne", s.CarbonPriceUsdPerTonne);
        NullableNumber(w, "carbonCapTonnes", s.CarbonCapTonnes);
        if (s.CarbonSignal is { } signal)
        {
            w.WriteStartObject("carbonSignal");
            Enum(w, "type", signal.Type);
            Enum(w, "scope", signal.Scope);
            w.WriteEndObject();
        }

        Array(w, "configurations", s.Configurations, WriteConfiguration);
        Array(w, "campuses", s.Campuses, WriteCampus);
        Array(w, "workloadClasses", s.Classes, WriteClass);
        Array(w, "origins", s.Origins, WriteOrigin);
        Array(w, "demand", s.Demand, WriteDemand);
        Array(w, "demandResponseEvents", s.DemandResponseEvents, WriteEvent);
        if (s.StochasticScenarios.Count > 0)
        {
            Array(w, "stochasticScenarios", s.StochasticScenarios, WriteStochastic);
        }
        w.WriteEndObject();
    }

    private static void WriteStochastic(Utf8JsonWriter w, StochasticScenario s)
    {
        w.WriteString("id", s.Id);
        w.WriteNumber("probability", s.Probability);
        SeriesMap(w, "priceUsdPerMwh", s.PriceUsdPerMwh);
        SeriesMap(w, "carbonGPerKwh", s.CarbonGPerKwh);
        SeriesMap(w, "pvAvailableKw", s.PvAvailableKw);
        Array(w, "demand", s.Demand, WriteDemand);
        w.WriteStartObject("eventCalled");
        foreach (var (id, called) in s.EventCalled.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteBoolean(id, called);
        }

        w.WriteEndObject();
    }

    private static void SeriesMap(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, double[]> map)
    {
        w.WriteStartObject(name);
        foreach (var (key, values) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Series(w, key, values);
        }

        w.WriteEndObject();
    }

    private static void WriteConfiguration(Utf8JsonWriter w, ServingConfiguration c)
    {
        w.WriteString("id", c.Id);
        w.WriteString("modelId", c.ModelId);
        w.WriteString("precision", c.Precision.Name());
        w.WriteString("gpuType", c.GpuType);
        w.WriteNumber("gpusPerInstance", c.GpusPerInstance);
        w.WriteNumber("throughputTokensPerSecond", c.ThroughputTokensPerSecond);
        w.WriteNumber("staticPowerKw", c.StaticPowerKw);
        w.WriteNumber("energyJPerToken", c.EnergyJPerToken);
        w.WriteNumber("qualityLossPercent", c.QualityLossPercent);
        w.WriteNumber("ttftMs", c.TtftMs);
        w.WriteNumber("tpotMs", c.TpotMs);
        w.WriteNumber("sloHeadroomFraction", c.SloHeadroomFraction);
        w.WriteNumber("startCostUsd", c.StartCostUsd);
        w.WriteNumber("stopCostUsd", c.StopCostUsd);
        w.WriteNumber("loadTimeSeconds", c.LoadTimeSeconds);
        w.WriteNumber("loadPowerKw", c.LoadPowerKw);
        w.WriteNumber("minUpHours", c.MinUpHours);
        w.WriteNumber("minDownHours", c.MinDownHours);
        w.WriteNumber("weightMemoryGb", c.WeightMemoryGb);
        w.WriteStartObject("sources");
        foreach (var key in ConfigurationReader.ParameterFields.Where(c.Sources.ContainsKey))
        {
            var source = c.Sources[key];
            w.WriteStartObject(key);
            Enum(w, "kind", source.Kind);
            w.WriteString("method", source.Method);
            w.WriteStartArray("sourceUrls");
            foreach (var url in source.SourceUrls)
            {
                w.WriteStringValue(url);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteClass(Utf8JsonWriter w, WorkloadClass r)
    {
        w.WriteString("id", r.Id);
        Enum(w, "kind", r.Kind);
        w.WriteString("modelId", r.ModelId);
        w.WriteStartArray("admissiblePrecisions");
        foreach (var precision in r.AdmissiblePrecisions)
        {
            w.WriteStringValue(precision.Name());
        }

        w.WriteEndArray();
        NullableNumber(w, "maxQualityLossPercent", r.MaxQualityLossPercent);
        NullableNumber(w, "maxAverageQualityLossPercent", r.MaxAverageQualityLossPercent);
        w.WriteNumber("qosPriceUsdPerMtokPercent", r.QosPriceUsdPerMtokPercent);
        w.WriteNumber("qualityLossMultiplier", r.QualityLossMultiplier);
        NullableNumber(w, "ttftSloMs", r.TtftSloMs);
        NullableNumber(w, "tpotSloMs", r.TpotSloMs);
        w.WriteNumber("bytesPerToken", r.BytesPerToken);
        w.WriteNumber("deadlineHours", r.DeadlineHours);
    }

    private static void WriteOrigin(Utf8JsonWriter w, DemandOrigin o)
    {
        w.WriteString("id", o.Id);
        w.WriteString("homeCampusId", o.HomeCampusId);
        Array(w, "paths", o.Paths, (pw, p) =>
        {
            pw.WriteString("campusId", p.CampusId);
            pw.WriteNumber("rttMs", p.RttMs);
            NullableNumber(pw, "bandwidthGbps", p.BandwidthGbps);
            pw.WriteNumber("transferCostUsdPerMtok", p.TransferCostUsdPerMtok);
        });
    }

    private static void WriteDemand(Utf8JsonWriter w, DemandSeries d)
    {
        w.WriteString("classId", d.ClassId);
        w.WriteString("originId", d.OriginId);
        Series(w, "tokensPerSecond", d.TokensPerSecond);
        w.WriteNumber("initialBacklogTokens", d.InitialBacklogTokens);
    }

    private static void WriteEvent(Utf8JsonWriter w, DemandResponseEvent e)
    {
        w.WriteString("id", e.Id);
        w.WriteString("campusId", e.CampusId);
        Timestamp(w, "startUtc", e.StartUtc);
        w.WriteNumber("durationHours", e.DurationHours);
        w.WriteBoolean("called", e.Called);
    }

    /// <summary>Writes an array with one object per item; <paramref name="body"/> writes its fields.</summary>
    private static void Array<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> body)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            body(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes a series on one line, each number in its shortest round-trip form.</summary>
    private static void Series(Utf8JsonWriter w, string name, double[] values)
    {
        w.WritePropertyName(name);
        var numbers = values.Select(v => v.ToString("R", CultureInfo.InvariantCulture));
        w.WriteRawValue("[" + string.Join(", ", numbers) + "]");
    }

    private static void NullableNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Enum<T>(Utf8JsonWriter w, string name, T value)
        where T : struct, System.Enum => w.WriteString(name, JsonValues.CamelCase(value.ToString()));

    private static void Timestamp(Utf8JsonWriter w, string name, DateTimeOffset value) =>
        w.WriteString(name, value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture));
}
