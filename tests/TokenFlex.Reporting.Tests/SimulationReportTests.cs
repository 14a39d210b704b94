using System.Text;
using TokenFlex.Reporting.Html;
using TokenFlex.Reporting.Plots;

namespace TokenFlex.Reporting.Tests;

public sealed class SimulationReportTests
{
    private static readonly Lazy<IReadOnlyList<OutputFile>> Files = new(() => SimulationOutputWriter.Staged(
        new SimulationContent { ScenarioName = "<two & days>", Days = Simulations.TwoDays(), GeneratedAtUtc = Plans.Start },
        withReport: true));

    private static string Html => Encoding.UTF8.GetString(Files.Value.Single(f => f.Name == SimulationReport.FileName).Bytes);

    [Fact]
    public void Render_TwoDays_HasEveryFigureWithInlineSvg()
    {
        // Act
        var html = Html;

        // Assert
        string[] ids = [SimulationImportPlot.FleetId, SimulationImportPlot.CampusesId, DailyCostPlot.Id];
        foreach (var id in ids)
        {
            var start = html.IndexOf($"<figure class=\"plot\" id=\"{id}\">", StringComparison.Ordinal);
            start.ShouldBeGreaterThan(0, id);
            var end = html.IndexOf("</figure>", start, StringComparison.Ordinal);
            html.IndexOf("<svg", start, StringComparison.Ordinal).ShouldBeLessThan(end, id);
        }

        html.ShouldContain("id=\"table-days\"");
        html.ShouldContain("id=\"key-figures\"");
    }

    [Fact]
    public void Render_ScenarioNameWithMarkup_EscapesItAndLoadsNothing()
    {
        // Act
        var html = Html;

        // Assert
        html.ShouldContain("<title>TokenFlex simulation: &lt;two &amp; days&gt;</title>");
        html.ShouldNotContain("<two");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain(" src=", Case.Insensitive);
        html.Replace("http://www.w3.org/", "", StringComparison.Ordinal).ShouldNotContain("http");
        html.ShouldNotContain("<?xml");
    }

    [Fact]
    public void Render_TwoDays_KeyFiguresAndTableShowPlanVersusActual()
    {
        // Act
        var html = Html;

        // Assert: plan 3,000, actual 1,100 + 1,950 = 3,050, surprise 50 USD; 2 Mtok unserved; 0.24 MWh of DR.
        html.ShouldContain("Plan total<strong>3,000 USD</strong>");
        html.ShouldContain("Actual total<strong>3,050 USD</strong>");
        html.ShouldContain("Surprise (actual − plan)<strong>50 USD</strong>");
        html.ShouldContain("Unserved tokens<strong>2.0 Mtok</strong>");
        html.ShouldContain("DR delivered<strong>0.24 MWh</strong>");
        html.ShouldContain("<tr><th scope=\"row\">total</th><td>3,000</td><td>3,050</td><td>50</td>");
    }

    [Fact]
    public void Staged_WithReport_WritesTablesPageAndEachPlotAsSvgAndPng()
    {
        // Act
        var files = Files.Value.ToDictionary(f => f.Name, f => f.Bytes);

        // Assert
        files.Keys.ShouldBe(
        [
            "simulation.csv", "simulation-periods.csv", "simulation.html", "plots/fleet-import.svg",
            "plots/fleet-import.png", "plots/daily-cost.svg", "plots/daily-cost.png", "plots/campus-import.svg",
            "plots/campus-import.png",
        ]);
        Encoding.UTF8.GetString(files["plots/fleet-import.svg"]).ShouldStartWith("<?xml");
        files["plots/daily-cost.png"].Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
    }

    [Fact]
    public void Write_WithoutReport_CommitsOnlyTheTablesAndTheManifest()
    {
        // Arrange
        using var directory = new TempDirectory();

        // Act
        var written = new SimulationOutputWriter(new FixedTime(Plans.Start)).Write(
            directory.Path, "hand", Simulations.TwoDays(), withReport: false);

        // Assert
        written.Select(Path.GetFileName).ShouldBe(["simulation-periods.csv", "simulation.csv", "manifest.json"]);
        RunManifest.Read(directory.Path)!.Files.Select(f => f.Name).ShouldBe(["simulation-periods.csv", "simulation.csv"]);
        directory.Snapshot().Keys.ShouldBe(
            [OutputDirectory.LockFileName, "manifest.json", "simulation-periods.csv", "simulation.csv"]);
    }
}
