namespace TokenFlex.Optimization.Variables;

/// <summary>Campus power, battery, generator output and DR shortfall of one realisation.</summary>
public sealed partial class DispatchVariables
{
    private void CreateCampusPowerVariables()
    {
        for (var c = 0; c < _sets.Campuses.Count; c++)
        {
            var campus = _sets.Campuses[c];
            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                var key = $"{campus.Id},{t}{_suffix}";
                ItPowerMw[c, t] = Continuous(0, double.PositiveInfinity, $"pit[{key}]");
                FacilityPowerMw[c, t] = Continuous(0, double.PositiveInfinity, $"pfac[{key}]");
                // (E4) 0 ≤ P^imp ≤ min(P^imp,max, P^imp,cap_t)   [MW]
                GridImportMw[c, t] = Continuous(0, campus.GridImportLimitKwAt(t) / 1000.0, $"pimp[{key}]");
                if (Realisation.PvAvailableKw[c] is { } pv)
                {
                    // (E5) 0 ≤ P^pv ≤ PV_{c,t,s}   [MW]
                    PvMw[c, t] = Continuous(0, Math.Max(0, pv[t]) / 1000.0, $"ppv[{key}]");
                }
            }

            if (campus.DemandChargeUsdPerKw > 0)
            {
                PeakImportMw[c] = Continuous(0, double.PositiveInfinity, $"ppeak[{campus.Id}{_suffix}]");
            }
        }
    }

    private void CreateBatteryVariables()
    {
        if (!_sets.Inputs.Restrictions.AllowBattery)
        {
            return;
        }

        for (var c = 0; c < _sets.Campuses.Count; c++)
        {
            var campus = _sets.Campuses[c];
            if (campus.Battery is not { } battery)
            {
                continue;
            }

            var useMode = BatteryModeRule.UsesModeBinary(campus, Realisation.PriceUsdPerMwh[c]);
            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                var key = $"{campus.Id},{t}{_suffix}";
                ChargeMw[c, t] = Continuous(0, battery.MaxChargeKw / 1000.0, $"pch[{key}]");
                DischargeMw[c, t] = Continuous(0, battery.MaxDischargeKw / 1000.0, $"pdis[{key}]");
                // (E6) E̲ ≤ E ≤ Ē   [MWh]
                SocMwh[c, t] = Continuous(
                    battery.MinSocFraction * battery.EnergyCapacityKwh / 1000.0,
                    battery.MaxSocFraction * battery.EnergyCapacityKwh / 1000.0,
                    $"soc[{key}]");
                BatteryMode[c, t] = useMode ? Binary($"zeta[{key}]") : null;
            }
        }
    }

    private void CreateGeneratorOutput()
    {
        foreach (var unit in _sets.Generators)
        {
            var called = Realisation.Called[unit.Campus];
            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                // Generators limited to DR windows may run only in periods this realisation calls.
                var allowed = !unit.Unit.OnlyInDemandResponseWindows || (called[t] && _sets.DemandResponse[unit.Campus] is not null);
                GeneratorMw[unit.Index, t] =
                    Continuous(0, allowed ? unit.Unit.MaxOutputKw / 1000.0 : 0, $"pgen[{unit.Unit.Id},{t}{_suffix}]");
            }
        }
    }

    private void CreateDemandResponseShortfall()
    {
        foreach (var window in _sets.DemandResponse)
        {
            if (window is null)
            {
                continue;
            }

            var campus = _sets.Campuses[window.Campus];
            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                if (Realisation.Called[window.Campus][t])
                {
                    DrShortfallMw[window.Campus, t] = Continuous(0, double.PositiveInfinity, $"sigma[{campus.Id},{t}{_suffix}]");
                }
            }
        }
    }
}
