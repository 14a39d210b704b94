using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Solvers;

namespace TokenFlex.Optimization.Tests.Solvers;

public sealed class ModelMatrixTests
{
    [Fact]
    public void From_SmallModel_RoundTripsBoundsIntegralityAndCoefficients()
    {
        // Arrange: min 2a − b + 3c + 7 with a ∈ {0..10}, b free, c ∈ [−3, 4];
        // rows: a + 2b = 4 (E), −∞ < b − c ≤ 5, 1 ≤ 3a + c.
        var model = new Model();
        var a = model.NewIntVar(0, 10, "a");
        var b = model.NewNumVar(double.NegativeInfinity, double.PositiveInfinity, "b");
        var c = model.NewNumVar(-3, 4, "c");
        model.Add(a + 2 * b == 4).WithName("E1_Eq");
        model.Add(b - c <= 5).WithName("E2_Le");
        model.Add(3 * a + c >= 1).WithName("E3_Ge");
        model.Minimize(2 * a - b + 3 * c + 7);

        // Act
        var matrix = ModelMatrix.From(model);

        // Assert: columns.
        matrix.ColumnCount.ShouldBe(3);
        matrix.ColumnLower.ShouldBe([0, double.NegativeInfinity, -3]);
        matrix.ColumnUpper.ShouldBe([10, double.PositiveInfinity, 4]);
        matrix.IsInteger.ShouldBe([true, false, false]);
        matrix.ColumnCost.ShouldBe([2, -1, 3]);
        matrix.ColumnNames.ShouldBe(["a", "b", "c"]);
        matrix.ObjectiveOffset.ShouldBe(7);
        matrix.Maximize.ShouldBeFalse();
        matrix.HasIntegers.ShouldBeTrue();

        // Assert: rows in CSR form, columns ascending within a row.
        matrix.RowCount.ShouldBe(3);
        matrix.RowLower.ShouldBe([4, double.NegativeInfinity, 1]);
        matrix.RowUpper.ShouldBe([4, 5, double.PositiveInfinity]);
        matrix.RowNames.ShouldBe(["E1_Eq", "E2_Le", "E3_Ge"]);
        matrix.RowStart.ShouldBe([0, 2, 4, 6]);
        matrix.ColumnIndex.ShouldBe([0, 1, 1, 2, 0, 2]);
        matrix.Value.ShouldBe([1, 2, 1, -1, 3, 1]);
        matrix.NonZeroCount.ShouldBe(6);
    }

    [Fact]
    public void From_RepeatedAndCancellingTerms_MergesAndDropsZeros()
    {
        // Arrange: x + x + y − y ≤ 3 is 2x ≤ 3; the helper adds raw terms, so the merge is ours.
        var model = new Model();
        var x = model.NewNumVar(0, 5, "x");
        var y = model.NewNumVar(0, 5, "y");
        var row = model.AddLinearConstraint(LinearExpr.Sum([x, y]), double.NegativeInfinity, 3);
        model.Helper.AddConstraintTerm(row.Index, x.Index, 1);
        model.Helper.AddConstraintTerm(row.Index, y.Index, -1);

        // Act
        var matrix = ModelMatrix.From(model);

        // Assert
        matrix.ColumnIndex.ShouldBe([0]);
        matrix.Value.ShouldBe([2]);
    }

    [Fact]
    public void Objective_Point_IsCostTimesValuesPlusOffset()
    {
        // Arrange: max 5x + 4y at (4, 0) is 20.
        var matrix = ModelMatrix.From(SolverTestModels.TinyMip());

        // Act
        var objective = matrix.Objective([4.0, 0.0]);

        // Assert
        matrix.Maximize.ShouldBeTrue();
        objective.ShouldBe(20);
    }
}
