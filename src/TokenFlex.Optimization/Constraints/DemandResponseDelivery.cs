using Google.OrTools.ModelBuilder;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (D1) DR delivery in called periods, measured at the meter the program recognises: grid import,
/// plus generator output and battery net discharge where the program does not let them count.
/// Committed mode: P^base − metered + σ ≥ B with σ ≤ B. Firm-service-level mode: metered − σ ≤ FSL.
/// </summary>
public static class DemandResponseDelivery
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var window in sets.DemandResponse)
        {
            if (window is null)
            {
                continue;
            }

            var campus = sets.Campuses[window.Campus];
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                if (vars.DrShortfallMw[window.Campus, t] is not { } shortfall)
                {
                    continue;
                }

                var metered = Metered(sets, vars, window, t);
                if (window.Enrolment.BaselineMode == BaselineMode.FirmServiceLevel)
                {
                    // (D1) metered[c,t] − σ[c,t] ≤ FSL[c]   [MW]
                    model.Add(metered - shortfall <= window.Enrolment.FirmServiceLevelKw!.Value / 1000.0)
                        .WithName($"D1_DrFirmServiceLevel[{campus.Id},{t}]");
                    continue;
                }

                var commit = vars.DrCommitMw[window.Campus, t]!;
                // (D1) metered[c,t] − σ[c,t] + B[c,t] ≤ P^base[c,t]   [MW]
                model.Add(metered - shortfall + commit <= window.BaselineKw![t] / 1000.0)
                    .WithName($"D1_DrDelivery[{campus.Id},{t}]");
                // (D1) σ[c,t] ≤ a[c,t]·B[c,t]   [MW]
                model.Add(shortfall - commit <= 0.0).WithName($"D1_DrShortfallCap[{campus.Id},{t}]");
            }
        }
    }

    /// <summary>The quantity the program meters: import plus the asset output it does not credit [MW].</summary>
    public static LinearTerms MeteredTerms(ModelSets sets, ModelVariables vars, DemandResponseWindow window, int t)
    {
        var c = window.Campus;
        var terms = new LinearTerms().Add(1.0, vars.GridImportMw[c, t]);
        if (!window.Enrolment.GeneratorCountsTowardDelivery)
        {
            foreach (var g in sets.Generators.Where(g => g.Campus == c))
            {
                terms.Add(1.0, vars.GeneratorMw[g.Index, t]);
            }
        }

        if (!window.Enrolment.BatteryCountsTowardDelivery)
        {
            terms.Add(1.0, vars.DischargeMw[c, t]).Add(-1.0, vars.ChargeMw[c, t]);
        }

        return terms;
    }

    private static LinearExpr Metered(ModelSets sets, ModelVariables vars, DemandResponseWindow window, int t) =>
        MeteredTerms(sets, vars, window, t).ToExpr();
}
