using System.Text.Json;
using System.Text.Json.Nodes;
using TokenFlex.Core.Catalog;
using TokenFlex.Core.Domain;
using TokenFlex.Data;
using TokenFlex.Optimization;
using TokenFlex.Optimization.Results;
using TokenFlex.Optimization.Solvers;
using TokenFlex.Scenarios.Planning;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Reliability.Tests;

/// <summary>The test scenarios: the micro case (one campus, two hours) and variants of the built-in case.</summary>
internal static class Scenarios
{
    public static string DataDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestData");

    public static string MicroPath { get; } = Path.Combine(DataDirectory, "micro.json");

    /// <summary>The micro case as a mutable JSON tree.</summary>
    public static JsonObject MicroNode() => JsonNode.Parse(
            File.ReadAllText(MicroPath),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!
        .AsObject();

    /// <summary>Reads the micro case after <paramref name="change"/>.</summary>
    public static Scenario Micro(Action<JsonObject> change)
    {
        var node = MicroNode();
        change(node);
        return ScenarioReader.ReadString(node.ToJsonString(), DataDirectory, BuiltInCatalog.Entries);
    }

    /// <summary>The built-in case with one campus changed.</summary>
    public static Scenario BuiltInWith(string campusId, Func<Campus, Campus> change)
    {
        var scenario = PlanningService.BuiltInScenario();
        return scenario with { Campuses = [.. scenario.Campuses.Select(c => c.Id == campusId ? change(c) : c)] };
    }

    /// <summary>
    /// The built-in case repeated over <paramref name="days"/> days, without DR events (so no baseline pass): a MIP
    /// that HiGHS does not close in seconds, for time-limit and cancellation tests.
    /// </summary>
    public static Scenario BuiltInDays(int days)
    {
        var scenario = PlanningService.BuiltInScenario();
        double[] Repeat(double[] series) => [.. Enumerable.Repeat(series, days).SelectMany(x => x)];
        return scenario with
        {
            TimeGrid = scenario.TimeGrid with { PeriodCount = scenario.TimeGrid.PeriodCount * days },
            DemandResponseEvents = [],
            Campuses = [.. scenario.Campuses.Select(c => c with
            {
                PriceUsdPerMwh = Repeat(c.PriceUsdPerMwh),
                CarbonGPerKwh = Repeat(c.CarbonGPerKwh),
                Pv = c.Pv is { } pv ? pv with { AvailableKw = Repeat(pv.AvailableKw) } : null,
                Cooling = c.Cooling.AmbientTemperatureC is { } ambient
                    ? c.Cooling with { AmbientTemperatureC = Repeat(ambient) }
                    : c.Cooling,
            })],
            Demand = [.. scenario.Demand.Select(d => d with { TokensPerSecond = Repeat(d.TokensPerSecond) })],
        };
    }

    /// <summary>Solves one strategy with HiGHS.</summary>
    public static PlanResult Solve(Scenario scenario, StrategyDefinition strategy, double timeLimitSeconds = 30,
        CancellationToken cancellation = default) =>
        new Planner(MilpSolvers.Create).Solve(new PlanRequest
        {
            Scenario = scenario,
            Strategy = strategy.Name,
            Restrictions = strategy.Restrictions,
            Solve = new SolveOptions { TimeLimitSeconds = timeLimitSeconds, Cancellation = cancellation },
        });

    /// <summary>A fresh scratch directory under /tmp/reliability-tests.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "reliability-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A strategy of the catalogue by name.</summary>
    public static StrategyDefinition Strategy(string name) =>
        StrategyCatalog.Find(name) ?? throw new ArgumentException($"unknown strategy {name}", nameof(name));

    /// <summary>Strategy P with unserved demand allowed.</summary>
    public static StrategyDefinition PAllowingUnserved { get; } = StrategyCatalog.P with
    {
        Restrictions = ModelRestrictions.None with { AllowUnserved = true },
    };
}
