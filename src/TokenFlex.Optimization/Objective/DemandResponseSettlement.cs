using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>
/// DR settlement: the capacity payment on the committed kW over the window W_c (stage 1), the energy
/// payment on delivered reduction a·(B − σ) and the penalty on shortfall σ in the periods the realisation
/// calls (stage 2). Revenues enter as negative costs. Each of the three has one term per campus and period.
/// </summary>
public static class DemandResponseSettlement
{
    public static IEnumerable<CostTerm> Build(ModelSets sets, ModelVariables vars, DispatchVariables v)
    {
        var capacity = new CostTermSet("drCapacityRevenue");
        var energy = new CostTermSet("drEnergyRevenue");
        var penalty = new CostTermSet("drPenalty");
        var dt = sets.StepHours;
        foreach (var window in sets.DemandResponse)
        {
            if (window is null)
            {
                continue;
            }

            var c = window.Campus;
            var enrolment = window.Enrolment;
            var fsl = enrolment.BaselineMode == BaselineMode.FirmServiceLevel;
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                if (!window.InWindow[t])
                {
                    continue;
                }

                if (fsl)
                {
                    // FSL: the contracted reduction is paid as a constant; −λ^cap·B̄·Δ   [k$]
                    var payment = enrolment.CapacityPaymentUsdPerKwHour * enrolment.MaxCommitmentKw * dt / 1000.0;
                    capacity.Add(c, t, -payment);
                }
                else
                {
                    // −λ^cap [USD/kW·h]·1000·B [MW]·Δ / 1000   [k$]
                    capacity.Add(c, t, -enrolment.CapacityPaymentUsdPerKwHour * dt, vars.DrCommitMw[c, t]);
                }

                if (v.DrShortfallMw[c, t] is not { } shortfall)
                {
                    continue;
                }

                if (!fsl)
                {
                    var price = Math.Max(0.0, enrolment.EnergyPaymentUsdPerMwh ?? v.Realisation.PriceUsdPerMwh[c][t]);
                    // −Δ·λ^DR [USD/MWh]·(B − σ) [MW] / 1000   [k$]
                    energy.Add(c, t, -dt * price / 1000.0, vars.DrCommitMw[c, t])
                        .Add(c, t, dt * price / 1000.0, shortfall);
                }

                // Δ·λ^pen [USD/MWh]·σ [MW] / 1000   [k$]
                penalty.Add(c, t, dt * enrolment.PenaltyUsdPerMwh / 1000.0, shortfall);
            }
        }

        return [.. capacity.Terms, .. energy.Terms, .. penalty.Terms];
    }
}
