using Google.OrTools.ModelBuilder;

namespace TokenFlex.Optimization.Solvers;

/// <summary>
/// The data of an OR-Tools <see cref="Model"/> as plain arrays: column data and a row-wise
/// compressed sparse row (CSR) matrix, ready for a solver's C API. Infinite bounds stay
/// <see cref="double.PositiveInfinity"/> / <see cref="double.NegativeInfinity"/> here; each adapter maps them
/// to its own convention (HiGHS: ±1e30).
/// </summary>
/// <remarks>
/// Duplicate variable indices within one row are summed and exact zero coefficients are dropped, since
/// HiGHS rejects duplicates. Indicator (enforced) constraints of the model are not part of the matrix:
/// OR-Tools does not expose their count, so they cannot be detected here and must not be used with
/// HiGHS.
/// </remarks>
public sealed class ModelMatrix
{
    private ModelMatrix(int columnCount, int rowCount)
    {
        ColumnLower = new double[columnCount];
        ColumnUpper = new double[columnCount];
        ColumnCost = new double[columnCount];
        IsInteger = new bool[columnCount];
        ColumnNames = new string[columnCount];
        RowLower = new double[rowCount];
        RowUpper = new double[rowCount];
        RowNames = new string[rowCount];
        RowStart = new int[rowCount + 1];
    }

    /// <summary>Number of columns (model variables).</summary>
    public int ColumnCount => ColumnCost.Length;

    /// <summary>Number of rows (linear constraints).</summary>
    public int RowCount => RowLower.Length;

    /// <summary>Number of stored non-zero coefficients.</summary>
    public int NonZeroCount => RowStart[^1];

    /// <summary>Lower bound of each column (may be −∞).</summary>
    public double[] ColumnLower { get; }

    /// <summary>Upper bound of each column (may be +∞).</summary>
    public double[] ColumnUpper { get; }

    /// <summary>Objective coefficient of each column, in the model's own sense.</summary>
    public double[] ColumnCost { get; }

    /// <summary>True where a column must take an integer value.</summary>
    public bool[] IsInteger { get; }

    /// <summary>Name of each column ("" when unnamed).</summary>
    public string[] ColumnNames { get; }

    /// <summary>Lower bound of each row (may be −∞).</summary>
    public double[] RowLower { get; }

    /// <summary>Upper bound of each row (may be +∞).</summary>
    public double[] RowUpper { get; }

    /// <summary>Name of each row ("" when unnamed).</summary>
    public string[] RowNames { get; }

    /// <summary>CSR row starts, length <see cref="RowCount"/> + 1; row r spans [RowStart[r], RowStart[r+1]).</summary>
    public int[] RowStart { get; }

    /// <summary>Column index of each non-zero, ascending within a row.</summary>
    public int[] ColumnIndex { get; private set; } = [];

    /// <summary>Value of each non-zero.</summary>
    public double[] Value { get; private set; } = [];

    /// <summary>True when the objective is maximised.</summary>
    public bool Maximize { get; private set; }

    /// <summary>Constant term of the objective.</summary>
    public double ObjectiveOffset { get; private set; }

    /// <summary>True when at least one column is integral.</summary>
    public bool HasIntegers => Array.IndexOf(IsInteger, true) >= 0;

    /// <summary>Extracts the matrix of <paramref name="model"/>.</summary>
    /// <param name="model">The OR-Tools model; it is only read.</param>
    /// <returns>The column data and the row-wise matrix.</returns>
    public static ModelMatrix From(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var helper = model.Helper;
        var matrix = new ModelMatrix(helper.VariablesCount(), helper.ConstraintsCount());
        for (var j = 0; j < matrix.ColumnCount; j++)
        {
            matrix.ColumnLower[j] = helper.VarLowerBound(j);
            matrix.ColumnUpper[j] = helper.VarUpperBound(j);
            matrix.ColumnCost[j] = helper.VarObjectiveCoefficient(j);
            matrix.IsInteger[j] = helper.VarIsIntegral(j);
            matrix.ColumnNames[j] = helper.VarName(j) ?? "";
        }

        matrix.Maximize = helper.Maximize();
        matrix.ObjectiveOffset = helper.ObjectiveOffset();
        matrix.FillRows(helper);
        return matrix;
    }

    /// <summary>Objective value c·x + offset of a full point, in the model's own sense.</summary>
    /// <param name="values">One value per column.</param>
    /// <returns>The objective value.</returns>
    public double Objective(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sum = ObjectiveOffset;
        for (var j = 0; j < ColumnCount; j++)
        {
            sum += ColumnCost[j] * values[j];
        }

        return sum;
    }

    private void FillRows(ModelBuilderHelper helper)
    {
        var indices = new List<int>();
        var values = new List<double>();
        var merged = new SortedDictionary<int, double>();
        for (var r = 0; r < RowCount; r++)
        {
            RowLower[r] = helper.ConstraintLowerBound(r);
            RowUpper[r] = helper.ConstraintUpperBound(r);
            RowNames[r] = helper.ConstraintName(r) ?? "";
            RowStart[r] = indices.Count;
            var rowIndices = helper.ConstraintVarIndices(r);
            var rowValues = helper.ConstraintCoefficients(r);
            merged.Clear();
            for (var k = 0; k < rowIndices.Length; k++)
            {
                merged[rowIndices[k]] = merged.GetValueOrDefault(rowIndices[k]) + rowValues[k];
            }

            foreach (var (column, value) in merged)
            {
                if (value != 0)
                {
                    indices.Add(column);
                    values.Add(value);
                }
            }
        }

        RowStart[RowCount] = indices.Count;
        ColumnIndex = [.. indices];
        Value = [.. values];
    }
}
