using Google.OrTools.ModelBuilder;

namespace TokenFlex.Optimization.Constraints;

/// <summary>Helpers for building expressions from optional variables (absent where a set member is missing).</summary>
public static class ExpressionExtensions
{
    /// <summary>Adds coefficient · variable when the variable exists.</summary>
    public static LinearExprBuilder AddOptional(this LinearExprBuilder builder, Variable? variable, double coefficient) =>
        variable is null ? builder : builder.AddTerm(variable, coefficient);
}
