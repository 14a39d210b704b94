using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>Generator fuel (stage 2), no-load and start costs (stage 1).</summary>
public static class GeneratorCost
{
    public static CostTerm Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var terms = new LinearTerms();
        var dt = sets.StepHours;
        foreach (var unit in sets.Generators)
        {
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // Δ·c^fuel [USD/kWh]·1000·P [MW] / 1000 + Δ·c^NL [USD/h]·w / 1000   [k$]
                terms.Add(dt * unit.Unit.FuelCostUsdPerKwh, v.GeneratorMw[unit.Index, t]);
                terms.Add(dt * unit.Unit.NoLoadCostUsdPerHour / 1000.0, vars.GeneratorOnAt(unit, t));
            }

            for (var tau = 0; tau < sets.CommitmentPeriodCount; tau++)
            {
                // c^SU [USD]·v / 1000   [k$]
                terms.Add(unit.Unit.StartCostUsd / 1000.0, vars.GeneratorStart[unit.Index, tau]);
            }
        }

        return new CostTerm("fuel", terms);
    }
}
