using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>(C1) Emissions of grid import and generators over the horizon in one realisation [tCO₂].</summary>
public static class Emissions
{
    public static LinearTerms Tonnes(ModelSets sets, DispatchVariables v)
    {
        var terms = new LinearTerms();
        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            terms.Add(1.0, CampusTonnes(sets, v, c));
        }

        return terms;
    }

    /// <summary>Emissions of one campus in one realisation [tCO₂].</summary>
    public static LinearTerms CampusTonnes(ModelSets sets, DispatchVariables v, int c)
    {
        var terms = new LinearTerms();
        var carbon = v.Realisation.CarbonGPerKwh[c];
        for (var t = 0; t < sets.PeriodCount; t++)
        {
            // Δ [h] · CI [g/kWh = kg/MWh] / 1000 · P^imp [MW]   [t]
            terms.Add(sets.StepHours * carbon[t] / 1000.0, v.GridImportMw[c, t]);
        }

        foreach (var unit in sets.Generators.Where(g => g.Campus == c))
        {
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // Δ [h] · EF [t/MWh] · P [MW]   [t]
                terms.Add(sets.StepHours * unit.Unit.EmissionTonnesPerMwh, v.GeneratorMw[unit.Index, t]);
            }
        }

        return terms;
    }
}
