using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(E3) Power balance behind the campus meter: supply from grid, PV, battery and generators meets facility load.</summary>
public static class PowerBalance
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var v in vars.Dispatch)
        {
            for (var c = 0; c < sets.Campuses.Count; c++)
            {
                var generators = sets.Generators.Where(g => g.Campus == c).ToArray();
                for (var t = 0; t < sets.PeriodCount; t++)
                {
                    var supply = LinearExpr.NewBuilder(6 + generators.Length);
                    supply.AddTerm(v.GridImportMw[c, t], 1.0);
                    supply.AddOptional(v.PvMw[c, t], 1.0);
                    supply.AddOptional(v.DischargeMw[c, t], 1.0);
                    supply.AddOptional(v.ChargeMw[c, t], -1.0);
                    foreach (var g in generators)
                    {
                        supply.AddTerm(v.GeneratorMw[g.Index, t], 1.0);
                    }

                    supply.AddTerm(v.FacilityPowerMw[c, t], -1.0);
                    // (E3) P^imp + P^pv + P^dis − P^ch + Σ_g P_g − P^fac = 0   [MW]
                    model.Add(supply == 0.0).WithName($"E3_PowerBalance[{sets.Campuses[c].Id},{t}{sets.ScenarioKey(v.Realisation)}]");
                }
            }
        }
    }
}
