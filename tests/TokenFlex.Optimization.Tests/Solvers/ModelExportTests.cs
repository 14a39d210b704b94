using Google.OrTools.ModelBuilder;
using TokenFlex.Optimization.Solvers;
using SolveStatus = TokenFlex.Optimization.Solvers.SolveStatus;

namespace TokenFlex.Optimization.Tests.Solvers;

public sealed class ModelExportTests
{
    /// <summary>
    /// min 2x + 3y − b + u + 7 with x ∈ {0..10}, y free, b binary, u ∈ [−3, 4];
    /// x + y = 3.5, y + 2b − u ≥ −1, x − 4b ≤ 2.
    /// </summary>
    private static Model MixedModel()
    {
        var model = new Model();
        var x = model.NewIntVar(0, 10, "x");
        var y = model.NewNumVar(double.NegativeInfinity, double.PositiveInfinity, "y");
        var b = model.NewBoolVar("b");
        var u = model.NewNumVar(-3, 4, "u");
        model.Add(x + y == 3.5).WithName("E1_Balance[a,1]");
        model.Add(y + 2 * b - u >= -1).WithName("E2_Cover");
        model.Add(x - 4 * b <= 2).WithName("E3_Cap");
        model.Minimize(2 * x + 3 * y - b + u + 7);
        return model;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ToMps_ReimportedAndSolved_GivesSameObjective(bool maximise)
    {
        // Arrange: the tiny MIP (max, optimum 20) or the mixed model (min, with offset 7).
        var model = maximise ? SolverTestModels.TinyMip() : MixedModel();
        var original = new HighsSolver().Solve(model, new SolveOptions());

        // Act
        var reimported = new Model();
        var imported = reimported.ImportFromMpsString(ModelExport.ToMps(model));
        var again = new HighsSolver().Solve(reimported, new SolveOptions());

        // Assert
        imported.ShouldBeTrue();
        original.Status.ShouldBe(SolveStatus.Optimal, original.Message);
        again.Status.ShouldBe(SolveStatus.Optimal, again.Message);
        again.Objective!.Value.ShouldBe(original.Objective!.Value, 1e-9);
        reimported.Helper.Maximize().ShouldBe(maximise);
        reimported.ObjectiveOffset.ShouldBe(model.ObjectiveOffset);
    }

    [Fact]
    public void ToMps_MixedModel_CarriesSenseIntegralityAndNames()
    {
        // Arrange
        var model = MixedModel();

        // Act
        var mps = ModelExport.ToMps(model);
        var maxMps = ModelExport.ToMps(SolverTestModels.TinyMip());

        // Assert
        mps.ShouldContain("'INTORG'");
        mps.ShouldContain("'INTEND'");
        mps.ShouldContain("E1_Balance[a,1]");
        mps.ShouldContain(" BV BOUND");
        mps.ShouldContain(" FR BOUND");
        mps.ShouldNotContain("OBJSENSE");
        maxMps.ShouldContain("OBJSENSE");
        maxMps.ShouldContain("MAX");
    }

    [Fact]
    public void ToMps_Reimported_PutsIntegerColumnsFirst()
    {
        // Arrange: columns x (int), y, b (int), u — OR-Tools writes the integer block first.
        var model = MixedModel();

        // Act
        var reimported = new Model();
        reimported.ImportFromMpsString(ModelExport.ToMps(model));

        // Assert: indices change, so values must be mapped by name.
        Enumerable.Range(0, reimported.VariablesCount()).Select(reimported.Helper.VarName)
            .ShouldBe(["x", "b", "y", "u"]);
    }

    [Fact]
    public void WriteMps_ExistingFile_IsReplacedAndNoTemporaryFileRemains()
    {
        // Arrange
        var directory = Directory.CreateTempSubdirectory("tokenflex-export-");
        try
        {
            var path = Path.Combine(directory.FullName, "model.mps");
            File.WriteAllText(path, "stale");

            // Act
            ModelExport.WriteMps(SolverTestModels.TinyMip(), path);
            ModelExport.WriteLp(SolverTestModels.TinyMip(), Path.Combine(directory.FullName, "model.lp"));

            // Assert
            File.ReadAllText(path).ShouldBe(ModelExport.ToMps(SolverTestModels.TinyMip()));
            File.ReadAllText(Path.Combine(directory.FullName, "model.lp")).ShouldContain("R1_Wood:");
            directory.GetFiles().Select(f => f.Name).Order().ShouldBe(["model.lp", "model.mps"]);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
