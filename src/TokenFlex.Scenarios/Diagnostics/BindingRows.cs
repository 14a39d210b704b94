using Google.OrTools.ModelBuilder;

namespace TokenFlex.Scenarios.Diagnostics;

/// <summary>
/// Finds the rows of the <see cref="ElasticFamilies.Binding"/> families that are tight in the elastic solution
/// (at their bound, relative tolerance 1e-6), indexed by family, campus or class or origin, and period, so that a
/// shortfall can name the limits that stopped it from being served.
/// </summary>
internal sealed class BindingRows
{
    private const double Tolerance = 1e-6;

    private readonly HashSet<(string Family, string Key, int Period)> _tight = [];

    public BindingRows(Model model, double[] values, int originalColumns)
    {
        var binding = ElasticFamilies.Binding.ToHashSet(StringComparer.Ordinal);
        var helper = model.Helper;
        for (var row = 0; row < helper.ConstraintsCount(); row++)
        {
            var (family, keys) = ElasticFamilies.Parse(helper.ConstraintName(row) ?? "");
            if (!binding.Contains(family) || !IsTight(helper, row, values, originalColumns))
            {
                continue;
            }

            var period = ElasticFamilies.Period(keys);
            if (keys.Length == 0)
            {
                _tight.Add((family, "", -1));
            }

            foreach (var key in keys)
            {
                _tight.Add((family, key, period));
            }
        }
    }

    /// <summary>
    /// The binding families among rows that mention one of <paramref name="keys"/> (campus, class or origin ids)
    /// in one of <paramref name="periods"/> (rows without a period, like C1, count for every period).
    /// </summary>
    public IReadOnlyList<string> Families(IEnumerable<string> keys, IEnumerable<int> periods)
    {
        var keyList = keys.ToList();
        var periodList = periods.Append(-1).ToList();
        return ElasticFamilies.Binding.Where(family =>
            keyList.Any(key => periodList.Any(t => _tight.Contains((family, key, t))))
            || (family == "C1_CarbonCap" && _tight.Any(x => x.Family == family))).ToList();
    }

    /// <summary>True when the row's activity, without slack columns, is at one of its finite bounds.</summary>
    private static bool IsTight(ModelBuilderHelper helper, int row, double[] values, int originalColumns)
    {
        var indices = helper.ConstraintVarIndices(row);
        var coefficients = helper.ConstraintCoefficients(row);
        var activity = 0.0;
        for (var i = 0; i < indices.Length; i++)
        {
            if (indices[i] < originalColumns)
            {
                activity += coefficients[i] * values[indices[i]];
            }
        }

        var upper = helper.ConstraintUpperBound(row);
        var lower = helper.ConstraintLowerBound(row);
        return (double.IsFinite(upper) && activity >= upper - Tolerance * Math.Max(1, Math.Abs(upper)))
               || (double.IsFinite(lower) && activity <= lower + Tolerance * Math.Max(1, Math.Abs(lower)));
    }
}
