using TokenFlex.Core.Domain;

namespace TokenFlex.Data.Json;

/// <summary>
/// Reads <c>configurations</c>: catalogue entries taken as they are, catalogue entries with overridden
/// fields (marked <see cref="SourceKind.User"/>), and full definitions. When the section is omitted, every
/// catalogue entry whose model a class uses and whose GPU type some campus has is taken.
/// </summary>
internal static class ConfigurationReader
{
    /// <summary>Parameter fields of a configuration, as written in JSON and used as keys of its sources.</summary>
    public static readonly IReadOnlyList<string> ParameterFields =
    [
        "modelId", "precision", "gpuType", "gpusPerInstance", "throughputTokensPerSecond", "staticPowerKw",
        "energyJPerToken", "qualityLossPercent", "ttftMs", "tpotMs", "sloHeadroomFraction", "startCostUsd",
        "stopCostUsd", "loadTimeSeconds", "loadPowerKw", "minUpHours", "minDownHours", "weightMemoryGb",
    ];

    /// <summary>Fields a full definition (one without catalogId) must give.</summary>
    private static readonly string[] RequiredFields =
    [
        "id", "modelId", "precision", "gpuType", "gpusPerInstance", "throughputTokensPerSecond", "staticPowerKw",
        "energyJPerToken", "qualityLossPercent", "ttftMs", "tpotMs",
    ];

    public static IReadOnlyList<ServingConfiguration> Read(
        JsonFields root, IReadOnlyList<WorkloadClass> classes, IReadOnlyList<Campus> campuses)
    {
        if (root.Has("configurations"))
        {
            return root.Objects("configurations", required: false).Select(ReadEntry).ToList();
        }

        var models = classes.Select(c => c.ModelId).ToHashSet(StringComparer.Ordinal);
        var gpuTypes = campuses.SelectMany(c => c.GpuInventory.Where(g => g.Value > 0).Select(g => g.Key))
            .ToHashSet(StringComparer.Ordinal);
        return root.Context.Catalog.Where(c => models.Contains(c.ModelId) && gpuTypes.Contains(c.GpuType)).ToList();
    }

    private static ServingConfiguration ReadEntry(JsonFields f)
    {
        var catalogId = f.NullableString("catalogId");
        var start = catalogId is null ? Defaults.Configuration : FromCatalog(f, catalogId);
        var given = f.PresentKeys().Where(ParameterFields.Contains).ToHashSet(StringComparer.Ordinal);
        var configuration = Apply(f, start);
        if (catalogId is null)
        {
            foreach (var key in RequiredFields)
            {
                f.GetRequired(key);
            }
        }

        if (catalogId is not null && f.PresentKeys().All(k => k == "catalogId"))
        {
            f.Finish();
            return start;
        }

        var sources = f.Object("sources") is { } explicitSources
            ? ReadSources(explicitSources)
            : MarkUser(start.Sources, given, catalogId is null);
        f.Finish();
        return configuration with { Sources = sources };
    }

    private static ServingConfiguration FromCatalog(JsonFields f, string catalogId)
    {
        var catalog = f.Context.Catalog;
        var entry = catalog.FirstOrDefault(c => c.Id == catalogId);
        if (entry is not null)
        {
            return entry;
        }

        var hint = EditDistance.Hint(catalogId, catalog.Select(c => c.Id).ToList(), "catalogue ids");
        f.Context.Error(f.PathOf("catalogId"), $"catalogId '{catalogId}' is not in the catalogue{hint}", catalogId);
        f.Context.Cover(f.Path);
        return Defaults.Configuration with { Id = catalogId };
    }

    private static ServingConfiguration Apply(JsonFields f, ServingConfiguration c) => c with
    {
        Id = f.String("id", c.Id),
        ModelId = f.String("modelId", c.ModelId),
        Precision = f.Precision("precision", c.Precision),
        GpuType = f.String("gpuType", c.GpuType),
        GpusPerInstance = f.Integer("gpusPerInstance", c.GpusPerInstance),
        ThroughputTokensPerSecond = f.Number("throughputTokensPerSecond", c.ThroughputTokensPerSecond),
        StaticPowerKw = f.Number("staticPowerKw", c.StaticPowerKw),
        EnergyJPerToken = f.Number("energyJPerToken", c.EnergyJPerToken),
        QualityLossPercent = f.Number("qualityLossPercent", c.QualityLossPercent),
        TtftMs = f.Number("ttftMs", c.TtftMs),
        TpotMs = f.Number("tpotMs", c.TpotMs),
        SloHeadroomFraction = f.Number("sloHeadroomFraction", c.SloHeadroomFraction),
        StartCostUsd = f.Number("startCostUsd", c.StartCostUsd),
        StopCostUsd = f.Number("stopCostUsd", c.StopCostUsd),
        LoadTimeSeconds = f.Number("loadTimeSeconds", c.LoadTimeSeconds),
        LoadPowerKw = f.Number("loadPowerKw", c.LoadPowerKw),
        MinUpHours = f.Number("minUpHours", c.MinUpHours),
        MinDownHours = f.Number("minDownHours", c.MinDownHours),
        WeightMemoryGb = f.Number("weightMemoryGb", c.WeightMemoryGb),
    };

    private static Dictionary<string, ParameterSource> MarkUser(
        IReadOnlyDictionary<string, ParameterSource> catalogSources, HashSet<string> given, bool fullDefinition)
    {
        var method = fullDefinition ? "Given in the scenario." : "Overridden in the scenario.";
        var sources = new Dictionary<string, ParameterSource>(catalogSources, StringComparer.Ordinal);
        foreach (var key in given)
        {
            sources[key] = new ParameterSource(SourceKind.User, method, []);
        }

        return sources;
    }

    /// <summary>Reads an explicit <c>sources</c> object: it replaces the provenance of the configuration.</summary>
    private static Dictionary<string, ParameterSource> ReadSources(JsonFields f)
    {
        var sources = new Dictionary<string, ParameterSource>(StringComparer.Ordinal);
        foreach (var key in ParameterFields)
        {
            if (!f.Has(key))
            {
                continue;
            }

            var s = f.RequiredObject(key);
            var urls = s.Items("sourceUrls", required: false)
                .Select(item => JsonValues.String(item.Element, item.Path, f.Context)).ToList();
            var kind = s.RequiredEnum("kind", SourceKind.Assumption);
            sources[key] = new ParameterSource(kind, s.String("method", ""), urls);
            s.Finish();
        }

        f.Finish();
        return sources;
    }
}
