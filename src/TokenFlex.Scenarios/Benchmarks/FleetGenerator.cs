using TokenFlex.Core.Catalog;
using TokenFlex.Core.Domain;
using TokenFlex.Scenarios.CaseStudy;
using TokenFlex.Scenarios.Stochastic;
using TokenFlex.Scenarios.TimeScales;

namespace TokenFlex.Scenarios.Benchmarks;

/// <summary>
/// Generates benchmark fleets of any size from the built-in case: campus i copies the data of built-in campus
/// i mod 3 with its prices and carbon scaled by a seeded factor in [0.8, 1.2] and rotated by 0–2 hours; each
/// campus has its own origin (home) with paths to the next two campuses; 16 configurations add an H200 copy of
/// each catalogue entry on half of every campus's GPUs (1.43× throughput, the H200/H100 memory-bandwidth
/// ratio, same power: a synthetic variant for benchmarking, not a catalogue entry); 96 periods are 15-minute
/// dispatch and commitment; scenarios come from the forecast-error generator.
/// </summary>
public static class FleetGenerator
{
    private static readonly string[] Campuses = ["caiso", "ercot", "pjm"];

    public static Scenario Create(FleetSize size, int seed = 1)
    {
        var random = new Random(seed);
        var configurations = Configurations(size.Configurations);
        var template = BuiltInCaseStudy.Create(BuiltInCatalog.Entries);
        var campuses = Enumerable.Range(0, size.Campuses).Select(i => Campus(template, i, size, random)).ToArray();
        var origins = Enumerable.Range(0, size.Campuses).Select(i => Origin(campuses, i)).ToArray();
        var demand = origins.SelectMany((o, i) => template.Demand
            .Where(d => d.OriginId == template.Origins[i % 3].Id)
            .Select(d => d with { OriginId = o.Id })).ToArray();
        var events = campuses.Where(c => c.DemandResponse is not null).Select(c => template.DemandResponseEvents[0] with
        {
            Id = $"{c.Id}-evening",
            CampusId = c.Id,
        }).ToArray();
        var scenario = template with
        {
            Name = $"fleet-{size}",
            Configurations = configurations,
            Campuses = campuses,
            Origins = origins,
            Demand = demand,
            DemandResponseEvents = events,
        };
        if (size.Periods != scenario.TimeGrid.PeriodCount)
        {
            var refined = TimeScale.Refine(scenario, Math.Max(1, size.Periods / scenario.TimeGrid.PeriodCount));
            scenario = refined with { TimeGrid = refined.TimeGrid with { CommitmentStepHours = null } };
        }

        return size.Scenarios > 1 ? ScenarioGenerator.WithScenarios(scenario, size.Scenarios, seed) : scenario;
    }

    private static ServingConfiguration[] Configurations(int count)
    {
        var h100 = BuiltInCatalog.Entries.ToArray();
        if (count <= h100.Length)
        {
            return h100.Take(count).ToArray();
        }

        var h200 = h100.Select(k => k with
        {
            Id = k.Id.Replace("h100", "h200", StringComparison.Ordinal),
            GpuType = "H200-SXM",
            ThroughputTokensPerSecond = 1.43 * k.ThroughputTokensPerSecond,
            EnergyJPerToken = k.EnergyJPerToken / 1.43,
        });
        return [.. h100, .. h200.Take(count - h100.Length)];
    }

    private static Campus Campus(Scenario template, int i, FleetSize size, Random random)
    {
        var source = template.Campuses[i % 3];
        var factor = 0.8 + 0.4 * random.NextDouble();
        var shift = random.Next(0, 3);
        var gpus = size.Configurations > 8
            ? new Dictionary<string, int> { ["H100-SXM"] = 2048, ["H200-SXM"] = 2048 }
            : new Dictionary<string, int> { ["H100-SXM"] = 4096 };
        return source with
        {
            Id = size.Campuses <= 3 ? Campuses[i] : $"{Campuses[i % 3]}{i / 3 + 1:D2}",
            GpuInventory = gpus,
            PriceUsdPerMwh = Rotate(source.PriceUsdPerMwh.Select(p => factor * p).ToArray(), shift),
            CarbonGPerKwh = Rotate(source.CarbonGPerKwh.Select(c => factor * c).ToArray(), shift),
            Generators = source.Generators.Select(g => g with { Id = $"{g.Id}-{i}" }).ToArray(),
        };
    }

    private static DemandOrigin Origin(IReadOnlyList<Campus> campuses, int i)
    {
        var home = campuses[i].Id;
        var neighbours = Enumerable.Range(1, Math.Min(2, campuses.Count - 1)).Select(j => campuses[(i + j) % campuses.Count].Id);
        return new DemandOrigin
        {
            Id = $"o-{home}",
            HomeCampusId = home,
            Paths =
            [
                new NetworkPath { CampusId = home, RttMs = 10 },
                .. neighbours.Select((c, j) => new NetworkPath { CampusId = c, RttMs = 25 + 10 * j, BandwidthGbps = 10, TransferCostUsdPerMtok = 0.002 }),
            ],
        };
    }

    private static double[] Rotate(double[] values, int shift) =>
        values.Select((_, t) => values[(t + shift) % values.Length]).ToArray();
}
