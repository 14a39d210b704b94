using TokenFlex.Optimization.Results;

namespace TokenFlex.Reporting;

/// <summary>
/// The components of <see cref="CostBreakdown"/> in one ordered table, named as the objective terms
/// (energy, demandCharge, …). JSON keys add the unit (<c>energyUsd</c>); <c>costs.csv</c> uses the bare name.
/// Revenues are positive numbers, as in <see cref="CostBreakdown"/>.
/// </summary>
public static class CostComponents
{
    /// <summary>Every component with its value [USD].</summary>
    public static IReadOnlyList<(string Name, Func<CostBreakdown, double> Usd)> All { get; } =
    [
        ("energy", c => c.EnergyUsd),
        ("demandCharge", c => c.DemandChargeUsd),
        ("carbon", c => c.CarbonUsd),
        ("fuel", c => c.FuelUsd),
        ("batteryWear", c => c.BatteryWearUsd),
        ("switching", c => c.SwitchingUsd),
        ("qos", c => c.QosUsd),
        ("network", c => c.NetworkUsd),
        ("drCapacityRevenue", c => c.DrCapacityRevenueUsd),
        ("drEnergyRevenue", c => c.DrEnergyRevenueUsd),
        ("drPenalty", c => c.DrPenaltyUsd),
        ("unservedPenalty", c => c.UnservedPenaltyUsd),
    ];
}
