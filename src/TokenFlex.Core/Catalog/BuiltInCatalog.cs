using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Catalog;

/// <summary>
/// The built-in quantization-to-power catalogue: Llama-3.1-8B and Llama-3.1-70B on H100 in BF16, FP8,
/// INT8 (W8A8) and INT4 (W4A16), derived once, on first use, from the embedded measurements with
/// <see cref="CatalogSettings.Default"/>. Nothing is read from outside the assembly.
/// </summary>
public static class BuiltInCatalog
{
    private static readonly Lazy<CatalogResult> Result =
        new(() => CatalogBuilder.Build(MeasurementTable.LoadBuiltIn(), CatalogSettings.Default));

    /// <summary>The eight built-in configurations, 8B first, BF16 first within a model.</summary>
    public static IReadOnlyList<ServingConfiguration> Entries => Result.Value.Entries;

    /// <summary>Fit statistics, ratios and evidence behind <see cref="Entries"/>.</summary>
    public static CatalogReport Report => Result.Value.Report;

    /// <summary>The configuration with an id, or null.</summary>
    /// <param name="id">Configuration id, e.g. <c>llama-3.1-70b-fp8-h100-tp2</c>.</param>
    public static ServingConfiguration? Find(string id) => Entries.FirstOrDefault(e => e.Id == id);
}
