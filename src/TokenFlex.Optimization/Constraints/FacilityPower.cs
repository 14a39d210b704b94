using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(E2) Facility power: IT power times the period's PUE (fixed or from COP at ambient) plus auxiliary load.</summary>
public static class FacilityPower
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            var campus = sets.Campuses[c];
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                var pue = campus.Cooling.PueAt(t);
                // (E2) P^fac[c,t] − PUE[c,t]·P^IT[c,t] = P^aux[c]   [MW]
                model.Add(vars.FacilityPowerMw[c, t] - pue * vars.ItPowerMw[c, t] == campus.AuxiliaryLoadKw / 1000.0)
                    .WithName($"E2_FacilityPower[{campus.Id},{t}]");
            }
        }
    }
}
