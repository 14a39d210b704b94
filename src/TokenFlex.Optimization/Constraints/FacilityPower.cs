using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(E2) Facility power: IT power times the period's PUE (fixed or from COP at ambient) plus auxiliary load.</summary>
public static class FacilityPower
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var v in vars.Dispatch)
        {
            for (var c = 0; c < sets.Campuses.Count; c++)
            {
                var campus = sets.Campuses[c];
                for (var t = 0; t < sets.PeriodCount; t++)
                {
                    var pue = campus.Cooling.PueAt(t);
                    // (E2) P^fac[c,t,s] − PUE[c,t]·P^IT[c,t,s] = P^aux[c]   [MW]
                    model.Add(v.FacilityPowerMw[c, t] - pue * v.ItPowerMw[c, t] == campus.AuxiliaryLoadKw / 1000.0)
                        .WithName($"E2_FacilityPower[{campus.Id},{t}{sets.ScenarioKey(v.Realisation)}]");
                }
            }
        }
    }
}
