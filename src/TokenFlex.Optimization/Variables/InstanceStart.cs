namespace TokenFlex.Optimization.Variables;

/// <summary>How the instance count of a deployment enters the horizon.</summary>
public enum InstanceStart
{
    /// <summary>n[−1] is the campus's given initial instances.</summary>
    Given,

    /// <summary>No initial instances given: the day is cyclic, n[−1] = n[T−1].</summary>
    Cyclic,

    /// <summary>Fixed or constant fleet: no starts or stops at all.</summary>
    Static,
}
