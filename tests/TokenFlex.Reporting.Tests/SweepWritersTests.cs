using System.Text.Json;

namespace TokenFlex.Reporting.Tests;

public sealed class SweepWritersTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Csv_PointWithoutProposedPlan_WritesEmptyCellsAndSavings()
    {
        // Act
        var rows = Csv.Parse(SweepCsvWriter.Write([Sweeps.Carbon()]));

        // Assert: saving (100 − 60)/100 = 0.4, gross (100 − 80)/100 = 0.2; the second point has no P.
        var header = rows[0];
        rows.Count.ShouldBe(3);
        string Cell(int row, string name) => rows[row][header.IndexOf(name)];
        Cell(1, "sweep").ShouldBe("carbon-price");
        Cell(1, "savingVsB0").ShouldBe("0.4");
        Cell(1, "grossSavingVsB0").ShouldBe("0.2");
        Cell(2, "pTotalCostUsd").ShouldBe("");
        Cell(2, "savingVsB0").ShouldBe("");
        Cell(2, "pStatus").ShouldBe("NoSolution");
    }

    [Fact]
    public void Json_TwoPoints_WritesOneObjectPerPointWithNulls()
    {
        // Act
        var bytes = SweepJsonWriter.ToUtf8Bytes("micro", [Sweeps.Carbon()], Plans.Start);

        // Assert
        using var json = JsonDocument.Parse(bytes);
        var sweep = json.RootElement.GetProperty("sweeps")[0];
        sweep.GetProperty("description").GetString().ShouldBe("carbon price set, \"quoted\"");
        var points = sweep.GetProperty("points");
        points[0].GetProperty("savingVsB0").GetDouble().ShouldBe(0.4, 1e-12);
        points[0].GetProperty("p").GetProperty("grossCostUsd").GetDouble().ShouldBe(80);
        points[1].GetProperty("p").GetProperty("status").GetString().ShouldBe("noSolution");
        points[1].GetProperty("p").GetProperty("totalCostUsd").ValueKind.ShouldBe(JsonValueKind.Null);
        points[1].GetProperty("savingVsB0").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Write_WithExtraFile_CommitsSweepFilesAndExtraInOneManifest()
    {
        // Act
        new SweepOutputWriter(new FixedTime(Plans.Start)).Write(
            _dir.Path, "micro", [Sweeps.Carbon()], _ => [OutputFile.Text("report.html", "<!DOCTYPE html>")]);

        // Assert
        RunManifest.Read(_dir.Path)!.Files.Select(f => f.Name).ShouldBe(["report.html", "sweeps.csv", "sweeps.json"]);
    }

    [Fact]
    public void RunWrite_ExtraFileInAStrategyFolder_ThrowsAndLeavesNothing()
    {
        // Act
        var error = Should.Throw<ArgumentException>(() => new RunOutputWriter().Write(
            _dir.Path, "micro", [Plans.WithTotal("P", 1)], _ => [OutputFile.Text("P/report.html", "x")]));

        // Assert
        error.Message.ShouldContain("strategy 'P'");
        File.Exists(_dir.File("summary.json")).ShouldBeFalse();
    }
}
