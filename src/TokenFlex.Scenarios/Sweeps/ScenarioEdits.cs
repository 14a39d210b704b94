using TokenFlex.Core.Domain;

namespace TokenFlex.Scenarios.Sweeps;

/// <summary>The changes the built-in sweeps make to a scenario; each returns a new scenario.</summary>
public static class ScenarioEdits
{
    /// <summary>
    /// Scales λ^cap and a fixed energy payment λ^DR of every DR enrolment. An energy payment at the
    /// campus LMP (no fixed price) is left as it is: the scenario format has no multiplier for it.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="factor">Multiplier [-].</param>
    public static Scenario ScaleDrReward(Scenario scenario, double factor)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with
        {
            Campuses = [.. scenario.Campuses.Select(c => c.DemandResponse is not { } dr ? c : c with
            {
                DemandResponse = dr with
                {
                    CapacityPaymentUsdPerKwHour = dr.CapacityPaymentUsdPerKwHour * factor,
                    EnergyPaymentUsdPerMwh = dr.EnergyPaymentUsdPerMwh * factor,
                },
            })],
        };
    }

    /// <summary>Scales the QoS price ψ of every class.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="factor">Multiplier [-].</param>
    public static Scenario ScaleQosPrice(Scenario scenario, double factor)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with
        {
            Classes = [.. scenario.Classes.Select(r => r with
            {
                QosPriceUsdPerMtokPercent = r.QosPriceUsdPerMtokPercent * factor,
            })],
        };
    }

    /// <summary>Sets the carbon price π^CO₂.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="usdPerTonne">Carbon price [USD/tCO₂].</param>
    public static Scenario WithCarbonPrice(Scenario scenario, double usdPerTonne)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with { CarbonPriceUsdPerTonne = usdPerTonne };
    }

    /// <summary>Applies <paramref name="reshape"/> to the demand series of every interactive class.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="reshape">The new series from the old [tok/s].</param>
    public static Scenario ReshapeInteractiveDemand(Scenario scenario, Func<IReadOnlyList<double>, double[]> reshape)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(reshape);
        var interactive = scenario.Classes.Where(r => r.Kind == WorkloadKind.Interactive)
            .Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return scenario with
        {
            Demand = [.. scenario.Demand.Select(d => interactive.Contains(d.ClassId)
                ? d with { TokensPerSecond = reshape(d.TokensPerSecond) }
                : d)],
        };
    }

    /// <summary>
    /// Moves interactive demand later by <paramref name="hours"/> (earlier when negative), rotating each series
    /// over the horizon (<see cref="DemandShaping.Rotate"/>); the shift is rounded to whole periods.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="hours">Shift [h].</param>
    public static Scenario ShiftInteractivePeak(Scenario scenario, double hours)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var periods = (int)Math.Round(hours / scenario.TimeGrid.StepHours);
        return ReshapeInteractiveDemand(scenario, series => DemandShaping.Rotate(series, periods));
    }

    /// <summary>Sets the peak-to-average ratio of every interactive series (<see cref="DemandShaping.WithPeakToAverage"/>).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="peakToAverage">Target ratio, at least 1.</param>
    public static Scenario WithInteractivePeakToAverage(Scenario scenario, double peakToAverage) =>
        ReshapeInteractiveDemand(scenario, series => DemandShaping.WithPeakToAverage(series, peakToAverage));
}
