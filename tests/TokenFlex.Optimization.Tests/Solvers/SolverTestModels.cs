using Google.OrTools.ModelBuilder;

namespace TokenFlex.Optimization.Tests.Solvers;

/// <summary>Small models with hand-derived optima, and one hard instance, shared by the solver tests.</summary>
internal static class SolverTestModels
{
    /// <summary>
    /// max 5x + 4y  s.t.  6x + 4y ≤ 24,  x + 2y ≤ 6,  x, y ∈ {0, …, 100} integer.
    /// LP optimum: both rows tight → x = 3, y = 1.5, objective 15 + 6 = 21.
    /// Integer optimum: objective 5x + 4y = 20 is reached by (4, 0) (6·4 = 24 ≤ 24, 4 ≤ 6); the other
    /// candidates near the LP point are worse: (3, 1) = 19, (2, 2) = 18, (0, 3) = 12; 21 would need
    /// 5x + 4y = 21 with x ≤ 4, i.e. (1, 4) or (x, y) = (4, 0.25), both infeasible or fractional. So 20 at (4, 0).
    /// </summary>
    internal static Model TinyMip()
    {
        var model = new Model();
        var x = model.NewIntVar(0, 100, "x");
        var y = model.NewIntVar(0, 100, "y");
        model.Add(6 * x + 4 * y <= 24).WithName("R1_Wood");
        model.Add(x + 2 * y <= 6).WithName("R2_Labour");
        model.Maximize(5 * x + 4 * y);
        return model;
    }

    /// <summary>x + y ≥ 5 and x + y ≤ 3 with x, y ≥ 0: no point satisfies both.</summary>
    internal static Model Infeasible(bool integer)
    {
        var model = new Model();
        var x = model.NewVar(0, 10, integer, "x");
        var y = model.NewVar(0, 10, integer, "y");
        model.Add(x + y >= 5);
        model.Add(x + y <= 3);
        model.Minimize(x + y);
        return model;
    }

    /// <summary>max x + y s.t. x − y ≤ 1, x, y ≥ 0: the ray (1, 1) grows the objective without limit.</summary>
    internal static Model Unbounded(bool integer)
    {
        var model = new Model();
        var x = model.NewVar(0, double.PositiveInfinity, integer, "x");
        var y = model.NewVar(0, double.PositiveInfinity, integer, "y");
        model.Add(x - y <= 1);
        model.Maximize(x + y);
        return model;
    }

    /// <summary>
    /// A seeded multi-dimensional 0/1 knapsack: 60 items, 20 dense rows (weights 1…999, capacity half the
    /// row sum), profits correlated with the mean weight. Measured on the 2-core dev machine: HiGHS ends a
    /// 1 s limit at a 1.8 % gap and a 5 s limit at 1.4 %; it proves the optimum <see cref="KnapsackOptimum"/>
    /// only after about 11 s.
    /// </summary>
    internal static Model HardKnapsack()
    {
        const int items = 60;
        const int rows = 20;
        var random = new Random(42);
        var model = new Model();
        var take = Enumerable.Range(0, items).Select(j => model.NewBoolVar($"take[{j}]")).ToArray();
        var weight = new int[rows, items];
        for (var i = 0; i < rows; i++)
        {
            var row = LinearExpr.NewBuilder();
            double sum = 0;
            for (var j = 0; j < items; j++)
            {
                weight[i, j] = random.Next(1, 1000);
                row.AddTerm(take[j], weight[i, j]);
                sum += weight[i, j];
            }

            model.Add(row <= Math.Floor(0.5 * sum)).WithName($"K1_Capacity[{i}]");
        }

        var profit = LinearExpr.NewBuilder();
        for (var j = 0; j < items; j++)
        {
            double mean = 0;
            for (var i = 0; i < rows; i++)
            {
                mean += weight[i, j];
            }

            profit.AddTerm(take[j], Math.Round(mean / rows) + random.Next(0, 500));
        }

        model.Maximize(profit);
        return model;
    }

    /// <summary>
    /// A seeded random covering LP: min Σ c_j x_j s.t. each of <paramref name="size"/> rows has 6 random
    /// terms ≥ a random right-hand side, 0 ≤ x ≤ 10. At 200k rows HiGHS's presolve ran past a 0.5 s limit
    /// without an interrupt check, which exercises the solver's hard wall-clock guard.
    /// </summary>
    internal static Model LargeCoveringLp(int size)
    {
        var random = new Random(1);
        var model = new Model();
        var x = Enumerable.Range(0, size).Select(j => model.NewNumVar(0, 10, $"x[{j}]")).ToArray();
        for (var i = 0; i < size; i++)
        {
            var row = LinearExpr.NewBuilder();
            for (var k = 0; k < 6; k++)
            {
                row.AddTerm(x[random.Next(size)], random.Next(1, 20));
            }

            model.Add(row >= random.Next(5, 50));
        }

        var cost = LinearExpr.NewBuilder();
        for (var j = 0; j < size; j++)
        {
            cost.AddTerm(x[j], random.Next(1, 30));
        }

        model.Minimize(cost);
        return model;
    }

    /// <summary>The proven optimum of <see cref="HardKnapsack"/> (HiGHS and SCIP at gap 0 agree).</summary>
    internal const double KnapsackOptimum = 24861;

    /// <summary>The optimal selection of <see cref="HardKnapsack"/>, one character per item.</summary>
    internal const string KnapsackOptimalSelection = "001110011001000111001111000001001011011111100001001000111101";

    /// <summary>The optimal selection as a warm start (one value per variable).</summary>
    internal static double[] KnapsackOptimalPoint() =>
        [.. KnapsackOptimalSelection.Select(c => c == '1' ? 1.0 : 0.0)];
}
