namespace TokenFlex.Optimization;

/// <summary>
/// The here-and-now decisions of a plan (stage 1): instance counts by commitment period, generator
/// commitment and DR commitments. A re-dispatch or an out-of-sample evaluation fixes them and re-solves
/// stage 2 only.
/// </summary>
public sealed record StageOneDecisions
{
    public IReadOnlyList<InstanceSchedule> Instances { get; init; } = [];

    public IReadOnlyList<GeneratorSchedule> Generators { get; init; } = [];

    public IReadOnlyList<CommitmentSchedule> DrCommitments { get; init; } = [];

    /// <summary>The DR baselines the commitments were made against (part of the contract), by campus.</summary>
    public IReadOnlyList<BaselineSchedule> DrBaselines { get; init; } = [];

    /// <summary>The planned count of a deployment in a commitment period; 0 when the plan has none.</summary>
    public int InstancesAt(string campusId, string configurationId, int commitmentPeriod) =>
        Instances.FirstOrDefault(i => i.CampusId == campusId && i.ConfigurationId == configurationId)
            ?.CountsByCommitmentPeriod.ElementAtOrDefault(commitmentPeriod) ?? 0;
}

/// <summary>n_{c,k,τ} of one deployment.</summary>
/// <param name="CampusId">Campus.</param>
/// <param name="ConfigurationId">Configuration.</param>
/// <param name="CountsByCommitmentPeriod">Running instances by commitment period.</param>
public sealed record InstanceSchedule(string CampusId, string ConfigurationId, IReadOnlyList<int> CountsByCommitmentPeriod);

/// <summary>w_{g,τ} of one generator.</summary>
/// <param name="GeneratorId">Generator.</param>
/// <param name="OnByCommitmentPeriod">Commitment by commitment period.</param>
public sealed record GeneratorSchedule(string GeneratorId, IReadOnlyList<bool> OnByCommitmentPeriod);

/// <summary>B_{c,t} of one campus.</summary>
/// <param name="CampusId">Campus.</param>
/// <param name="CommitmentKwByPeriod">DR commitment by dispatch period [kW]; null outside the plan's DR windows,
/// where a later event may still be bid at short notice.</param>
public sealed record CommitmentSchedule(string CampusId, IReadOnlyList<double?> CommitmentKwByPeriod);

/// <summary>P^base_{c,t} of one campus.</summary>
/// <param name="CampusId">Campus.</param>
/// <param name="BaselineKwByPeriod">DR baseline by dispatch period [kW].</param>
public sealed record BaselineSchedule(string CampusId, IReadOnlyList<double> BaselineKwByPeriod);
