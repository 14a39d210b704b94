using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>
/// Battery degradation cost on throughput: Σ c^deg·Δ·(P^ch + P^dis), one term per campus and period.
/// </summary>
public static class BatteryWear
{
    public static IReadOnlyList<CostTerm> Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var terms = new CostTermSet("batteryWear");
        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            if (sets.Campuses[c].Battery is not { } battery)
            {
                continue;
            }

            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // c^deg [USD/kWh]·1000·Δ·P [MW] / 1000   [k$]
                var coefficient = battery.DegradationCostUsdPerKwh * sets.StepHours;
                terms.Add(c, t, coefficient, v.ChargeMw[c, t]).Add(c, t, coefficient, v.DischargeMw[c, t]);
            }
        }

        return terms.Terms;
    }
}
