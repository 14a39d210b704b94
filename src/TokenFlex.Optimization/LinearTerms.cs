using Google.OrTools.ModelBuilder;

namespace TokenFlex.Optimization;

/// <summary>
/// A linear expression kept as explicit (variable, coefficient) pairs plus a constant, so that it can
/// be both handed to the model and evaluated at a solution (cost breakdowns, KPIs).
/// </summary>
public sealed class LinearTerms
{
    private readonly List<Variable> _variables = [];
    private readonly List<double> _coefficients = [];

    /// <summary>The constant part.</summary>
    public double Constant { get; private set; }

    /// <summary>Number of variable terms.</summary>
    public int Count => _variables.Count;

    /// <summary>Adds coefficient · variable; skips a zero coefficient or a missing variable.</summary>
    public LinearTerms Add(double coefficient, Variable? variable)
    {
        if (variable is not null && coefficient != 0)
        {
            _variables.Add(variable);
            _coefficients.Add(coefficient);
        }

        return this;
    }

    /// <summary>Adds a constant.</summary>
    public LinearTerms Add(double constant)
    {
        Constant += constant;
        return this;
    }

    /// <summary>Adds every term of another expression, scaled.</summary>
    public LinearTerms Add(double scale, LinearTerms other)
    {
        for (var i = 0; i < other._variables.Count; i++)
        {
            Add(scale * other._coefficients[i], other._variables[i]);
        }

        Constant += scale * other.Constant;
        return this;
    }

    /// <summary>The expression for the model.</summary>
    public LinearExpr ToExpr()
    {
        var builder = LinearExpr.NewBuilder(_variables.Count);
        for (var i = 0; i < _variables.Count; i++)
        {
            builder.AddTerm(_variables[i], _coefficients[i]);
        }

        return builder.Add(Constant);
    }

    /// <summary>Value of the expression at a solution (values indexed by variable index).</summary>
    public double Evaluate(IReadOnlyList<double> values)
    {
        var sum = Constant;
        for (var i = 0; i < _variables.Count; i++)
        {
            sum += _coefficients[i] * values[_variables[i].Index];
        }

        return sum;
    }
}
