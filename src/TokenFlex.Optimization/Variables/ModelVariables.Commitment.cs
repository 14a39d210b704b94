using TokenFlex.Optimization.Sets;

namespace TokenFlex.Optimization.Variables;

/// <summary>Stage-1 variables: instances, starts and stops, generator commitment and the DR bid.</summary>
public sealed partial class ModelVariables
{
    private void CreateInstanceVariables()
    {
        var fixedCounts = _sets.Inputs.Restrictions.FixedInstances;
        foreach (var d in _sets.Deployments)
        {
            var key = Names.Deployment(_sets, d);
            var fixedCount = fixedCounts?.GetValueOrDefault((_sets.Campuses[d.Campus].Id, _sets.Configs[d.Config].Id));
            var switching = InitialState(d) != InstanceStart.Static;
            for (var tau = 0; tau < _sets.CommitmentPeriodCount; tau++)
            {
                var (lb, ub) = InstanceBounds(d, tau, fixedCount);
                Instances[d.Index, tau] = Integer(lb, ub, $"n[{key},{tau}]");
                if (switching)
                {
                    Starts[d.Index, tau] = Integer(0, d.MaxInstances, $"yon[{key},{tau}]");
                    Stops[d.Index, tau] = Integer(0, d.MaxInstances, $"yoff[{key},{tau}]");
                }
            }
        }
    }

    private (double Lb, double Ub) InstanceBounds(Deployment d, int tau, int? fixedCount)
    {
        if (fixedCount is { } n)
        {
            return (n, n);
        }

        if (_sets.Inputs.Restrictions.FixedStageOne is not { } plan)
        {
            return (Math.Min(CapacityCover.LowerBound(_sets, d, tau), d.MaxInstances), d.MaxInstances);
        }

        var planned = plan.InstancesAt(_sets.Campuses[d.Campus].Id, _sets.Configs[d.Config].Id, tau);
        var final = tau == _sets.CommitmentPeriodCount - 1 && _sets.Inputs.Restrictions.HoldFinalInstances;
        var recourse = final ? 0 : _sets.Inputs.Restrictions.InstanceRecourse;
        return (Math.Max(0, planned - recourse), Math.Min(d.MaxInstances, planned + recourse));
    }

    /// <summary>How the instance count of a deployment enters the horizon (see <see cref="InstanceStart"/>).</summary>
    public InstanceStart InitialState(Deployment deployment)
    {
        var restrictions = _sets.Inputs.Restrictions;
        if (restrictions.FixedInstances is not null || restrictions.ConstantInstances)
        {
            return InstanceStart.Static;
        }

        return _sets.Campuses[deployment.Campus].InitialInstances is null ? InstanceStart.Cyclic : InstanceStart.Given;
    }

    private void CreateGeneratorCommitment()
    {
        foreach (var unit in _sets.Generators)
        {
            var window = _sets.DemandResponse[unit.Campus];
            for (var tau = 0; tau < _sets.CommitmentPeriodCount; tau++)
            {
                var key = $"{unit.Unit.Id},{tau}";
                var allowed = !unit.Unit.OnlyInDemandResponseWindows || CommitmentPeriodInWindow(window, tau);
                var (lb, ub) = FixedOn(unit, tau) is { } on ? (on && allowed ? 1 : 0, on && allowed ? 1 : 0) : (0, allowed ? 1 : 0);
                GeneratorOn[unit.Index, tau] = Integer(lb, ub, $"w[{key}]");
                GeneratorStart[unit.Index, tau] = Integer(0, allowed ? 1 : 0, $"v[{key}]");
            }
        }
    }

    private bool? FixedOn(GeneratorUnit unit, int tau) =>
        _sets.Inputs.Restrictions.FixedStageOne?.Generators.FirstOrDefault(g => g.GeneratorId == unit.Unit.Id)
            ?.OnByCommitmentPeriod.ElementAtOrDefault(tau);

    private bool CommitmentPeriodInWindow(DemandResponseWindow? window, int tau) =>
        window is not null
        && Enumerable.Range(0, _sets.PeriodCount).Any(t => _sets.CommitmentPeriodOf(t) == tau && window.InWindow[t]);

    private void CreateDemandResponseCommitment()
    {
        foreach (var window in _sets.DemandResponse)
        {
            if (window is null || window.Enrolment.BaselineMode == Core.Domain.BaselineMode.FirmServiceLevel)
            {
                continue;
            }

            var campus = _sets.Campuses[window.Campus];
            if (window.Enrolment.MinCommitmentKw > 0)
            {
                DrParticipation[window.Campus] = Binary($"zdr[{campus.Id}]");
            }

            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                // Only periods that some realisation calls carry a commitment: capacity held for an event that is
                // never called cannot be checked against delivery.
                if (window.InWindow[t])
                {
                    // (S6) 0 ≤ B_{c,t} ≤ B̄_c   [MW]; fixed at the plan's commitment when stage 1 is fixed
                    var fixedKw = _sets.Inputs.Restrictions.FixedStageOne?.DrCommitments
                        .FirstOrDefault(s => s.CampusId == campus.Id)?.CommitmentKwByPeriod.ElementAtOrDefault(t);
                    // A period outside the plan's windows (null) stays free: a short-notice event may still be bid.
                    var (lb, ub) = fixedKw is { } kw
                        ? (kw / 1000.0, kw / 1000.0)
                        : (0.0, window.Enrolment.MaxCommitmentKw / 1000.0);
                    DrCommitMw[window.Campus, t] = Continuous(lb, ub, $"bdr[{campus.Id},{t}]");
                }
            }
        }
    }
}
