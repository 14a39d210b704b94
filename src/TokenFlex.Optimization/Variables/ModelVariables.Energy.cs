namespace TokenFlex.Optimization.Variables;

/// <summary>Campus power, battery, generator and DR variables.</summary>
public sealed partial class ModelVariables
{
    private void CreateCampusPowerVariables()
    {
        for (var c = 0; c < _sets.Campuses.Count; c++)
        {
            var campus = _sets.Campuses[c];
            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                var key = $"{campus.Id},{t}";
                ItPowerMw[c, t] = Continuous(0, double.PositiveInfinity, $"pit[{key}]");
                FacilityPowerMw[c, t] = Continuous(0, double.PositiveInfinity, $"pfac[{key}]");
                // (E4) 0 ≤ P^imp ≤ P^imp,max   [MW]
                GridImportMw[c, t] = Continuous(0, campus.GridImportLimitKw / 1000.0, $"pimp[{key}]");
                if (campus.Pv is { } pv)
                {
                    // (E5) 0 ≤ P^pv ≤ PV_{c,t}   [MW]
                    PvMw[c, t] = Continuous(0, Math.Max(0, pv.AvailableKw[t]) / 1000.0, $"ppv[{key}]");
                }
            }

            if (campus.DemandChargeUsdPerKw > 0)
            {
                PeakImportMw[c] = Continuous(0, double.PositiveInfinity, $"ppeak[{campus.Id}]");
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

            var useMode = BatteryModeRule.UsesModeBinary(campus);
            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                var key = $"{campus.Id},{t}";
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

    private void CreateGeneratorVariables()
    {
        foreach (var unit in _sets.Generators)
        {
            var window = _sets.DemandResponse[unit.Campus];
            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                var key = $"{unit.Unit.Id},{t}";
                var allowed = !unit.Unit.OnlyInDemandResponseWindows || (window?.Called[t] ?? false);
                GeneratorMw[unit.Index, t] = Continuous(0, unit.Unit.MaxOutputKw / 1000.0, $"pgen[{key}]");
                GeneratorOn[unit.Index, t] = Integer(0, allowed ? 1 : 0, $"w[{key}]");
                GeneratorStart[unit.Index, t] = Integer(0, allowed ? 1 : 0, $"v[{key}]");
            }
        }
    }

    private void CreateDemandResponseVariables()
    {
        foreach (var window in _sets.DemandResponse)
        {
            if (window is null)
            {
                continue;
            }

            var campus = _sets.Campuses[window.Campus];
            var committed = window.Enrolment.BaselineMode != Core.Domain.BaselineMode.FirmServiceLevel;
            if (committed && window.Enrolment.MinCommitmentKw > 0)
            {
                DrParticipation[window.Campus] = Binary($"zdr[{campus.Id}]");
            }

            for (var t = 0; t < _sets.PeriodCount; t++)
            {
                // In a deterministic plan only called periods carry a commitment: capacity held for an event that
                // is not called cannot be checked against delivery here (the stochastic form values it).
                if (!window.Called[t])
                {
                    continue;
                }

                var key = $"{campus.Id},{t}";
                if (committed)
                {
                    // (S6) 0 ≤ B_{c,t} ≤ B̄_c   [MW]
                    DrCommitMw[window.Campus, t] =
                        Continuous(0, window.Enrolment.MaxCommitmentKw / 1000.0, $"bdr[{key}]");
                }

                DrShortfallMw[window.Campus, t] = Continuous(0, double.PositiveInfinity, $"sigma[{key}]");
            }
        }
    }
}
