namespace TokenFlex.Core.Validation;

/// <summary>
/// Thrown once at the input boundary when a scenario has problems; it carries all of them, so that a
/// user can fix every problem in one pass.
/// </summary>
public sealed class InputValidationException : Exception
{
    /// <summary>Creates the exception from the list of problems found.</summary>
    /// <param name="source">What was being read (a file name or "scenario").</param>
    /// <param name="errors">Every problem found, at least one.</param>
    public InputValidationException(string source, IReadOnlyList<ValidationError> errors)
        : base(BuildMessage(source, errors))
    {
        Source = source;
        Errors = errors;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string BuildMessage(string source, IReadOnlyList<ValidationError> errors)
    {
        var noun = errors.Count == 1 ? "problem was" : "problems were";
        var lines = errors.Select(e => "  - " + e);
        return $"{errors.Count} {noun} found in {source}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
