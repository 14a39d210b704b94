using System.Globalization;

namespace TokenFlex.Core.Validation;

/// <summary>
/// Collects validation errors with their JSON paths. Rules add to it; nothing throws until
/// <see cref="ThrowIfAny"/> is called at the end of the boundary check.
/// </summary>
public sealed class ValidationCollector
{
    private readonly List<ValidationError> _errors = [];

    /// <summary>The errors collected so far, in the order found.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>True when at least one error was collected.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Adds an error.</summary>
    /// <param name="path">JSON path of the offending value.</param>
    /// <param name="message">The rule and the fix.</param>
    /// <param name="value">The value as given, or null.</param>
    public void Add(string path, string message, object? value = null) =>
        _errors.Add(new ValidationError(path, message, Render(value)));

    /// <summary>Adds every error of another list.</summary>
    /// <param name="errors">Errors to add.</param>
    public void AddRange(IEnumerable<ValidationError> errors) => _errors.AddRange(errors);

    /// <summary>Checks that a number is finite (not NaN or ±Infinity).</summary>
    /// <returns>True when the value is finite.</returns>
    public bool Finite(string path, double value)
    {
        if (double.IsFinite(value))
        {
            return true;
        }

        Add(path, "must be a finite number; replace NaN or Infinity with a measured or estimated value", value);
        return false;
    }

    /// <summary>Checks that a number is finite and ≥ 0.</summary>
    /// <returns>True when the rule holds.</returns>
    public bool NonNegative(string path, double value)
    {
        if (!Finite(path, value))
        {
            return false;
        }

        if (value >= 0)
        {
            return true;
        }

        Add(path, "must be ≥ 0", value);
        return false;
    }

    /// <summary>Checks that a number is finite and &gt; 0.</summary>
    /// <returns>True when the rule holds.</returns>
    public bool Positive(string path, double value)
    {
        if (!Finite(path, value))
        {
            return false;
        }

        if (value > 0)
        {
            return true;
        }

        Add(path, "must be > 0", value);
        return false;
    }

    /// <summary>Checks that a number lies in [min, max].</summary>
    /// <returns>True when the rule holds.</returns>
    public bool InRange(string path, double value, double min, double max)
    {
        if (!Finite(path, value))
        {
            return false;
        }

        if (value >= min && value <= max)
        {
            return true;
        }

        Add(path, $"must be between {Render(min)} and {Render(max)}", value);
        return false;
    }

    /// <summary>Throws one <see cref="InputValidationException"/> listing every error, if there are any.</summary>
    /// <param name="source">What was being read.</param>
    public void ThrowIfAny(string source)
    {
        if (HasErrors)
        {
            throw new InputValidationException(source, _errors.ToArray());
        }
    }

    private static string? Render(object? value) => value switch
    {
        null => null,
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
