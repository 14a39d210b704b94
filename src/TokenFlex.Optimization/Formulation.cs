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

        CostTerm[] costs =
        [
            EnergyCost.Build(sets, vars),
            DemandCharge.Build(sets, vars),
            CarbonCost.Build(sets, vars),
            GeneratorCost.Build(sets, vars),
            BatteryWear.Build(sets, vars),
            SwitchingCost.Build(sets, vars),
            QosCost.Build(sets, vars),
            NetworkCost.Build(sets, vars),
            .. DemandResponseSettlement.Build(sets, vars),
            UnservedPenalty.Build(sets, vars),
        ];
        var objective = new LinearTerms();
        foreach (var cost in costs)
        {
            objective.Add(1.0, cost.Terms);
        }

        model.Minimize(objective.ToExpr());
        return new BuiltModel(model, sets, vars, costs, objective);
    }
}

/// <summary>A built model with the handles needed to read its solution.</summary>
/// <param name="Model">The OR-Tools model.</param>
/// <param name="Sets">Its index sets.</param>
/// <param name="Variables">Its variables.</param>
/// <param name="Costs">The objective's terms [k$].</param>
/// <param name="Objective">The whole objective [k$].</param>
public sealed record BuiltModel(
    Model Model,
    ModelSets Sets,
    ModelVariables Variables,
    IReadOnlyList<CostTerm> Costs,
    LinearTerms Objective);
