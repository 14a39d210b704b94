using TokenFlex.Core.Domain;

namespace TokenFlex.Scenarios.Stochastic;

/// <summary>
/// Generates equiprobable stage-2 scenarios from a scenario's data taken as the forecast, with the errors of
/// an <see cref="ErrorModel"/>. The same seed gives the same scenarios.
/// </summary>
public static class ScenarioGenerator
{
    public static Scenario WithScenarios(Scenario forecast, int count, int seed, ErrorModel? model = null)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "At least one scenario is needed.");
        }

        model ??= new ErrorModel();
        var random = new Random(seed);
        var scenarios = Enumerable.Range(0, count)
            .Select(i => Draw(forecast, model, random, $"s{i + 1}", 1.0 / count))
            .ToArray();
        return forecast with { StochasticScenarios = scenarios };
    }

    private static StochasticScenario Draw(Scenario f, ErrorModel m, Random random, string id, double probability)
    {
        return new StochasticScenario
        {
            Id = id,
            Probability = probability,
            PriceUsdPerMwh = f.Campuses.ToDictionary(c => c.Id, c => Additive(c.PriceUsdPerMwh, m.PriceSigma, m.Persistence, random)),
            CarbonGPerKwh = f.Campuses.ToDictionary(c => c.Id, c => Scaled(c.CarbonGPerKwh, m.CarbonSigma, m.Persistence, random)),
            PvAvailableKw = f.Campuses.Where(c => c.Pv is not null)
                .ToDictionary(c => c.Id, c => Scaled(c.Pv!.AvailableKw, m.PvSigma, m.Persistence, random)),
            Demand = f.Demand.Select(d => d with { TokensPerSecond = Scaled(d.TokensPerSecond, m.DemandSigma, m.Persistence, random) })
                .ToArray(),
            EventCalled = f.DemandResponseEvents.ToDictionary(e => e.Id, _ => random.NextDouble() < m.EventCallProbability),
        };
    }

    private static double[] Scaled(double[] forecast, double sigma, double phi, Random random)
    {
        var errors = Ar1(forecast.Length, sigma, phi, random);
        return forecast.Select((v, t) => v * Math.Exp(errors[t] - sigma * sigma / 2)).ToArray();
    }

    private static double[] Additive(double[] forecast, double sigma, double phi, Random random)
    {
        var scale = forecast.Length == 0 ? 0 : forecast.Average(Math.Abs);
        var errors = Ar1(forecast.Length, sigma, phi, random);
        return forecast.Select((v, t) => v + scale * errors[t]).ToArray();
    }

    private static double[] Ar1(int length, double sigma, double phi, Random random)
    {
        var errors = new double[length];
        var previous = sigma * Normal(random);
        for (var t = 0; t < length; t++)
        {
            previous = t == 0 ? previous : phi * previous + Math.Sqrt(1 - phi * phi) * sigma * Normal(random);
            errors[t] = previous;
        }

        return errors;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
