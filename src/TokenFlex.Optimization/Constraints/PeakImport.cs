using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (E4) Grid import: the interconnection limit is the upper bound of P^imp; the demand-charge
/// epigraph P^peak ≥ P^imp is written where the campus has a demand charge.
/// </summary>
public static class PeakImport
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var v in vars.Dispatch)
        {
            for (var c = 0; c < sets.Campuses.Count; c++)
            {
                if (v.PeakImportMw[c] is not { } peak)
                {
                    continue;
                }

                for (var t = 0; t < sets.PeriodCount; t++)
                {
                    // (E4) P^peak[c,s] − P^imp[c,t,s] ≥ 0   [MW]
                    model.Add(peak - v.GridImportMw[c, t] >= 0.0)
                        .WithName($"E4_PeakImport[{sets.Campuses[c].Id},{t}{sets.ScenarioKey(v.Realisation)}]");
                }
            }
        }
    }
}
