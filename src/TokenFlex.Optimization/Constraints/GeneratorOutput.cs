using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(E7) Generator output lies between its minimum and maximum when on, and is zero when off.</summary>
public static class GeneratorOutput
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var unit in sets.Generators)
        {
            var g = unit.Index;
            var maxMw = unit.Unit.MaxOutputKw / 1000.0;
            var minMw = unit.Unit.MinOutputKw / 1000.0;
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // (E7) P[g,t] ≤ P̄_g·w[g,t]   [MW]
                model.Add(vars.GeneratorMw[g, t] - maxMw * vars.GeneratorOn[g, t] <= 0.0)
                    .WithName($"E7_GenMax[{unit.Unit.Id},{t}]");
                if (minMw > 0)
                {
                    // (E7) P[g,t] ≥ P̲_g·w[g,t]   [MW]
                    model.Add(vars.GeneratorMw[g, t] - minMw * vars.GeneratorOn[g, t] >= 0.0)
                        .WithName($"E7_GenMin[{unit.Unit.Id},{t}]");
                }
            }
        }
    }
}
