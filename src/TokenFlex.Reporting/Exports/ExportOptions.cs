using TokenFlex.Core.Catalog;

namespace TokenFlex.Reporting.Exports;

/// <summary>Assumptions of the serving-stack exports (<see cref="PlanExports"/>).</summary>
public sealed record ExportOptions
{
    /// <summary>The defaults: the built-in catalogue's host share and the H100 SXM power-limit range.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>
    /// Host (CPU, memory, NIC) power per GPU inside a configuration's server-level P⁰, subtracted to get GPU power;
    /// the built-in catalogue's value by default (docs/catalog.md §1) [kW/GPU].
    /// </summary>
    public double HostKwPerGpu { get; init; } = BuiltInCatalog.Report.HostKwPerGpu;

    /// <summary>Lowest power limit the GPU accepts (H100 SXM: 200 W in <c>nvidia-smi -pl</c>) [W].</summary>
    public double MinGpuPowerLimitW { get; init; } = 200;

    /// <summary>Highest power limit, the GPU's TDP (H100 SXM: 700 W) [W].</summary>
    public double MaxGpuPowerLimitW { get; init; } = CatalogSettings.Default.GpuTdpW;
}
