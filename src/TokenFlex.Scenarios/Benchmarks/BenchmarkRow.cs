namespace TokenFlex.Scenarios.Benchmarks;

/// <summary>One benchmark measurement: a fleet size solved by TokenFlex and by plain HiGHS.</summary>
public sealed record BenchmarkRow
{
    public required string Size { get; init; }

    public int Variables { get; init; }

    public int Integers { get; init; }

    public int Rows { get; init; }

    public double BuildSeconds { get; init; }

    /// <summary>TokenFlex's method for this size (exact or LP neighbourhood).</summary>
    public string Method { get; init; } = "";

    public string Status { get; init; } = "";

    public double SolveSeconds { get; init; }

    /// <summary>Objective [k$], model units.</summary>
    public double? Objective { get; init; }

    /// <summary>LP relaxation of the full model [k$].</summary>
    public double? LpBound { get; init; }

    public double LpSeconds { get; init; }

    /// <summary>(objective − LP bound) / |objective|.</summary>
    public double? GapToLpBound { get; init; }

    public string PlainStatus { get; init; } = "";

    public double PlainSeconds { get; init; }

    public double? PlainGapToLpBound { get; init; }

    /// <summary>Plain HiGHS wall time over TokenFlex's (both including their time limits).</summary>
    public double SpeedRatio => SolveSeconds > 0 ? PlainSeconds / SolveSeconds : double.NaN;

    /// <summary>Peak working set of the process that measured this row [MB].</summary>
    public double PeakMemoryMb { get; init; }

    /// <summary>Re-dispatch of one interval with stage 1 fixed: build + LP solve, median of repeats [ms]; null if not measured.</summary>
    public double? RedispatchIntervalMs { get; init; }
}
