using TokenFlex.Core.Domain;
using TokenFlex.Optimization;

namespace TokenFlex.Scenarios.Strategies;

/// <summary>
/// The strategies of formulation section 3 (d.1), each a restriction of the same model. Feasible sets
/// nest: B0 ⊂ B1 ⊂ B2 ⊂ B3 ⊂ P, and the ablations lie between B2 and P, so with a common DR baseline a
/// strategy with more freedom never costs more (up to the MIP gap).
/// </summary>
public static class StrategyCatalog
{
    private static readonly HashSet<Precision> SixteenBit = [Precision.Bf16, Precision.Fp16];

    /// <summary>B0: static BF16 fleet sized for the peak, local serving, no deferral, no DR, assets idle but PV.</summary>
    public static StrategyDefinition B0 { get; } = new(
        "B0",
        "static: 16-bit only, constant peak-sized fleet, local serving, no deferral, battery/generator idle, no DR",
        new ModelRestrictions
        {
            AllowedPrecisions = SixteenBit,
            ConstantInstances = true,
            LocalRoutingOnly = true,
            AllowDeferral = false,
            AllowBattery = false,
            AllowGenerators = false,
            AllowDemandResponse = false,
        });

    /// <summary>B1: conventional energy management: assets scheduled, batch shifted, DR offered; fleet static.</summary>
    public static StrategyDefinition B1 { get; } = new(
        "B1",
        "conventional energy management: B0 plus battery, generator, batch deferral and DR",
        B0.Restrictions with
        {
            AllowDeferral = true,
            AllowBattery = true,
            AllowGenerators = true,
            AllowDemandResponse = true,
        });

    /// <summary>B2: B1 plus model-instance switching (16-bit only, local).</summary>
    public static StrategyDefinition B2 { get; } = new(
        "B2", "B1 plus model-instance switching", B1.Restrictions with { ConstantInstances = false });

    /// <summary>B3: B2 plus spatial routing across campuses within SLO and bandwidth.</summary>
    public static StrategyDefinition B3 { get; } = new(
        "B3", "B2 plus spatial routing across campuses", B2.Restrictions with { LocalRoutingOnly = false });

    /// <summary>P: the full framework, B3 plus precision selection (BF16/FP8/INT8/INT4).</summary>
    public static StrategyDefinition P { get; } = new(
        "P", "proposed: B3 plus precision selection", ModelRestrictions.None);

    /// <summary>Ablation: quantization and switching, but local serving only.</summary>
    public static StrategyDefinition QuantizationLocal { get; } = new(
        "P-local", "ablation: P without spatial routing", ModelRestrictions.None with { LocalRoutingOnly = true });

    /// <summary>Ablation: quantization and routing on a constant fleet (precision mix chosen once for the day).</summary>
    public static StrategyDefinition QuantizationStatic { get; } = new(
        "P-static", "ablation: P without instance switching (fleet and precision mix fixed for the day)",
        ModelRestrictions.None with { ConstantInstances = true });

    /// <summary>The five main strategies, in order of increasing freedom.</summary>
    public static IReadOnlyList<StrategyDefinition> Main { get; } = [B0, B1, B2, B3, P];

    /// <summary>The main strategies plus the ablations.</summary>
    public static IReadOnlyList<StrategyDefinition> All { get; } = [B0, B1, B2, B3, P, QuantizationLocal, QuantizationStatic];

    /// <summary>Finds a strategy by name (case-insensitive), or null.</summary>
    public static StrategyDefinition? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
