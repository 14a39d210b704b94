using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>
/// Generator fuel (stage 2), no-load and start costs (stage 1), one term per campus and period; a start in
/// commitment period τ is attributed to τ's first dispatch period.
/// </summary>
public static class GeneratorCost
{
    public static IReadOnlyList<CostTerm> Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var terms = new CostTermSet("fuel");
        var dt = sets.StepHours;
        foreach (var unit in sets.Generators)
        {
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // Δ·c^fuel [USD/kWh]·1000·P [MW] / 1000 + Δ·c^NL [USD/h]·w / 1000   [k$]
                terms.Add(unit.Campus, t, dt * unit.Unit.FuelCostUsdPerKwh, v.GeneratorMw[unit.Index, t]);
                terms.Add(unit.Campus, t, dt * unit.Unit.NoLoadCostUsdPerHour / 1000.0, vars.GeneratorOnAt(unit, t));
            }

            var startCost = unit.Unit.StartCostUsd / 1000.0;
            for (var tau = 0; tau < sets.CommitmentPeriodCount; tau++)
            {
                // c^SU [USD]·v / 1000   [k$]
                terms.Add(unit.Campus, sets.FirstPeriodOf(tau), startCost, vars.GeneratorStart[unit.Index, tau]);
            }
        }

        return terms.Terms;
    }
}
