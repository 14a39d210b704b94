using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Variables;
using TokenFlex.Core.Domain;
using TokenFlex.Optimization.Constraints;

namespace TokenFlex.Optimization.Results;

/// <summary>Reads the per-period schedules out of a solution.</summary>
internal sealed class ScheduleExtractor(BuiltModel built, double[] values, DispatchVariables v)
{
    private const double Tiny = 1e-9;

    public IReadOnlyList<CampusPeriodResult> CampusPeriods()
    {
        var sets = built.Sets;
        var vars = built.Variables;
        var rows = new List<CampusPeriodResult>();
        for (var c = 0; c < sets.Campuses.Count; c++)
        {
            var campus = sets.Campuses[c];
            var window = sets.DemandResponse[c];
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                var called = window is not null && v.Realisation.Called[c][t];
                var commitKw = Kw(vars.DrCommitMw[c, t]);
                var shortfallKw = Kw(v.DrShortfallMw[c, t]);
                rows.Add(new CampusPeriodResult
                {
                    CampusId = campus.Id,
                    Period = t,
                    StartUtc = sets.Scenario.TimeGrid.PeriodStartUtc(t),
                    ItPowerKw = Kw(v.ItPowerMw[c, t]),
                    FacilityPowerKw = Kw(v.FacilityPowerMw[c, t]),
                    Pue = campus.Cooling.PueAt(t),
                    GridImportKw = Kw(v.GridImportMw[c, t]),
                    PvKw = Kw(v.PvMw[c, t]),
                    PvAvailableKw = v.Realisation.PvAvailableKw[c]?[t] ?? 0,
                    BatteryChargeKw = Kw(v.ChargeMw[c, t]),
                    BatteryDischargeKw = Kw(v.DischargeMw[c, t]),
                    BatteryEnergyKwh = v.SocMwh[c, t] is { } soc ? 1000 * values[soc.Index]
                        : (campus.Battery is { } b ? b.InitialSocFraction * b.EnergyCapacityKwh : 0),
                    GeneratorKw = sets.Generators.Where(g => g.Campus == c).Sum(g => Kw(v.GeneratorMw[g.Index, t])),
                    DrCommitmentKw = commitKw,
                    DrBaselineKw = window?.BaselineKw?[t] ?? 0,
                    DrDeliveredKw = called ? DeliveredKw(window!, t, commitKw, shortfallKw) : 0,
                    DrShortfallKw = shortfallKw,
                    DrEventCalled = called,
                    PriceUsdPerMwh = v.Realisation.PriceUsdPerMwh[c][t],
                    CarbonGPerKwh = v.Realisation.CarbonGPerKwh[c][t],
                    EmissionsTonnesCo2 = PeriodEmissions(c, t),
                    ServedTokensPerSecond = ServedAtCampus(c, t),
                });
            }

        }

        return rows;
    }

    public IReadOnlyList<InstanceResult> Instances()
    {
        var sets = built.Sets;
        var vars = built.Variables;
        var rows = new List<InstanceResult>();
        foreach (var d in sets.Deployments)
        {
            var config = sets.Configs[d.Config];
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                var n = Count(vars.InstancesAt(d, t));
                var first = t % sets.Scenario.TimeGrid.PeriodsPerCommitment == 0;
                var tau = sets.CommitmentPeriodOf(t);
                rows.Add(new InstanceResult(
                    sets.Campuses[d.Campus].Id, config.Id, config.Precision.Name(), t, n,
                    first ? Count(vars.Starts[d.Index, tau]) : 0, first ? Count(vars.Stops[d.Index, tau]) : 0,
                    n * config.GpusPerInstance));
            }
        }

        return rows;
    }

    public IReadOnlyList<TokenFlowResult> TokenFlows()
    {
        var sets = built.Sets;
        var rows = new List<TokenFlowResult>();
        foreach (var route in sets.Routes)
        {
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                var rate = 1e6 * values[v.TokenRateMtokPerS[route.Index, t].Index];
                if (rate > 1e-3)
                {
                    rows.Add(new TokenFlowResult(
                        sets.Classes[route.Demand.Class].Id, sets.Origins[route.Demand.Origin].Id,
                        sets.Campuses[route.Deployment.Campus].Id, sets.Configs[route.Deployment.Config].Id, t, rate));
                }
            }
        }

        return rows;
    }

    public IReadOnlyList<BacklogResult> Backlogs()
    {
        var sets = built.Sets;
        var rows = new List<BacklogResult>();
        foreach (var key in sets.DemandKeys.Where(k => k.Kind == WorkloadKind.Deferrable))
        {
            for (var t = 0; t < sets.PeriodCount; t++)
            {
                var backlog = 1e6 * values[v.BacklogMtok[key.Index, t]!.Index];
                rows.Add(new BacklogResult(sets.Classes[key.Class].Id, sets.Origins[key.Origin].Id, t, Math.Max(0, backlog)));
            }
        }

        return rows;
    }

    private double DeliveredKw(Sets.DemandResponseWindow window, int t, double commitKw, double shortfallKw)
    {
        if (window.Enrolment.BaselineMode != BaselineMode.FirmServiceLevel)
        {
            return Math.Max(0, commitKw - shortfallKw);
        }

        var meteredKw = 1000 * DemandResponseDelivery.MeteredTerms(built.Sets, v, window, t).Evaluate(values);
        return Math.Max(0, window.Enrolment.MaxCommitmentKw - Math.Max(0, meteredKw - window.Enrolment.FirmServiceLevelKw!.Value));
    }

    private double PeriodEmissions(int c, int t)
    {
        var sets = built.Sets;
        var campus = sets.Campuses[c];
        var tonnes = sets.StepHours * campus.CarbonGPerKwh[t] / 1000.0 * values[v.GridImportMw[c, t].Index];
        foreach (var g in sets.Generators.Where(g => g.Campus == c))
        {
            tonnes += sets.StepHours * g.Unit.EmissionTonnesPerMwh * values[v.GeneratorMw[g.Index, t].Index];
        }

        return tonnes;
    }

    private double ServedAtCampus(int c, int t) =>
        built.Sets.Routes.Where(r => r.Deployment.Campus == c)
            .Sum(r => 1e6 * values[v.TokenRateMtokPerS[r.Index, t].Index]);

    private double Kw(Variable? variable) => variable is null ? 0 : Clean(1000 * values[variable.Index]);

    private int Count(Variable? variable) => variable is null ? 0 : (int)Math.Round(values[variable.Index]);

    private static double Clean(double value) => Math.Abs(value) < Tiny ? 0 : value;
}
