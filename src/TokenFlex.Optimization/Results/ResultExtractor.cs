using TokenFlex.Optimization.Solvers;
using TokenFlex.Optimization.Variables;

namespace TokenFlex.Optimization.Results;

/// <summary>
/// Turns a solved model into plain result records (no solver objects leave this class). With several
/// realisations the top-level result holds probability-weighted expectations and each realisation's own
/// result is listed in <see cref="PlanResult.Scenarios"/>.
/// </summary>
public static class ResultExtractor
{
    public static PlanResult Extract(BuiltModel built, SolveOutcome outcome, string strategy, string solverName, double buildSeconds)
    {
        var summary = Summary(built, outcome, solverName, buildSeconds);
        var scenario = built.Sets.Scenario;
        if (outcome.Values is not { } values)
        {
            return new PlanResult
            {
                ScenarioName = scenario.Name,
                Strategy = strategy,
                Solve = summary,
                Costs = new CostBreakdown(),
                Kpis = new PlanKpis { DemandedTokens = KpiCalculator.DemandedTokens(built.Sets, built.Sets.Realisations[0]) },
            };
        }

        var stageOne = StageOneExtractor.Extract(built, values);
        var perRealisation = built.Variables.Dispatch
            .Select(v => ForRealisation(built, values, v, strategy, summary) with { StageOne = stageOne })
            .ToArray();
        if (perRealisation.Length == 1)
        {
            return perRealisation[0];
        }

        var outcomes = perRealisation
            .Select((r, s) => new ScenarioOutcome(built.Sets.Realisations[s].Id, built.Sets.Realisations[s].Probability, r))
            .ToArray();
        return Expectation.Combine(outcomes, strategy, summary) with
        {
            StageOne = stageOne,
            CostPeriods = CostPeriodExtractor.Expectation(built, outcomes),
        };
    }

    private static PlanResult ForRealisation(BuiltModel built, double[] values, DispatchVariables v, string strategy, SolveSummary summary)
    {
        var schedules = new ScheduleExtractor(built, values, v);
        var campusPeriods = schedules.CampusPeriods();
        var instances = schedules.Instances();
        var costs = built.Costs[v.Realisation.Index];
        return new PlanResult
        {
            ScenarioName = built.Sets.Scenario.Name,
            Strategy = built.Sets.IsStochastic ? $"{strategy}[{v.Realisation.Id}]" : strategy,
            Solve = summary,
            Costs = Costs(costs, values),
            CostPeriods = CostPeriodExtractor.Extract(built, costs, values),
            Kpis = KpiCalculator.Compute(built, values, v, campusPeriods, instances),
            CampusPeriods = campusPeriods,
            Instances = instances,
            TokenFlows = schedules.TokenFlows(),
            Backlogs = schedules.Backlogs(),
        };
    }

    private static SolveSummary Summary(BuiltModel built, SolveOutcome outcome, string solverName, double buildSeconds)
    {
        var helper = built.Model.Helper;
        var integers = 0;
        for (var i = 0; i < helper.VariablesCount(); i++)
        {
            integers += helper.VarIsIntegral(i) ? 1 : 0;
        }

        return new SolveSummary
        {
            Status = outcome.Status,
            Solver = solverName,
            ModelObjective = outcome.Objective,
            ModelBestBound = outcome.BestBound,
            MipGap = outcome.RelativeGap,
            SolveSeconds = outcome.SolveSeconds,
            BuildSeconds = buildSeconds,
            Variables = helper.VariablesCount(),
            IntegerVariables = integers,
            Constraints = helper.ConstraintsCount(),
            Message = outcome.Message,
        };
    }

    private static CostBreakdown Costs(RealisationCosts costs, double[] values)
    {
        double Usd(string name) => 1000.0 * costs.Terms.Where(c => c.Name == name).Sum(c => c.Terms.Evaluate(values));
        return new CostBreakdown
        {
            EnergyUsd = Usd("energy"),
            DemandChargeUsd = Usd("demandCharge"),
            CarbonUsd = Usd("carbon"),
            FuelUsd = Usd("fuel"),
            BatteryWearUsd = Usd("batteryWear"),
            SwitchingUsd = Usd("switching"),
            QosUsd = Usd("qos"),
            NetworkUsd = Usd("network"),
            DrCapacityRevenueUsd = Revenue(Usd("drCapacityRevenue")),
            DrEnergyRevenueUsd = Revenue(Usd("drEnergyRevenue")),
            DrPenaltyUsd = Usd("drPenalty"),
            UnservedPenaltyUsd = Usd("unservedPenalty"),
        };
    }

    /// <summary>A revenue term enters the objective as a negative cost; report it positive, without −0.</summary>
    internal static double Revenue(double costUsd) => costUsd == 0 ? 0 : -costUsd;
}
