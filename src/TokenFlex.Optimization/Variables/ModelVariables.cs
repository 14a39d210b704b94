using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;

namespace TokenFlex.Optimization.Variables;

/// <summary>
/// The decision variables of the formulation (b.3) in typed tables indexed like the sets. Stage-1
/// variables (instances, starts, stops, generator commitment, DR commitment) live here, indexed by
/// commitment period τ where they are hourly decisions; stage-2 variables live in one
/// <see cref="DispatchVariables"/> per realisation. Absent entries are null. Power is in MW, energy in
/// MWh, token rates in Mtok/s and token volumes in Mtok.
/// </summary>
public sealed partial class ModelVariables
{
    private readonly Model _model;
    private readonly ModelSets _sets;

    private ModelVariables(Model model, ModelSets sets)
    {
        _model = model;
        _sets = sets;
        var (d, c, g, tau, t) = (sets.Deployments.Count, sets.Campuses.Count, sets.Generators.Count,
            sets.CommitmentPeriodCount, sets.PeriodCount);
        Instances = new Variable[d, tau];
        Starts = new Variable?[d, tau];
        Stops = new Variable?[d, tau];
        GeneratorOn = new Variable[g, tau];
        GeneratorStart = new Variable[g, tau];
        DrCommitMw = new Variable?[c, t];
        DrParticipation = new Variable?[c];
    }

    /// <summary>n_{c,k,τ}: running instances [count], by deployment and commitment period.</summary>
    public Variable[,] Instances { get; }

    /// <summary>y^on_{c,k,τ}: instance starts [count]; null where no switching is possible (fixed or constant fleets).</summary>
    public Variable?[,] Starts { get; }

    /// <summary>y^off_{c,k,τ}: instance stops [count]; null where <see cref="Starts"/> is.</summary>
    public Variable?[,] Stops { get; }

    /// <summary>w_{g,τ}: generator on [binary].</summary>
    public Variable[,] GeneratorOn { get; }

    /// <summary>v_{g,τ}: generator start [binary].</summary>
    public Variable[,] GeneratorStart { get; }

    /// <summary>B_{c,t}: DR commitment [MW]; null outside the DR windows or in firm-service-level mode.</summary>
    public Variable?[,] DrCommitMw { get; }

    /// <summary>z^DR_c: participation binary; null unless the program has a minimum commitment.</summary>
    public Variable?[] DrParticipation { get; }

    /// <summary>Stage-2 variables, one set per realisation (index = realisation index).</summary>
    public IReadOnlyList<DispatchVariables> Dispatch { get; private set; } = [];

    /// <summary>n at dispatch period t: the count of the commitment period containing t.</summary>
    public Variable InstancesAt(Deployment d, int t) => Instances[d.Index, _sets.CommitmentPeriodOf(t)];

    /// <summary>y^on of the commitment period containing dispatch period t (its starts load during that period).</summary>
    public Variable? StartsAt(Deployment d, int t) => Starts[d.Index, _sets.CommitmentPeriodOf(t)];

    /// <summary>w at dispatch period t.</summary>
    public Variable GeneratorOnAt(GeneratorUnit g, int t) => GeneratorOn[g.Index, _sets.CommitmentPeriodOf(t)];

    /// <summary>Creates every variable of the formulation in a fixed order: stage 1, then stage 2 by realisation.</summary>
    public static ModelVariables Create(Model model, ModelSets sets)
    {
        var vars = new ModelVariables(model, sets);
        vars.CreateInstanceVariables();
        vars.CreateGeneratorCommitment();
        vars.CreateDemandResponseCommitment();
        vars.Dispatch = sets.Realisations.Select(r => DispatchVariables.Create(model, sets, r)).ToArray();
        return vars;
    }

    private Variable Continuous(double lb, double ub, string name) => _model.NewNumVar(lb, ub, name);

    private Variable Integer(double lb, double ub, string name) => _model.NewIntVar(lb, ub, name);

    private Variable Binary(string name) => _model.NewBoolVar(name);
}
