using TokenFlex.Core.Domain;

namespace TokenFlex.Optimization.Sets;

/// <summary>
/// The DR windows of each campus: W_c holds the periods in which some realisation calls an event, or an event
/// named in <see cref="ModelRestrictions.CommitmentWindowEventIds"/> lies (only there does a commitment exist
/// and get paid), with the baseline of the campus's mode.
/// </summary>
internal static class DemandResponseRules
{
    public static DemandResponseWindow?[] Build(ModelSets sets)
    {
        var windows = new DemandResponseWindow?[sets.Campuses.Count];
        if (!sets.Inputs.Restrictions.AllowDemandResponse || sets.Inputs.DisableDemandResponse)
        {
            return windows;
        }

        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            var campus = sets.Campuses[c];
            if (campus.DemandResponse is not { } enrolment)
            {
                continue;
            }

            var committed = new bool[sets.PeriodCount];
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                committed[t] = sets.Realisations.Any(r => r.Called[c][t]);
            }

            foreach (var t in KeptWindowPeriods(sets, campus.Id))
            {
                committed[t] = true;
            }

            double[]? baseline = enrolment.BaselineMode switch
            {
                BaselineMode.Exogenous => enrolment.BaselineKw,
                BaselineMode.TwoPass => sets.Inputs.TwoPassBaselineKw.GetValueOrDefault(campus.Id),
                _ => null,
            };
            if (!committed.Any(w => w) || (baseline is null && enrolment.BaselineMode != BaselineMode.FirmServiceLevel))
            {
                continue;
            }

            windows[c] = new DemandResponseWindow(c, enrolment, committed, baseline);
        }

        return windows;
    }

    /// <summary>Periods of the events named in <see cref="ModelRestrictions.CommitmentWindowEventIds"/> at a campus.</summary>
    private static IEnumerable<int> KeptWindowPeriods(ModelSets sets, string campusId)
    {
        var kept = sets.Inputs.Restrictions.CommitmentWindowEventIds;
        return kept is null
            ? []
            : sets.Scenario.DemandResponseEvents
                .Where(e => e.CampusId == campusId && kept.Contains(e.Id))
                .SelectMany(e => RealisationRules.EventPeriods(sets, e));
    }
}
