using Google.OrTools.ModelBuilder;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Sets;

namespace TokenFlex.Optimization.Variables;

/// <summary>
/// Stage-2 variables of one realisation s: token routing and precision, backlog, campus power, battery,
/// generator output and DR shortfall, by dispatch period. Names carry the realisation id when the model
/// has several (e.g. <c>pimp[pjm,17,high]</c>).
/// </summary>
public sealed partial class DispatchVariables
{
    private readonly Model _model;
    private readonly ModelSets _sets;
    private readonly string _suffix;

    private DispatchVariables(Model model, ModelSets sets, Realisation realisation)
    {
        _model = model;
        _sets = sets;
        Realisation = realisation;
        _suffix = sets.ScenarioKey(realisation);
        var (r, k, c, g, t) = (sets.Routes.Count, sets.DemandKeys.Count, sets.Campuses.Count, sets.Generators.Count,
            sets.PeriodCount);
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
        DrShortfallMw = new Variable?[c, t];
    }

    /// <summary>The realisation these variables belong to.</summary>
    public Realisation Realisation { get; }

    /// <summary>x_{r,o,c,k,t,s}: token rate on a route [Mtok/s].</summary>
    public Variable[,] TokenRateMtokPerS { get; }

    /// <summary>Q_{r,o,t,s}: deferrable backlog at the end of the period [Mtok]; null for interactive keys.</summary>
    public Variable?[,] BacklogMtok { get; }

    /// <summary>
    /// u_{r,o,t,s}: unserved token rate [Mtok/s] (interactive: missing from R1; deferrable: work given up in R2); null
    /// unless unserved demand is allowed.
    /// </summary>
    public Variable?[,] UnservedMtokPerS { get; }

    /// <summary>P^IT_{c,t,s} [MW].</summary>
    public Variable[,] ItPowerMw { get; }

    /// <summary>P^fac_{c,t,s} [MW].</summary>
    public Variable[,] FacilityPowerMw { get; }

    /// <summary>P^imp_{c,t,s} [MW].</summary>
    public Variable[,] GridImportMw { get; }

    /// <summary>P^pv_{c,t,s} [MW]; null without PV.</summary>
    public Variable?[,] PvMw { get; }

    /// <summary>P^ch_{c,t,s} [MW]; null without a dispatchable battery.</summary>
    public Variable?[,] ChargeMw { get; }

    /// <summary>P^dis_{c,t,s} [MW].</summary>
    public Variable?[,] DischargeMw { get; }

    /// <summary>E_{c,t,s}: battery energy at the end of the period [MWh].</summary>
    public Variable?[,] SocMwh { get; }

    /// <summary>ζ_{c,t,s}: 1 when the battery may charge, 0 when it may discharge; null when not modelled.</summary>
    public Variable?[,] BatteryMode { get; }

    /// <summary>P^peak_{c,s} [MW]; null without a demand charge.</summary>
    public Variable?[] PeakImportMw { get; }

    /// <summary>P_{g,t,s} [MW].</summary>
    public Variable[,] GeneratorMw { get; }

    /// <summary>σ_{c,t,s}: DR shortfall [MW]; null outside the periods this realisation calls.</summary>
    public Variable?[,] DrShortfallMw { get; }

    /// <summary>Creates the stage-2 variables of one realisation.</summary>
    public static DispatchVariables Create(Model model, ModelSets sets, Realisation realisation)
    {
        var vars = new DispatchVariables(model, sets, realisation);
        vars.CreateTokenVariables();
        vars.CreateCampusPowerVariables();
        vars.CreateBatteryVariables();
        vars.CreateGeneratorOutput();
        vars.CreateDemandResponseShortfall();
        return vars;
    }

    private void CreateTokenVariables()
    {
        foreach (var route in _sets.Routes)
        {
            var key = Names.Route(_sets, route);
            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                TokenRateMtokPerS[route.Index, t] = Continuous(0, double.PositiveInfinity, $"x[{key},{t}{_suffix}]");
            }
        }

        foreach (var key in _sets.DemandKeys)
        {
            var name = Names.DemandKey(_sets, key);
            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                if (key.Kind == WorkloadKind.Deferrable)
                {
                    BacklogMtok[key.Index, t] = Continuous(0, double.PositiveInfinity, $"q[{name},{t}{_suffix}]");
                }

                if (_sets.Inputs.Restrictions.AllowUnserved)
                {
                    UnservedMtokPerS[key.Index, t] = Continuous(0, double.PositiveInfinity, $"u[{name},{t}{_suffix}]");
                }
            }
        }
    }

    private Variable Continuous(double lb, double ub, string name) => _model.NewNumVar(lb, ub, name);

    private Variable Binary(string name) => _model.NewBoolVar(name);
}
