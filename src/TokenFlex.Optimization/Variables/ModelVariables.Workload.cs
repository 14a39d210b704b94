using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Sets;

namespace TokenFlex.Optimization.Variables;

/// <summary>Stage-1 instance variables and stage-2 token variables.</summary>
public sealed partial class ModelVariables
{
    private void CreateInstanceVariables()
    {
        var fixedCounts = _sets.Inputs.Restrictions.FixedInstances;
        foreach (var d in _sets.Deployments)
        {
            var key = Names.Deployment(_sets, d);
            var campusId = _sets.Campuses[d.Campus].Id;
            var configId = _sets.Configs[d.Config].Id;
            var fixedCount = fixedCounts?.GetValueOrDefault((campusId, configId));
            var switching = InitialState(d) != InstanceStart.Static;
            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                var (lb, ub) = fixedCount is { } n ? (n, n) : (0.0, d.MaxInstances);
                Instances[d.Index, t] = Integer(lb, ub, $"n[{key},{t}]");
                if (switching)
                {
                    Starts[d.Index, t] = Integer(0, d.MaxInstances, $"yon[{key},{t}]");
                    Stops[d.Index, t] = Integer(0, d.MaxInstances, $"yoff[{key},{t}]");
                }
            }
        }
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

    private void CreateTokenVariables()
    {
        foreach (var route in _sets.Routes)
        {
            var key = Names.Route(_sets, route);
            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                TokenRateMtokPerS[route.Index, t] = Continuous(0, double.PositiveInfinity, $"x[{key},{t}]");
            }
        }

        foreach (var key in _sets.DemandKeys)
        {
            var name = Names.DemandKey(_sets, key);
            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                if (key.Kind == WorkloadKind.Deferrable)
                {
                    BacklogMtok[key.Index, t] = Continuous(0, double.PositiveInfinity, $"q[{name},{t}]");
                }
                else if (_sets.Inputs.Restrictions.AllowUnserved)
                {
                    UnservedMtokPerS[key.Index, t] = Continuous(0, double.PositiveInfinity, $"u[{name},{t}]");
                }
            }
        }
    }
}
