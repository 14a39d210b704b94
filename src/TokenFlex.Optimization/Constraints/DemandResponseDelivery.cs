using Google.OrTools.ModelBuilder;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Constraints;

/// <summary>
/// (D1) DR delivery in the periods a realisation calls, measured at the meter the program recognises:
/// grid import, plus generator output and battery net discharge where the program does not let them
/// count. Committed mode: P^base − metered + σ ≥ B with σ ≤ B. Firm-service-level mode: metered − σ ≤ FSL.
/// </summary>
public static class DemandResponseDelivery
{
    public static void Add(Model model, ModelSets sets, ModelVariables vars)
    {
        foreach (var v in vars.Dispatch)
        {
            foreach (var window in sets.DemandResponse)
            {
                if (window is not null)
                {
                    AddWindow(model, sets, vars, v, window);
                }
            }
        }
    }

    private static void AddWindow(Model model, ModelSets sets, ModelVariables vars, DispatchVariables v, DemandResponseWindow window)
    {
        var campus = sets.Campuses[window.Campus];
        var suffix = sets.ScenarioKey(v.Realisation);
        for (var t = 0; t < sets.PeriodCount; t++)
        {
            if (v.DrShortfallMw[window.Campus, t] is not { } shortfall)
            {
                continue;
            }

            var metered = MeteredTerms(sets, v, window, t).ToExpr();
            if (window.Enrolment.BaselineMode == BaselineMode.FirmServiceLevel)
            {
                // (D1) metered[c,t,s] − σ[c,t,s] ≤ FSL[c]   [MW]
                model.Add(metered - shortfall <= window.Enrolment.FirmServiceLevelKw!.Value / 1000.0)
                    .WithName($"D1_DrFirmServiceLevel[{campus.Id},{t}{suffix}]");
                continue;
            }

            var commit = vars.DrCommitMw[window.Campus, t]!;
            // (D1) metered[c,t,s] − σ[c,t,s] + B[c,t] ≤ P^base[c,t]   [MW]
            model.Add(metered - shortfall + commit <= window.BaselineKw![t] / 1000.0)
                .WithName($"D1_DrDelivery[{campus.Id},{t}{suffix}]");
            // (D1) σ[c,t,s] ≤ a[c,t,s]·B[c,t]   [MW]
            model.Add(shortfall - commit <= 0.0).WithName($"D1_DrShortfallCap[{campus.Id},{t}{suffix}]");
        }
    }

    /// <summary>The quantity the program meters: import plus the asset output it does not credit [MW].</summary>
    public static LinearTerms MeteredTerms(ModelSets sets, DispatchVariables v, DemandResponseWindow window, int t)
    {
        var c = window.Campus;
        var terms = new LinearTerms().Add(1.0, v.GridImportMw[c, t]);
        if (!window.Enrolment.GeneratorCountsTowardDelivery)
        {
            foreach (var g in sets.Generators.Where(g => g.Campus == c))
            {
                terms.Add(1.0, v.GeneratorMw[g.Index, t]);
            }
        }

        if (!window.Enrolment.BatteryCountsTowardDelivery)
        {
            terms.Add(1.0, v.DischargeMw[c, t]).Add(-1.0, v.ChargeMw[c, t]);
        }

        return terms;
    }
}
