using TokenFlex.Core.Domain;

namespace TokenFlex.Optimization.Sets;

/// <summary>A configuration k that can run at campus c: the index of n_{c,k,t}.</summary>
/// <param name="Index">Position in <see cref="ModelSets.Deployments"/>.</param>
/// <param name="Campus">Campus index c.</param>
/// <param name="Config">Configuration index k.</param>
/// <param name="MaxInstances">⌊N^GPU_c / g_k⌋ for the configuration's GPU type.</param>
public sealed record Deployment(int Index, int Campus, int Config, int MaxInstances);

/// <summary>One (class, origin) pair with a demand series.</summary>
/// <param name="Index">Position in <see cref="ModelSets.DemandKeys"/>.</param>
/// <param name="Class">Class index r.</param>
/// <param name="Origin">Origin index o.</param>
/// <param name="Series">The demand series.</param>
/// <param name="Kind">Interactive or deferrable.</param>
public sealed record DemandKey(int Index, int Class, int Origin, DemandSeries Series, WorkloadKind Kind);

/// <summary>An admissible route (r, o, c, k) of tokens: α_{r,o,c,k} = 1.</summary>
/// <param name="Index">Position in <see cref="ModelSets.Routes"/>.</param>
/// <param name="Demand">Demand key (r, o).</param>
/// <param name="Deployment">Deployment (c, k).</param>
/// <param name="QualityLossPercent">δ_{r,k} of this class on this configuration [%].</param>
/// <param name="TransferCostUsdPerMtok">c^net_{o,c} [USD/Mtok].</param>
/// <param name="IsRemote">True when c is not the origin's home campus.</param>
public sealed record Route(
    int Index,
    DemandKey Demand,
    Deployment Deployment,
    double QualityLossPercent,
    double TransferCostUsdPerMtok,
    bool IsRemote);

/// <summary>A generator with its campus index.</summary>
/// <param name="Index">Position in <see cref="ModelSets.Generators"/>.</param>
/// <param name="Campus">Campus index.</param>
/// <param name="Unit">The generator.</param>
public sealed record GeneratorUnit(int Index, int Campus, Generator Unit);

/// <summary>DR data of one campus over the horizon.</summary>
/// <param name="Campus">Campus index.</param>
/// <param name="Enrolment">The program enrolment.</param>
/// <param name="InWindow">W_c: periods in which some realisation calls an event (a commitment exists there).</param>
/// <param name="BaselineKw">P^base_{c,t} [kW], or null in firm-service-level mode.</param>
public sealed record DemandResponseWindow(
    int Campus,
    DemandResponseEnrolment Enrolment,
    bool[] InWindow,
    double[]? BaselineKw);
