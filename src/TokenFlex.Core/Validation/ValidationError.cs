namespace TokenFlex.Core.Validation;

/// <summary>
/// One problem found in an input, with the JSON path of the offending value
/// (e.g. <c>campuses[0].battery.capacityKwh</c>), a message that names the rule and the fix, and the
/// value as given (when there is one).
/// </summary>
/// <param name="Path">JSON path of the offending value.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="Value">The value as given, rendered as text, or null.</param>
public sealed record ValidationError(string Path, string Message, string? Value = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        Value is null ? $"{Path}: {Message}" : $"{Path}: {Message} (got {Value})";
}
