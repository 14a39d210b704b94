using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (E6) Battery: state-of-charge balance, end-of-horizon energy at least the initial energy, and the
/// optional mode binary that forbids simultaneous charge and discharge. SOC and power limits are bounds.
/// </summary>
public static class BatteryStateOfCharge
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            var campus = sets.Campuses[c];
            if (campus.Battery is not { } battery || vars.SocMwh[c, 0] is null)
            {
                continue;
            }

            var initialMwh = battery.InitialSocFraction * battery.EnergyCapacityKwh / 1000.0;
            var dt = sets.StepHours;
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                var balance = vars.SocMwh[c, t]! - dt * battery.ChargeEfficiencyFraction * vars.ChargeMw[c, t]!
                    + dt / battery.DischargeEfficiencyFraction * vars.DischargeMw[c, t]!;
                // (E6) E[c,t] − Δ·η^ch·P^ch + Δ/η^dis·P^dis = E[c,t−1]   [MWh]
                var row = t == 0 ? model.Add(balance == initialMwh) : model.Add(balance - vars.SocMwh[c, t - 1]! == 0.0);
                row.WithName($"E6_Soc[{campus.Id},{t}]");
                if (vars.BatteryMode[c, t] is { } mode)
                {
                    // (E6) P^ch ≤ P̄^ch·ζ   [MW]
                    model.Add(vars.ChargeMw[c, t]! - battery.MaxChargeKw / 1000.0 * mode <= 0.0)
                        .WithName($"E6_ChargeMode[{campus.Id},{t}]");
                    // (E6) P^dis ≤ P̄^dis·(1 − ζ)   [MW]
                    model.Add(vars.DischargeMw[c, t]! + battery.MaxDischargeKw / 1000.0 * mode <= battery.MaxDischargeKw / 1000.0)
                        .WithName($"E6_DischargeMode[{campus.Id},{t}]");
                }
            }

            // (E6) E[c,T] ≥ E⁰[c]   [MWh]
            model.Add(vars.SocMwh[c, sets.PeriodCount - 1]! >= initialMwh - 1e-9).WithName($"E6_EndSoc[{campus.Id}]");
        }
    }
}
