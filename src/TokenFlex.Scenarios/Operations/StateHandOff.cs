using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Results;

namespace TokenFlex.Scenarios.Operations;

/// <summary>Reads the end state of a settled window and writes it into the next window's scenario.</summary>
public static class StateHandOff
{
    /// <summary>The state at the end of a settled (actual) result.</summary>
    public static CarriedState EndState(Scenario scenario, PlanResult actual, CarriedState? previous)
    {
        var last = scenario.TimeGrid.PeriodCount - 1;
        var hoursUsed = new Dictionary<string, double>(previous?.GeneratorHoursUsed ?? new Dictionary<string, double>());
        foreach (var campus in scenario.Campuses)
        {
            foreach (var g in campus.Generators)
            {
                var hours = actual.CampusPeriods.Where(p => p.CampusId == campus.Id && p.GeneratorKw > 1e-6).Count()
                            * scenario.TimeGrid.StepHours;
                hoursUsed[g.Id] = hoursUsed.GetValueOrDefault(g.Id) + hours;
            }
        }

        return new CarriedState(
            actual.Instances.Where(i => i.Period == last).ToDictionary(i => (i.CampusId, i.ConfigurationId), i => i.Instances),
            scenario.Campuses.Where(c => c.Battery is not null).ToDictionary(
                c => c.Id,
                c => actual.CampusPeriods.Single(p => p.CampusId == c.Id && p.Period == last).BatteryEnergyKwh
                     / c.Battery!.EnergyCapacityKwh),
            actual.Backlogs.Where(b => b.Period == last).ToDictionary(b => (b.ClassId, b.OriginId), b => b.BacklogTokens),
            hoursUsed);
    }

    /// <summary>The next window's scenario with the carried state as its initial state.</summary>
    /// <param name="next">The next window's scenario.</param>
    /// <param name="state">The state carried from the previous window.</param>
    /// <param name="runHoursAllowance">Generator run hours allowed over the whole simulation, by generator.</param>
    public static Scenario Apply(Scenario next, CarriedState state, IReadOnlyDictionary<string, double> runHoursAllowance) =>
        next with
        {
            Campuses = next.Campuses.Select(c => c with
            {
                InitialInstances = next.Configurations.Where(k => c.GpuInventory.ContainsKey(k.GpuType)).ToDictionary(
                    k => k.Id, k => state.InstancesByDeployment.GetValueOrDefault((c.Id, k.Id))),
                Battery = c.Battery is null ? null : c.Battery with
                {
                    InitialSocFraction = Math.Clamp(
                        state.BatterySocFractionByCampus.GetValueOrDefault(c.Id, c.Battery.InitialSocFraction),
                        c.Battery.MinSocFraction, c.Battery.MaxSocFraction),
                },
                Generators = c.Generators.Select(g => g with
                {
                    MaxRunHours = Math.Max(0, runHoursAllowance.GetValueOrDefault(g.Id, g.MaxRunHours)
                                             - state.GeneratorHoursUsed.GetValueOrDefault(g.Id)),
                }).ToArray(),
            }).ToArray(),
            Demand = next.Demand.Select(d => d with
            {
                InitialBacklogTokens = state.BacklogTokensByDemand.GetValueOrDefault((d.ClassId, d.OriginId)),
            }).ToArray(),
        };
}
