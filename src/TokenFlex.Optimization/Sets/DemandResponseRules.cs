namespace TokenFlex.Optimization.Sets;

/// <summary>The DR windows W_c, activations a_{c,t} and baselines of each campus.</summary>
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

            var inWindow = new bool[sets.PeriodCount];
            var called = new bool[sets.PeriodCount];
            foreach (var ev in sets.Scenario.DemandResponseEvents.Where(e => e.CampusId == campus.Id))
            {
                MarkPeriods(sets, ev.StartUtc, ev.DurationHours, inWindow, called, ev.Called);
            }

            if (!inWindow.Any(w => w))
            {
                continue;
            }

            double[]? baseline = enrolment.BaselineMode switch
            {
                Core.Domain.BaselineMode.Exogenous => enrolment.BaselineKw,
                Core.Domain.BaselineMode.TwoPass => sets.Inputs.TwoPassBaselineKw.GetValueOrDefault(campus.Id),
                _ => null,
            };
            if (baseline is null && enrolment.BaselineMode != Core.Domain.BaselineMode.FirmServiceLevel)
            {
                continue;
            }

            windows[c] = new DemandResponseWindow(c, enrolment, inWindow, called, baseline);
        }

        return windows;
    }

    private static void MarkPeriods(
        ModelSets sets, DateTimeOffset startUtc, double durationHours, bool[] inWindow, bool[] called, bool isCalled)
    {
        var grid = sets.Scenario.TimeGrid;
        var endUtc = startUtc.AddHours(durationHours);
        for (var t = 0; t < sets.PeriodCount; t++)
        {
            var periodStart = grid.PeriodStartUtc(t);
            if (periodStart >= startUtc.AddSeconds(-1) && periodStart < endUtc.AddSeconds(-1))
            {
                inWindow[t] = true;
                called[t] |= isCalled;
            }
        }
    }
}
