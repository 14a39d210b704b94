using Spectre.Console;
using TokenFlex.Reporting.Tables;
using TokenFlex.Scenarios.Sweeps;

namespace TokenFlex.Cli.Rendering;

/// <summary>Spectre tables of sweep results: one table per sweep, one row per value (<see cref="SweepTable"/>).</summary>
public static class SweepTables
{
    /// <summary>B0 and P at every value of one sweep, with the saving on total and on gross cost.</summary>
    public static Table Sweep(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var unit = sweep.Unit.Length == 0 ? "" : $" [{sweep.Unit}]";
        return TextTable.Create($"Sweep {sweep.Name}: {sweep.Parameter}{unit}", SweepTable.Columns(sweep), sweep.Points)
            .Caption($"[dim]{Markup.Escape(sweep.Description)}. Savings of P vs B0 on total and on gross cost.[/]");
    }
}
