using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Optimization.Results;

/// <summary>Turns a solved model into plain result records (no solver objects leave this class).</summary>
public static class ResultExtractor
{
    public static PlanResult Extract(BuiltModel built, SolveOutcome outcome, string strategy, string solverName, double buildSeconds)
    {
        var helper = built.Model.Helper;
        var integers = 0;
        for (var i = 0; i < helper.VariablesCount(); i++)
        {
            integers += helper.VarIsIntegral(i) ? 1 : 0;
        }

        var summary = new SolveSummary
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
        var scenario = built.Sets.Scenario;
        if (outcome.Values is not { } values)
        {
            return new PlanResult
            {
                ScenarioName = scenario.Name,
                Strategy = strategy,
                Solve = summary,
                Costs = new CostBreakdown(),
                Kpis = new PlanKpis { DemandedTokens = KpiCalculator.DemandedTokens(built.Sets) },
            };
        }

        var schedules = new ScheduleExtractor(built, values);
        var campusPeriods = schedules.CampusPeriods();
        var instances = schedules.Instances();
        return new PlanResult
        {
            ScenarioName = scenario.Name,
            Strategy = strategy,
            Solve = summary,
            Costs = Costs(built, values),
            Kpis = KpiCalculator.Compute(built, values, campusPeriods, instances),
            CampusPeriods = campusPeriods,
            Instances = instances,
            TokenFlows = schedules.TokenFlows(),
            Backlogs = schedules.Backlogs(),
        };
    }

    private static CostBreakdown Costs(BuiltModel built, double[] values)
    {
        double Usd(string name) => 1000.0 * built.Costs.Where(c => c.Name == name).Sum(c => c.Terms.Evaluate(values));
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
    private static double Revenue(double costUsd) => costUsd == 0 ? 0 : -costUsd;
}
