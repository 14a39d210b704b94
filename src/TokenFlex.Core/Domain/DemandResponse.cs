namespace TokenFlex.Core.Domain;

/// <summary>How the DR baseline P^base is set (formulation b.6).</summary>
public enum BaselineMode
{
    /// <summary>Solve the same model without DR; its grid import is the baseline (default).</summary>
    TwoPass,

    /// <summary>A customer baseline load series given in the scenario (e.g. a 10-in-10 CBL).</summary>
    Exogenous,

    /// <summary>Firm service level: import must drop to at most a contracted level in events.</summary>
    FirmServiceLevel,
}

/// <summary>A campus's enrolment in a demand-response program.</summary>
public sealed record DemandResponseEnrolment
{
    /// <summary>Program id (e.g. an OpenADR programID).</summary>
    public required string ProgramId { get; init; }

    /// <summary>λ^cap: capacity payment per kW committed per event hour [USD/kW·h].</summary>
    public required double CapacityPaymentUsdPerKwHour { get; init; }

    /// <summary>λ^DR: energy payment on delivered reduction [USD/MWh]; null pays the campus LMP.</summary>
    public double? EnergyPaymentUsdPerMwh { get; init; }

    /// <summary>λ^pen: penalty on shortfall against the commitment [USD/MWh].</summary>
    public required double PenaltyUsdPerMwh { get; init; }

    /// <summary>B̄: largest commitment accepted by the program [kW].</summary>
    public required double MaxCommitmentKw { get; init; }

    /// <summary>Smallest non-zero commitment; a positive value adds a participation binary [kW].</summary>
    public double MinCommitmentKw { get; init; }

    /// <summary>True when the commitment must be the same in every period of an event window.</summary>
    public bool FirmBlock { get; init; }

    /// <summary>How the baseline is set.</summary>
    public BaselineMode BaselineMode { get; init; } = BaselineMode.TwoPass;

    /// <summary>P^base_{c,t} for <see cref="BaselineMode.Exogenous"/> [kW].</summary>
    public double[]? BaselineKw { get; init; }

    /// <summary>FSL for <see cref="BaselineMode.FirmServiceLevel"/> [kW].</summary>
    public double? FirmServiceLevelKw { get; init; }

    /// <summary>True when generator output counts toward delivered reduction.</summary>
    public bool GeneratorCountsTowardDelivery { get; init; }

    /// <summary>True when battery discharge counts toward delivered reduction.</summary>
    public bool BatteryCountsTowardDelivery { get; init; } = true;
}

/// <summary>A DR event window at one campus (W_c) and whether it is called (a_{c,t}).</summary>
public sealed record DemandResponseEvent
{
    /// <summary>Event id.</summary>
    public required string Id { get; init; }

    /// <summary>Campus the event applies to.</summary>
    public required string CampusId { get; init; }

    /// <summary>Start of the window [UTC].</summary>
    public required DateTimeOffset StartUtc { get; init; }

    /// <summary>Length of the window [h].</summary>
    public required double DurationHours { get; init; }

    /// <summary>a: true when the event is dispatched; false when only capacity is held available.</summary>
    public bool Called { get; init; } = true;
}
