using TokenFlex.Core.Domain;

namespace TokenFlex.Core.Validation;

/// <summary>Rules of the two-time-scale grid and of the stage-2 scenarios.</summary>
public static partial class ScenarioRules
{
    /// <summary>Tolerance on the sum of scenario probabilities.</summary>
    private const double ProbabilityTolerance = 1e-6;

    private static void CheckCommitmentStep(RuleContext ctx)
    {
        var grid = ctx.Scenario.TimeGrid;
        if (grid.CommitmentStepHours is not { } step)
        {
            return;
        }

        const string path = "timeGrid.commitmentStepHours";
        if (!ctx.Positive(path, step, ScenarioLimits.MaxStepHours, "h"))
        {
            return;
        }

        var ratio = step / grid.StepHours;
        if (ratio < 1 - HourTolerance || !IsWhole(ratio))
        {
            ctx.Add(path, $"commitmentStepHours ({RuleContext.Num(step)}) must be a whole multiple of stepHours "
                          + $"({RuleContext.Num(grid.StepHours)}), e.g. 1 with stepHours 0.25", step);
        }
    }

    private static void CheckStochastic(RuleContext ctx)
    {
        var scenarios = ctx.Scenario.StochasticScenarios;
        if (scenarios.Count == 0)
        {
            return;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < scenarios.Count; i++)
        {
            CheckOneStochastic(ctx, scenarios[i], $"stochasticScenarios[{i}]", seen);
        }

        var total = scenarios.Sum(s => s.Probability);
        if (double.IsFinite(total) && Math.Abs(total - 1) > ProbabilityTolerance)
        {
            ctx.Add("stochasticScenarios", $"the probabilities add up to {RuleContext.Num(total)}; they must add up to 1", total);
        }
    }

    private static void CheckOneStochastic(RuleContext ctx, StochasticScenario s, string path, Dictionary<string, string> seen)
    {
        ctx.Id($"{path}.id", s.Id, seen, "stochastic scenario");
        if (ctx.Finite($"{path}.probability", s.Probability) && (s.Probability <= 0 || s.Probability > 1))
        {
            ctx.Add($"{path}.probability", "probability must be in (0, 1]", s.Probability);
        }

        foreach (var (campusId, values) in s.PriceUsdPerMwh)
        {
            CheckCampusSeries(ctx, $"{path}.priceUsdPerMwh['{campusId}']", campusId, values,
                -ScenarioLimits.MaxAbsPriceUsdPerMwh, ScenarioLimits.MaxAbsPriceUsdPerMwh, "USD/MWh");
        }

        foreach (var (campusId, values) in s.CarbonGPerKwh)
        {
            CheckCampusSeries(ctx, $"{path}.carbonGPerKwh['{campusId}']", campusId, values, 0, ScenarioLimits.MaxCarbonGPerKwh, "g/kWh");
        }

        foreach (var (campusId, values) in s.PvAvailableKw)
        {
            CheckCampusSeries(ctx, $"{path}.pvAvailableKw['{campusId}']", campusId, values, 0, ScenarioLimits.MaxPowerKw, "kW");
            if (ctx.CampusesById.TryGetValue(campusId, out var campus) && campus.Pv is null)
            {
                ctx.Add($"{path}.pvAvailableKw['{campusId}']", $"campus '{campusId}' has no pv section; add one or remove this series");
            }
        }

        CheckStochasticDemand(ctx, s, path);
        foreach (var eventId in s.EventCalled.Keys.Where(id => ctx.Scenario.DemandResponseEvents.All(e => e.Id != id)))
        {
            ctx.Add($"{path}.eventCalled['{eventId}']",
                $"eventCalled names DR event '{eventId}', which does not exist; known events: "
                + Known(ctx.Scenario.DemandResponseEvents.Select(e => e.Id)), eventId);
        }
    }

    private static void CheckStochasticDemand(RuleContext ctx, StochasticScenario s, string path)
    {
        for (var i = 0; i < s.Demand.Count; i++)
        {
            var d = s.Demand[i];
            var itemPath = $"{path}.demand[{i}]";
            if (!ctx.Scenario.Demand.Any(b => b.ClassId == d.ClassId && b.OriginId == d.OriginId))
            {
                ctx.Add(itemPath, $"no base demand series for class '{d.ClassId}' and origin '{d.OriginId}'; a scenario "
                                  + "may only replace a series of the base scenario's demand list");
                continue;
            }

            ctx.Series($"{itemPath}.tokensPerSecond", d.TokensPerSecond, 0, ScenarioLimits.MaxDemandTokensPerSecond, "tok/s");
        }
    }

    private static void CheckCampusSeries(
        RuleContext ctx, string path, string campusId, double[] values, double min, double max, string unit)
    {
        if (!ctx.CampusesById.ContainsKey(campusId))
        {
            ctx.Add(path, $"'{campusId}' matches no campus; known campuses: {Known(ctx.CampusesById.Keys)}", campusId);
            return;
        }

        ctx.Series(path, values, min, max, unit);
    }
}
