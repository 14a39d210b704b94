namespace TokenFlex.Core.Domain;

/// <summary>When the battery's charge/discharge mode binary ζ is used (E6).</summary>
public enum BatteryModeBinary
{
    /// <summary>Only when a price of the campus is negative (the only case simultaneous charge and discharge pays).</summary>
    Auto,

    /// <summary>Always model the mode binary.</summary>
    Always,

    /// <summary>Never: the battery is a pure LP.</summary>
    Never,
}

/// <summary>A dispatchable battery or UPS energy store behind the campus meter.</summary>
public sealed record Battery
{
    /// <summary>Ē: usable energy capacity [kWh].</summary>
    public required double EnergyCapacityKwh { get; init; }

    /// <summary>E̲/Ē: lowest state of charge, including the UPS ride-through reserve [fraction].</summary>
    public double MinSocFraction { get; init; } = 0.1;

    /// <summary>Highest state of charge [fraction].</summary>
    public double MaxSocFraction { get; init; } = 0.9;

    /// <summary>E⁰/Ē: state of charge at the start; the horizon must end at least this full [fraction].</summary>
    public double InitialSocFraction { get; init; } = 0.5;

    /// <summary>P̄^ch: charge power limit [kW].</summary>
    public required double MaxChargeKw { get; init; }

    /// <summary>P̄^dis: discharge power limit [kW].</summary>
    public required double MaxDischargeKw { get; init; }

    /// <summary>η^ch: charge efficiency [fraction].</summary>
    public double ChargeEfficiencyFraction { get; init; } = 0.95;

    /// <summary>η^dis: discharge efficiency [fraction].</summary>
    public double DischargeEfficiencyFraction { get; init; } = 0.95;

    /// <summary>c^deg: degradation cost per kWh of throughput (charge plus discharge) [USD/kWh].</summary>
    public double DegradationCostUsdPerKwh { get; init; }

    /// <summary>When the mode binary is modelled.</summary>
    public BatteryModeBinary ModeBinary { get; init; } = BatteryModeBinary.Auto;
}

/// <summary>A backup generator unit (diesel or gas) behind the campus meter.</summary>
public sealed record Generator
{
    /// <summary>Unique id within the scenario, used in constraint names.</summary>
    public required string Id { get; init; }

    /// <summary>P̲_g: minimum stable output when on [kW].</summary>
    public double MinOutputKw { get; init; }

    /// <summary>P̄_g: maximum output [kW].</summary>
    public required double MaxOutputKw { get; init; }

    /// <summary>c^fuel_g: fuel cost per kWh generated (linearised heat rate) [USD/kWh].</summary>
    public required double FuelCostUsdPerKwh { get; init; }

    /// <summary>c^NL_g: no-load cost per hour on [USD/h].</summary>
    public double NoLoadCostUsdPerHour { get; init; }

    /// <summary>c^SU_g: start cost [USD].</summary>
    public double StartCostUsd { get; init; }

    /// <summary>EF_g: emission factor [tCO₂/MWh].</summary>
    public required double EmissionTonnesPerMwh { get; init; }

    /// <summary>H_g: non-emergency run hours allowed in the horizon [h].</summary>
    public required double MaxRunHours { get; init; }

    /// <summary>Minimum up time once started [h].</summary>
    public double MinUpHours { get; init; } = 1;

    /// <summary>Minimum down time once stopped [h].</summary>
    public double MinDownHours { get; init; } = 1;

    /// <summary>True when the unit may run only inside DR windows (EPA emergency-engine rules).</summary>
    public bool OnlyInDemandResponseWindows { get; init; } = true;
}
