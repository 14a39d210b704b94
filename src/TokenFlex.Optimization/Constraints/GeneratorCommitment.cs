using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (S7) Generator unit commitment over commitment periods: start logic, minimum up/down times and the
/// run-hour allowance. Units are off before the horizon.
/// </summary>
public static class GeneratorCommitment
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        var hoursPerCommitment = sets.StepHours * sets.Scenario.TimeGrid.PeriodsPerCommitment;
        foreach (var unit in sets.Generators)
        {
            var g = unit.Index;
            var id = unit.Unit.Id;
            var up = MinimumUpDown.CommitmentPeriods(sets, unit.Unit.MinUpHours);
            var down = MinimumUpDown.CommitmentPeriods(sets, unit.Unit.MinDownHours);
            for (var t = 0; t < sets.CommitmentPeriodCount; t++)
            {
                // (S7) v[g,τ] ≥ w[g,τ] − w[g,τ−1], with w[g,−1] = 0   [-]
                var start = t == 0
                    ? model.Add(vars.GeneratorStart[g, t] - vars.GeneratorOn[g, t] >= 0.0)
                    : model.Add(vars.GeneratorStart[g, t] - vars.GeneratorOn[g, t] + vars.GeneratorOn[g, t - 1] >= 0.0);
                start.WithName($"S7_GenStart[{id},{t}]");
                if (up >= 2)
                {
                    // (S7) Σ_{τ'=τ−U+1..τ} v[g,τ'] ≤ w[g,τ]   [-]
                    model.Add(Starts(vars, g, t, up) - vars.GeneratorOn[g, t] <= 0.0).WithName($"S7_GenMinUp[{id},{t}]");
                }

                if (down >= 2 && t - down >= 0)
                {
                    // (S7) Σ_{τ'=τ−D+1..τ} v[g,τ'] ≤ 1 − w[g,τ−D]   [-]
                    model.Add(Starts(vars, g, t, down) + vars.GeneratorOn[g, t - down] <= 1.0)
                        .WithName($"S7_GenMinDown[{id},{t}]");
                }
            }

            var runHours = LinearExpr.NewBuilder(sets.CommitmentPeriodCount);
            for (var t = 0; t < sets.CommitmentPeriodCount; t++)
            {
                runHours.AddTerm(vars.GeneratorOn[g, t], hoursPerCommitment);
            }

            // (S7) Σ_τ Δ^c·w[g,τ] ≤ H_g   [h]
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
