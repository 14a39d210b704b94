using TokenFlex.Core.Validation;
using TokenFlex.Scenarios.Strategies;

namespace TokenFlex.Cli.Commands;

/// <summary>Parses <c>--strategies</c> values (space- or comma-separated names).</summary>
public static class StrategyOption
{
    public static IReadOnlyList<StrategyDefinition> Parse(string[]? values)
    {
        if (values is null || values.Length == 0)
        {
            return StrategyCatalog.All;
        }

        var names = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var errors = new ValidationCollector();
        var chosen = new List<StrategyDefinition>();
        foreach (var name in names)
        {
            if (StrategyCatalog.Find(name) is { } strategy)
            {
                chosen.Add(strategy);
            }
            else
            {
                errors.Add("--strategies", $"unknown strategy; known: {string.Join(", ", StrategyCatalog.All.Select(s => s.Name))}", name);
            }
        }

        errors.ThrowIfAny("the command line");
        return chosen.DistinctBy(s => s.Name).ToArray();
    }
}
