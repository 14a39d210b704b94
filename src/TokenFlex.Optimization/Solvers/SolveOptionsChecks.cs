using System.Globalization;

namespace TokenFlex.Optimization.Solvers;

/// <summary>Checks of <see cref="SolveOptions"/> shared by the engines: bad options are programming errors.</summary>
internal static class SolveOptionsChecks
{
    /// <summary>Throws <see cref="ArgumentException"/> for a non-positive time limit, a negative gap,
    /// or a warm start whose length differs from the model's variable count.</summary>
    internal static void ThrowIfInvalid(SolveOptions options, int variableCount)
    {
        if (!(options.TimeLimitSeconds > 0))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"TimeLimitSeconds ({options.TimeLimitSeconds}) must be > 0"),
                nameof(options));
        }

        if (!(options.RelativeGap >= 0))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"RelativeGap ({options.RelativeGap}) must be ≥ 0"),
                nameof(options));
        }

        if (options.WarmStart is { } start && start.Count != variableCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"WarmStart has {start.Count} values but the model has {variableCount} variables")
                + "; give one value per variable, in variable-index order",
                nameof(options));
        }
    }
}
