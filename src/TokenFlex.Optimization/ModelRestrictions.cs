using TokenFlex.Core.Domain;

namespace TokenFlex.Optimization;

/// <summary>
/// Restrictions that turn the full formulation into a strategy (B0…P): they restrict sets or fix
/// variables, never change the equations. The default restricts nothing (strategy P).
/// </summary>
public sealed record ModelRestrictions
{
    /// <summary>Precisions the optimiser may use; null for every precision.</summary>
    public IReadOnlySet<Precision>? AllowedPrecisions { get; init; }

    /// <summary>Serve each origin at its home campus only (α = 1[c = home(o)]).</summary>
    public bool LocalRoutingOnly { get; init; }

    /// <summary>Deferrable work may wait until its deadline; false serves it on arrival.</summary>
    public bool AllowDeferral { get; init; } = true;

    /// <summary>Batteries may be dispatched; false keeps them idle at their initial charge.</summary>
    public bool AllowBattery { get; init; } = true;

    /// <summary>Generators may run.</summary>
    public bool AllowGenerators { get; init; } = true;

    /// <summary>DR commitments may be offered.</summary>
    public bool AllowDemandResponse { get; init; } = true;

    /// <summary>
    /// Fixed instance counts n_{c,k,t} keyed by (campus id, configuration id), constant over the
    /// horizon; null leaves instance switching free. Deployments not in the map are fixed at zero.
    /// </summary>
    public IReadOnlyDictionary<(string CampusId, string ConfigurationId), int>? FixedInstances { get; init; }

    /// <summary>
    /// Instance counts are chosen once for the whole horizon (no starts or stops after the first period):
    /// the optimiser sizes a constant fleet, e.g. a peak-sized static deployment.
    /// </summary>
    public bool ConstantInstances { get; init; }

    /// <summary>
    /// Stage-1 decisions to hold fixed (re-dispatch, evaluation of a plan in other scenarios); null leaves
    /// stage 1 free. Instance counts may deviate from the fixed plan by <see cref="InstanceRecourse"/>.
    /// </summary>
    public StageOneDecisions? FixedStageOne { get; init; }

    /// <summary>
    /// Limited recourse on instances when stage 1 is fixed: each count may move this many instances away from
    /// the plan in any commitment period (0 = fully fixed).
    /// </summary>
    public int InstanceRecourse { get; init; }

    /// <summary>
    /// With <see cref="FixedStageOne"/> and recourse, the last commitment period keeps the planned instance counts, so
    /// that the fleet handed to the next window is the one the plan chose with its look-ahead; without it a one-day
    /// settlement would stop instances at the end of the day (saving their idle power) and leave the restarts to the
    /// next day.
    /// </summary>
    public bool HoldFinalInstances { get; init; }

    /// <summary>
    /// Deferrable work may remain in the backlog at the end of the horizon (within its deadline), to be handed
    /// to the next planning window; false empties the backlog by the end.
    /// </summary>
    public bool AllowBacklogAtEnd { get; init; }

    /// <summary>
    /// DR events whose periods form a commitment window even in realisations that do not call them; null for the
    /// called periods only. A stochastic analysis keeps the windows of its full problem this way when it solves
    /// one scenario alone (wait-and-see) or the mean-value scenario, so that every problem may bid, and is paid
    /// capacity, in the same periods, while delivery is still settled only where an event is called.
    /// </summary>
    public IReadOnlySet<string>? CommitmentWindowEventIds { get; init; }

    /// <summary>
    /// Tighten instance counts with the capacity-cover bound (valid only while every interactive token must be
    /// served by the model's rows; an elastic re-solve that relaxes R1 turns it off).
    /// </summary>
    public bool CapacityCoverBounds { get; init; } = true;

    /// <summary>Allow unserved interactive demand at <see cref="UnservedPenaltyUsdPerMtok"/> (robustness variant of R1).</summary>
    public bool AllowUnserved { get; init; }

    /// <summary>Penalty on unserved tokens when <see cref="AllowUnserved"/> is set [USD/Mtok].</summary>
    public double UnservedPenaltyUsdPerMtok { get; init; } = 1e4;

    /// <summary>The unrestricted model (strategy P).</summary>
    public static ModelRestrictions None { get; } = new();
}
