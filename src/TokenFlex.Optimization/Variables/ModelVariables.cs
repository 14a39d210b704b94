using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Sets;

namespace TokenFlex.Optimization.Variables;

/// <summary>
/// The decision variables of the formulation (b.3) in typed tables indexed like the sets. Absent
/// entries (a campus without a battery, a period outside a DR window) are null. Power is in MW,
/// energy in MWh, token rates in Mtok/s and token volumes in Mtok.
/// </summary>
public sealed partial class ModelVariables
{
    private readonly Model _model;
    private readonly ModelSets _sets;

    private ModelVariables(Model model, ModelSets sets)
    {
        _model = model;
        _sets = sets;
        var (d, r, k, c, g, t) = (sets.Deployments.Count, sets.Routes.Count, sets.DemandKeys.Count,
            sets.Campuses.Count, sets.Generators.Count, sets.PeriodCount);
        Instances = new Variable[d, t];
        Starts = new Variable?[d, t];
        Stops = new Variable?[d, t];
        TokenRateMtokPerS = new Variable[r, t];
        BacklogMtok = new Variable?[k, t];
        UnservedMtokPerS = new Variable?[k, t];
        ItPowerMw = new Variable[c, t];
        FacilityPowerMw = new Variable[c, t];
        GridImportMw = new Variable[c, t];
        PvMw = new Variable?[c, t];
        ChargeMw = new Variable?[c, t];
        DischargeMw = new Variable?[c, t];
        SocMwh = new Variable?[c, t];
        BatteryMode = new Variable?[c, t];
        PeakImportMw = new Variable?[c];
        GeneratorMw = new Variable[g, t];
        GeneratorOn = new Variable[g, t];
        GeneratorStart = new Variable[g, t];
        DrCommitMw = new Variable?[c, t];
        DrShortfallMw = new Variable?[c, t];
        DrParticipation = new Variable?[c];
    }

    /// <summary>n_{c,k,t}: running instances [count], by deployment and period.</summary>
    public Variable[,] Instances { get; }

    /// <summary>y^on_{c,k,t}: instance starts [count]; null where no switching is possible (fixed or constant
    /// fleets, the first period of a free initial state).</summary>
    public Variable?[,] Starts { get; }

    /// <summary>y^off_{c,k,t}: instance stops [count]; null where <see cref="Starts"/> is.</summary>
    public Variable?[,] Stops { get; }

    /// <summary>x_{r,o,c,k,t}: token rate on a route [Mtok/s].</summary>
    public Variable[,] TokenRateMtokPerS { get; }

    /// <summary>Q_{r,o,t}: deferrable backlog at the end of the period [Mtok]; null for interactive keys.</summary>
    public Variable?[,] BacklogMtok { get; }

    /// <summary>u_{r,o,t}: unserved interactive token rate [Mtok/s]; null unless unserved demand is allowed.</summary>
    public Variable?[,] UnservedMtokPerS { get; }

    /// <summary>P^IT_{c,t} [MW].</summary>
    public Variable[,] ItPowerMw { get; }

    /// <summary>P^fac_{c,t} [MW].</summary>
    public Variable[,] FacilityPowerMw { get; }

    /// <summary>P^imp_{c,t} [MW].</summary>
    public Variable[,] GridImportMw { get; }

    /// <summary>P^pv_{c,t} [MW]; null without PV.</summary>
    public Variable?[,] PvMw { get; }

    /// <summary>P^ch_{c,t} [MW]; null without a dispatchable battery.</summary>
    public Variable?[,] ChargeMw { get; }

    /// <summary>P^dis_{c,t} [MW].</summary>
    public Variable?[,] DischargeMw { get; }

    /// <summary>E_{c,t}: battery energy at the end of the period [MWh].</summary>
    public Variable?[,] SocMwh { get; }

    /// <summary>ζ_{c,t}: 1 when the battery may charge, 0 when it may discharge; null when not modelled.</summary>
    public Variable?[,] BatteryMode { get; }

    /// <summary>P^peak_c [MW]; null without a demand charge.</summary>
    public Variable?[] PeakImportMw { get; }

    /// <summary>P_{g,t} [MW].</summary>
    public Variable[,] GeneratorMw { get; }

    /// <summary>w_{g,t}: generator on [binary].</summary>
    public Variable[,] GeneratorOn { get; }

    /// <summary>v_{g,t}: generator start [binary].</summary>
    public Variable[,] GeneratorStart { get; }

    /// <summary>B_{c,t}: DR commitment [MW]; null outside windows or in firm-service-level mode.</summary>
    public Variable?[,] DrCommitMw { get; }

    /// <summary>σ_{c,t}: DR shortfall [MW]; null outside called periods.</summary>
    public Variable?[,] DrShortfallMw { get; }

    /// <summary>z^DR_c: participation binary; null unless the program has a minimum commitment.</summary>
    public Variable?[] DrParticipation { get; }

    /// <summary>Creates every variable of the formulation in a fixed order.</summary>
    public static ModelVariables Create(Model model, ModelSets sets)
    {
        var vars = new ModelVariables(model, sets);
        vars.CreateInstanceVariables();
        vars.CreateTokenVariables();
        vars.CreateCampusPowerVariables();
        vars.CreateBatteryVariables();
        vars.CreateGeneratorVariables();
        vars.CreateDemandResponseVariables();
        return vars;
    }

    private Variable Continuous(double lb, double ub, string name) => _model.NewNumVar(lb, ub, name);

    private Variable Integer(double lb, double ub, string name) => _model.NewIntVar(lb, ub, name);

    private Variable Binary(string name) => _model.NewBoolVar(name);
}
