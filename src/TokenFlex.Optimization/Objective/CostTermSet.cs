using Google.OrTools.ModelBuilder;

namespace TokenFlex.Optimization.Objective;

/// <summary>
/// Collects the expression of one cost term by (campus, period) key, keys in order of first use, so that a
/// builder can emit one <see cref="CostTerm"/> per key. Each variable's coefficients reach the objective in the
/// order the builder adds them, so the objective is the same as with one term for the whole name. A key gets a
/// term only once something non-zero is added to it.
/// </summary>
/// <param name="name">Breakdown key of the terms, e.g. <c>energy</c>.</param>
internal sealed class CostTermSet(string name)
{
    private readonly Dictionary<(int? Campus, int? Period), LinearTerms> _byKey = [];
    private readonly List<CostTerm> _terms = [];

    /// <summary>The terms, one per key, in order of first use.</summary>
    public IReadOnlyList<CostTerm> Terms => _terms;

    /// <summary>Adds coefficient · variable [k$] to a key; skips a zero coefficient or a missing variable.</summary>
    /// <param name="campus">Campus index, or null for a cost of no campus.</param>
    /// <param name="period">Dispatch period, or null for a cost of the whole horizon.</param>
    /// <param name="coefficient">Coefficient [k$ per unit of the variable].</param>
    /// <param name="variable">The variable, or null where the model has none.</param>
    public CostTermSet Add(int? campus, int? period, double coefficient, Variable? variable)
    {
        if (variable is not null && coefficient != 0)
        {
            At(campus, period).Add(coefficient, variable);
        }

        return this;
    }

    /// <summary>Adds a constant [k$] to a key; skips zero.</summary>
    /// <param name="campus">Campus index, or null for a cost of no campus.</param>
    /// <param name="period">Dispatch period, or null for a cost of the whole horizon.</param>
    /// <param name="constantKiloUsd">The constant [k$].</param>
    public CostTermSet Add(int? campus, int? period, double constantKiloUsd)
    {
        if (constantKiloUsd != 0)
        {
            At(campus, period).Add(constantKiloUsd);
        }

        return this;
    }

    /// <summary>Adds scale · expression to a key; skips a zero scale or an empty expression.</summary>
    /// <param name="campus">Campus index, or null for a cost of no campus.</param>
    /// <param name="period">Dispatch period, or null for a cost of the whole horizon.</param>
    /// <param name="scale">Factor [k$ per unit of the expression].</param>
    /// <param name="other">The expression.</param>
    public CostTermSet Add(int? campus, int? period, double scale, LinearTerms other)
    {
        if (scale != 0 && (other.Count > 0 || other.Constant != 0))
        {
            At(campus, period).Add(scale, other);
        }

        return this;
    }

    private LinearTerms At(int? campus, int? period)
    {
        if (!_byKey.TryGetValue((campus, period), out var terms))
        {
            terms = new LinearTerms();
            _byKey.Add((campus, period), terms);
            _terms.Add(new CostTerm(name, terms, campus, period));
        }

        return terms;
    }
}
