using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(E7) Generator output lies between its minimum and maximum when on, and is zero when off.</summary>
public static class GeneratorOutput
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var v in vars.Dispatch)
        {
            var suffix = sets.ScenarioKey(v.Realisation);
            foreach (var unit in sets.Generators)
            {
                var maxMw = unit.Unit.MaxOutputKw / 1000.0;
                var minMw = unit.Unit.MinOutputKw / 1000.0;
                for (var t = 0; t < sets.PeriodCount; t++)
                {
                    var on = vars.GeneratorOnAt(unit, t);
                    // (E7) P[g,t,s] ≤ P̄_g·w[g,τ(t)]   [MW]
                    model.Add(v.GeneratorMw[unit.Index, t] - maxMw * on <= 0.0).WithName($"E7_GenMax[{unit.Unit.Id},{t}{suffix}]");
                    if (minMw > 0 && v.GeneratorMw[unit.Index, t].UpperBound > 0)
                    {
                        // (E7) P[g,t,s] ≥ P̲_g·w[g,τ(t)]   [MW]
                        model.Add(v.GeneratorMw[unit.Index, t] - minMw * on >= 0.0)
                            .WithName($"E7_GenMin[{unit.Unit.Id},{t}{suffix}]");
                    }
                }
            }
        }
    }
}
