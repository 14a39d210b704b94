using Google.OrTools.ModelBuilder;
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
        foreach (var (_, coefficient, variable) in CampusTerms(sets, v, c))
        {
            terms.Add(coefficient, variable);
        }

        return terms;
    }

    /// <summary>Emissions of one campus in one realisation by dispatch period [tCO₂], indexed by t.</summary>
    public static LinearTerms[] CampusTonnesByPeriod(ModelSets sets, DispatchVariables v, int c)
    {
        var terms = Enumerable.Range(0, sets.PeriodCount).Select(_ => new LinearTerms()).ToArray();
        foreach (var (t, coefficient, variable) in CampusTerms(sets, v, c))
        {
            terms[t].Add(coefficient, variable);
        }

        return terms;
    }

    /// <summary>The terms of a campus's emissions [t per unit of the variable] with their period.</summary>
    private static IEnumerable<(int Period, double Coefficient, Variable Variable)> CampusTerms(
        ModelSets sets, DispatchVariables v, int c)
    {
        var carbon = v.Realisation.CarbonGPerKwh[c];
        for (var t = 0; t < sets.PeriodCount; t++)
        {
            // Δ [h] · CI [g/kWh = kg/MWh] / 1000 · P^imp [MW]   [t]
            yield return (t, sets.StepHours * carbon[t] / 1000.0, v.GridImportMw[c, t]);
        }

        foreach (var unit in sets.Generators.Where(g => g.Campus == c))
        {
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // Δ [h] · EF [t/MWh] · P [MW]   [t]
                yield return (t, sets.StepHours * unit.Unit.EmissionTonnesPerMwh, v.GeneratorMw[unit.Index, t]);
            }
        }
    }
}
