using TokenFlex.Core.Domain;

namespace TokenFlex.Scenarios.Operations;

/// <summary>Builds multi-day horizons from a one-day template whose series repeat every day.</summary>
public static class Horizon
{
    /// <summary>The template starting <paramref name="firstDay"/> days later and covering <paramref name="days"/> days.</summary>
    public static Scenario Days(Scenario template, int firstDay, int days)
    {
        var grid = template.TimeGrid;
        return template with
        {
            TimeGrid = grid with { StartUtc = grid.StartUtc.AddDays(firstDay), PeriodCount = grid.PeriodCount * days },
            Campuses = template.Campuses.Select(c => c.MapSeries(series => Repeat(series, days))).ToArray(),
            Demand = template.Demand.Select(d => d with { TokensPerSecond = Repeat(d.TokensPerSecond, days) }).ToArray(),
            DemandResponseEvents = Enumerable.Range(firstDay, days)
                .SelectMany(day => template.DemandResponseEvents.Select(e => e with
                {
                    Id = $"{e.Id}-d{day + 1}",
                    StartUtc = e.StartUtc.AddDays(day),
                }))
                .ToArray(),
            StochasticScenarios = [],
        };
    }

    private static double[] Repeat(double[] values, int days) =>
        Enumerable.Range(0, days).SelectMany(_ => values).ToArray();
}
