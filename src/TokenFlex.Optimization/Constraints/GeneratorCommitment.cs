using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>(S7) Generator unit commitment: start logic, minimum up/down times and the run-hour allowance.</summary>
public static class GeneratorCommitment
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        var grid = sets.Scenario.TimeGrid;
        foreach (var unit in sets.Generators)
        {
            var g = unit.Index;
            var id = unit.Unit.Id;
            var up = grid.HoursToPeriodsCeiling(unit.Unit.MinUpHours);
            var down = grid.HoursToPeriodsCeiling(unit.Unit.MinDownHours);
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                // (S7) v[g,t] ≥ w[g,t] − w[g,t−1], with w[g,−1] = 0   [-]
                var start = t == 0
                    ? model.Add(vars.GeneratorStart[g, t] - vars.GeneratorOn[g, t] >= 0.0)
                    : model.Add(vars.GeneratorStart[g, t] - vars.GeneratorOn[g, t] + vars.GeneratorOn[g, t - 1] >= 0.0);
                start.WithName($"S7_GenStart[{id},{t}]");
                if (up >= 2)
                {
                    // (S7) Σ_{τ=t−U+1..t} v[g,τ] ≤ w[g,t]   [-]
                    model.Add(Starts(vars, g, t, up) - vars.GeneratorOn[g, t] <= 0.0).WithName($"S7_GenMinUp[{id},{t}]");
                }

                if (down >= 2 && t - down >= 0)
                {
                    // (S7) Σ_{τ=t−D+1..t} v[g,τ] ≤ 1 − w[g,t−D]   [-]
                    model.Add(Starts(vars, g, t, down) + vars.GeneratorOn[g, t - down] <= 1.0)
                        .WithName($"S7_GenMinDown[{id},{t}]");
                }
            }

            var runHours = LinearExpr.NewBuilder(sets.PeriodCount);
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                runHours.AddTerm(vars.GeneratorOn[g, t], sets.StepHours);
            }

            // (S7) Σ_t Δ·w[g,t] ≤ H_g   [h]
            model.Add(runHours <= unit.Unit.MaxRunHours).WithName($"S7_GenRunHours[{id}]");
        }
    }

    private static LinearExprBuilder Starts(ModelVariables vars, int g, int t, int length)
    {
        var sum = LinearExpr.NewBuilder(length);
        for (var tau = Math.Max(0, t - length + 1); tau <= t; tau++)
        {
            sum.AddTerm(vars.GeneratorStart[g, tau], 1.0);
        }

        return sum;
    }
}
