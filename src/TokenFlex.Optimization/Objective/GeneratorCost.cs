using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>Generator fuel, no-load and start costs.</summary>
public static class GeneratorCost
{
    public static CostTerm Build(ModelSets sets, ModelVariables vars)
    {
        var terms = new LinearTerms();
        var dt = sets.StepHours;
        foreach (var unit in sets.Generators)
        {
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // Δ·c^fuel [USD/kWh]·1000·P [MW] / 1000 + Δ·c^NL·w / 1000 + c^SU·v / 1000   [k$]
                terms.Add(dt * unit.Unit.FuelCostUsdPerKwh, vars.GeneratorMw[unit.Index, t]);
                terms.Add(dt * unit.Unit.NoLoadCostUsdPerHour / 1000.0, vars.GeneratorOn[unit.Index, t]);
                terms.Add(unit.Unit.StartCostUsd / 1000.0, vars.GeneratorStart[unit.Index, t]);
            }
        }

        return new CostTerm("fuel", terms);
    }
}
