using TokenFlex.Core.Domain;

namespace TokenFlex.Optimization.Sets;

/// <summary>
/// The index sets of the formulation (b.1), computed once from the inputs and ordered, so that the
/// generated model is deterministic. Strategy restrictions act here, by removing set members.
/// </summary>
public sealed class ModelSets
{
    private ModelSets(FormulationInputs inputs)
    {
        Inputs = inputs;
        Scenario = inputs.Scenario;
        PeriodCount = Scenario.TimeGrid.PeriodCount;
        StepHours = Scenario.TimeGrid.StepHours;
    }

    public FormulationInputs Inputs { get; }

    public Scenario Scenario { get; }

    public int PeriodCount { get; }

    public double StepHours { get; }

    public IReadOnlyList<Campus> Campuses => Scenario.Campuses;

    public IReadOnlyList<ServingConfiguration> Configs => Scenario.Configurations;

    public IReadOnlyList<WorkloadClass> Classes => Scenario.Classes;

    public IReadOnlyList<DemandOrigin> Origins => Scenario.Origins;

    public IReadOnlyList<Deployment> Deployments { get; private set; } = [];

    public IReadOnlyList<DemandKey> DemandKeys { get; private set; } = [];

    public IReadOnlyList<Route> Routes { get; private set; } = [];

    public IReadOnlyList<GeneratorUnit> Generators { get; private set; } = [];

    /// <summary>The stage-2 realisations s (one for the deterministic model).</summary>
    public IReadOnlyList<Realisation> Realisations { get; private set; } = [];

    /// <summary>True when the model has more than one stage-2 scenario.</summary>
    public bool IsStochastic => Realisations.Count > 1;

    /// <summary>Number of commitment periods (stage-1 time index τ).</summary>
    public int CommitmentPeriodCount => Scenario.TimeGrid.CommitmentPeriodCount;

    /// <summary>The commitment period τ(t) of dispatch period t.</summary>
    public int CommitmentPeriodOf(int t) => Scenario.TimeGrid.CommitmentPeriodOf(t);

    /// <summary>The first dispatch period of commitment period τ.</summary>
    public int FirstPeriodOf(int tau) => tau * Scenario.TimeGrid.PeriodsPerCommitment;

    /// <summary>Suffix that names the realisation in constraint names: empty when deterministic, ",{id}" otherwise.</summary>
    public string ScenarioKey(Realisation realisation) => IsStochastic ? $",{realisation.Id}" : "";

    /// <summary>DR windows by campus index; null where the campus offers no DR in this build.</summary>
    public IReadOnlyList<DemandResponseWindow?> DemandResponse { get; private set; } = [];

    /// <summary>Routes grouped by deployment index.</summary>
    public IReadOnlyList<IReadOnlyList<Route>> RoutesByDeployment { get; private set; } = [];

    /// <summary>Routes grouped by demand key index.</summary>
    public IReadOnlyList<IReadOnlyList<Route>> RoutesByDemand { get; private set; } = [];

    /// <summary>Deployments grouped by campus index.</summary>
    public IReadOnlyList<IReadOnlyList<Deployment>> DeploymentsByCampus { get; private set; } = [];

    /// <summary>Builds the sets from the inputs.</summary>
    public static ModelSets Build(FormulationInputs inputs)
    {
        var sets = new ModelSets(inputs);
        sets.Deployments = DeploymentRules.Build(sets);
        sets.DeploymentsByCampus = sets.Campuses
            .Select((_, c) => (IReadOnlyList<Deployment>)sets.Deployments.Where(d => d.Campus == c).ToArray())
            .ToArray();
        sets.DemandKeys = BuildDemandKeys(sets.Scenario);
        sets.Routes = RouteRules.Build(sets);
        sets.RoutesByDeployment = Group(sets.Routes, sets.Deployments.Count, r => r.Deployment.Index);
        sets.RoutesByDemand = Group(sets.Routes, sets.DemandKeys.Count, r => r.Demand.Index);
        sets.Realisations = RealisationRules.Build(sets);
        sets.Generators = sets.Inputs.Restrictions.AllowGenerators
            ? sets.Campuses.SelectMany((campus, c) => campus.Generators.Select(g => (c, g)))
                .Select((pair, i) => new GeneratorUnit(i, pair.c, pair.g)).ToArray()
            : [];
        sets.DemandResponse = DemandResponseRules.Build(sets);
        return sets;
    }

    /// <summary>Index of a campus by id.</summary>
    public int CampusIndex(string id) => IndexOf(Campuses, c => c.Id == id);

    /// <summary>Index of a configuration by id.</summary>
    public int ConfigIndex(string id) => IndexOf(Configs, k => k.Id == id);

    /// <summary>True when the campus has a battery the optimiser may dispatch.</summary>
    public bool HasBattery(int campus) => Campuses[campus].Battery is not null;

    private static DemandKey[] BuildDemandKeys(Scenario scenario)
    {
        var keys = new List<DemandKey>();
        foreach (var series in scenario.Demand)
        {
            var r = IndexOf(scenario.Classes, x => x.Id == series.ClassId);
            var o = IndexOf(scenario.Origins, x => x.Id == series.OriginId);
            keys.Add(new DemandKey(keys.Count, r, o, series, scenario.Classes[r].Kind));
        }

        return keys.ToArray();
    }

    private static IReadOnlyList<Route>[] Group(IReadOnlyList<Route> routes, int count, Func<Route, int> key)
    {
        var groups = Enumerable.Range(0, count).Select(_ => new List<Route>()).ToArray();
        foreach (var route in routes)
        {
            groups[key(route)].Add(route);
        }

        return groups.Select(g => (IReadOnlyList<Route>)g.ToArray()).ToArray();
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        throw new KeyNotFoundException("A reference was not found; the scenario should have been validated.");
    }
}
