using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Objective;

/// <summary>
/// DR settlement over called periods: capacity payment on committed kW per event hour, energy payment on delivered
/// reduction a·(B − σ), and the penalty on shortfall σ. Revenues enter as negative costs.
/// </summary>
public static class DemandResponseSettlement
{
    public static IEnumerable<CostTerm> Build(ModelSets sets, ModelVariables vars)
    {
        var capacity = new LinearTerms();
        var energy = new LinearTerms();
        var penalty = new LinearTerms();
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
                if (!window.Called[t])
                {
                    continue;
                }

                var energyPrice = Math.Max(0.0, enrolment.EnergyPaymentUsdPerMwh ?? sets.Campuses[c].PriceUsdPerMwh[t]);
                if (fsl)
                {
                    // FSL: the contracted reduction is paid as a constant; −λ^cap·B̄·Δ   [k$]
                    capacity.Add(-enrolment.CapacityPaymentUsdPerKwHour * enrolment.MaxCommitmentKw * dt / 1000.0);
                }
                else
                {
                    // −λ^cap [USD/kW·h]·1000·B [MW]·Δ / 1000   [k$]
                    capacity.Add(-enrolment.CapacityPaymentUsdPerKwHour * dt, vars.DrCommitMw[c, t]);
                    // −Δ·λ^DR [USD/MWh]·(B − σ) [MW] / 1000   [k$]
                    energy.Add(-dt * energyPrice / 1000.0, vars.DrCommitMw[c, t]);
                    energy.Add(dt * energyPrice / 1000.0, vars.DrShortfallMw[c, t]);
                }

                // Δ·λ^pen [USD/MWh]·σ [MW] / 1000   [k$]
                penalty.Add(dt * enrolment.PenaltyUsdPerMwh / 1000.0, vars.DrShortfallMw[c, t]);
            }
        }

        return [new("drCapacityRevenue", capacity), new("drEnergyRevenue", energy), new("drPenalty", penalty)];
    }
}
