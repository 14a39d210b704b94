using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Constraints;
using TokenFlex.Optimization.Objective;
using TokenFlex.Optimization.Sets;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization;

/// <summary>
/// Builds the multi-campus MILP of docs/formulation.md. This is the only place that fixes the order:
/// sets → variables → constraints (one family per file) → objective (one term per file). The model is
/// in MW, MWh, Mtok/s, Mtok and k$.
/// </summary>
public static class Formulation
{
    public static BuiltModel Build(FormulationInputs inputs)
    {
        var model = new Model { Name = inputs.Scenario.Name };
        var sets = ModelSets.Build(inputs);
        var vars = ModelVariables.Create(model, sets);

        GpuBudget.Add(model, sets, vars);
        InstanceBalance.Add(model, sets, vars);
        MinimumUpDown.Add(model, sets, vars);
        ReloadRate.Add(model, sets, vars);
        ModelAvailability.Add(model, sets, vars);
        DemandResponseCommitment.Add(model, sets, vars);
        GeneratorCommitment.Add(model, sets, vars);
        InteractiveDemand.Add(model, sets, vars);
        DeferrableBacklog.Add(model, sets, vars);
        InstanceCapacity.Add(model, sets, vars);
        QualityCap.Add(model, sets, vars);
        Bandwidth.Add(model, sets, vars);
        ItPower.Add(model, sets, vars);
        FacilityPower.Add(model, sets, vars);
        PowerBalance.Add(model, sets, vars);
        PeakImport.Add(model, sets, vars);
        BatteryStateOfCharge.Add(model, sets, vars);
        GeneratorOutput.Add(model, sets, vars);
        DemandResponseDelivery.Add(model, sets, vars);
        CarbonCap.Add(model, sets, vars);

        var costs = vars.Dispatch.Select(v => new RealisationCosts(v.Realisation, CostTerms(sets, vars, v))).ToArray();
        var objective = new LinearTerms();
        foreach (var realisation in costs)
        {
            foreach (var cost in realisation.Terms)
            {
                objective.Add(realisation.Realisation.Probability, cost.Terms);
            }
        }

        model.Minimize(objective.ToExpr());
        return new BuiltModel(model, sets, vars, costs, objective);
    }

    /// <summary>
    /// The objective's terms for one realisation, stage-1 terms included, so that Σ_s π_s·(terms of s) is the
    /// objective and the terms of s alone are the cost of that scenario. Each builder emits one term per campus
    /// and period it attributes costs to, in the order it adds them.
    /// </summary>
    private static CostTerm[] CostTerms(ModelSets sets, ModelVariables vars, DispatchVariables v) =>
    [
        .. EnergyCost.Build(sets, vars, v),
        .. DemandCharge.Build(sets, vars, v),
        .. CarbonCost.Build(sets, vars, v),
        .. GeneratorCost.Build(sets, vars, v),
        .. BatteryWear.Build(sets, vars, v),
        .. SwitchingCost.Build(sets, vars, v),
        .. QosCost.Build(sets, vars, v),
        .. NetworkCost.Build(sets, vars, v),
        .. DemandResponseSettlement.Build(sets, vars, v),
        .. UnservedPenalty.Build(sets, vars, v),
    ];
}

/// <summary>A built model with the handles needed to read its solution.</summary>
/// <param name="Model">The OR-Tools model.</param>
/// <param name="Sets">Its index sets.</param>
/// <param name="Variables">Its variables.</param>
/// <param name="Costs">The objective's terms [k$] by realisation (one when deterministic).</param>
/// <param name="Objective">The whole objective, Σ_s π_s·costs_s [k$].</param>
public sealed record BuiltModel(
    Model Model,
    ModelSets Sets,
    ModelVariables Variables,
    IReadOnlyList<RealisationCosts> Costs,
    LinearTerms Objective);

/// <summary>The cost terms of one realisation, stage-1 terms included [k$].</summary>
/// <param name="Realisation">The realisation.</param>
/// <param name="Terms">Its cost terms.</param>
public sealed record RealisationCosts(Realisation Realisation, IReadOnlyList<CostTerm> Terms);
