using TokenFlex.Core.Domain;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Stochastic;

namespace TokenFlex.Scenarios.Operations;

/// <summary>
/// Rolling horizon (model-predictive operation): each day is planned on a forecast that looks one day
/// further ahead (so that the plan does not run down its fleet or battery at midnight), its first day is
/// committed, then settled on the day's actual data with stage 1 fixed up to an intraday recourse on
/// instances; battery energy, running instances, deferred backlog and generator run hours carry over to
/// the next day. Actual data are drawn from the forecast with the <see cref="ErrorModel"/> (seeded, one
/// draw per day).
/// </summary>
public sealed class RollingHorizon(Func<SolverKind, IMilpSolver> solverFactory)
{
    public IReadOnlyList<DayResult> Run(
        Scenario dayTemplate,
        int days,
        ModelRestrictions restrictions,
        SolveOptions options,
        int seed,
        ErrorModel? errors = null,
        Action<string>? progress = null,
        int lookaheadDays = 1,
        int instanceRecourse = 64)
    {
        var planner = new Planner(solverFactory);
        var windowRestrictions = restrictions with { AllowBacklogAtEnd = true, AllowUnserved = true };
        var allowance = dayTemplate.Campuses.SelectMany(c => c.Generators).ToDictionary(g => g.Id, g => g.MaxRunHours * days);
        var results = new List<DayResult>();
        CarriedState? state = null;
        for (var day = 0; day < days; day++)
        {
            var forecast = Horizon.Days(dayTemplate, day, 1 + lookaheadDays);
            forecast = state is null ? forecast : StateHandOff.Apply(forecast, state, allowance);
            progress?.Invoke($"day {day + 1}/{days}: plan on the forecast ({1 + lookaheadDays} days ahead)");
            var planRequest = new PlanRequest { Scenario = forecast, Strategy = $"day{day + 1}-plan", Restrictions = windowRestrictions, Solve = options };
            var baseline = planner.Baseline(planRequest);
            var plan = planner.Solve(planRequest with { DrBaselineKw = baseline });
            var periods = dayTemplate.TimeGrid.PeriodCount;
            var today = Horizon.Days(dayTemplate, day, 1);
            today = state is null ? today : StateHandOff.Apply(today, state, allowance);
            if (plan.StageOne is null)
            {
                results.Add(new DayResult(day, today.TimeGrid.StartUtc, plan, plan));
                break;
            }

            progress?.Invoke($"day {day + 1}/{days}: settle on actuals");
            var todayBaseline = baseline?.ToDictionary(p => p.Key, p => p.Value.Take(periods).ToArray());
            var committed = windowRestrictions with { FixedStageOne = plan.StageOne };
            var planned = planner.Solve(new PlanRequest
            {
                Scenario = today,
                Strategy = $"day{day + 1}-plan",
                Restrictions = committed,
                Solve = options,
                DrBaselineKw = todayBaseline,
            });
            var actualScenario = ScenarioGenerator.WithScenarios(today, 1, seed + day, errors);
            var actual = planner.Solve(new PlanRequest
            {
                Scenario = actualScenario,
                Strategy = $"day{day + 1}-actual",
                Restrictions = committed with { InstanceRecourse = instanceRecourse, HoldFinalInstances = true },
                Solve = options,
                DrBaselineKw = todayBaseline,
            });
            results.Add(new DayResult(day, today.TimeGrid.StartUtc, planned, actual));
            if (!actual.HasSolution)
            {
                break;
            }

            state = StateHandOff.EndState(actualScenario, actual, state);
        }

        return results;
    }
}
