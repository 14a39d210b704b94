using System.Text;
using TokenFlex.Reporting.Html;

namespace TokenFlex.Reporting.Tests;

public sealed class HtmlReportTests
{
    private static readonly Lazy<IReadOnlyList<OutputFile>> MicroReport = new(() => ReportFiles.Create(new ReportContent
    {
        Scenario = Plans.MicroInteractive(1.5, 1.5) with { Name = "<micro & \"co\">" },
        Results = [Plans.Solve(Plans.MicroInteractive(1.5, 1.5), "B0"), Plans.Micro],
        Sweeps = [Sweeps.Carbon()],
        GeneratedAtUtc = Plans.Start,
    }));

    private static string Html => Encoding.UTF8.GetString(MicroReport.Value.Single(f => f.Name == ReportFiles.ReportName).Bytes);

    [Fact]
    public void Create_MicroPlans_HasAFigureWithInlineSvgForEveryPlot()
    {
        // Act
        var html = Html;

        // Assert: the micro case has one campus, no DR, and one sweep.
        string[] ids = ["plot-waterfall", "plot-power-c1", "plot-precision", "plot-sweep-carbon-price"];
        foreach (var id in ids)
        {
            var start = html.IndexOf($"<figure class=\"plot\" id=\"{id}\">", StringComparison.Ordinal);
            start.ShouldBeGreaterThan(0, id);
            html.IndexOf("<svg", start, StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("</figure>", start, StringComparison.Ordinal));
        }

        html.ShouldNotContain("plot-dr-");
        html.ShouldContain("id=\"table-costs\"");
        html.ShouldContain("id=\"table-sweep-carbon-price\"");
    }

    [Fact]
    public void Create_ScenarioNameWithMarkup_EscapesItAndLoadsNothing()
    {
        // Act
        var html = Html;

        // Assert
        html.ShouldContain("<title>TokenFlex report: &lt;micro &amp; &quot;co&quot;&gt;</title>");
        html.ShouldNotContain("<micro");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain(" src=", Case.Insensitive);
        html.Replace("http://www.w3.org/", "", StringComparison.Ordinal).ShouldNotContain("http");
        html.ShouldNotContain("<?xml");
    }

    [Fact]
    public void Create_MicroPlans_ExportsEachPlotAsSvgAndPng()
    {
        // Act
        var files = MicroReport.Value.ToDictionary(f => f.Name, f => f.Bytes);

        // Assert
        foreach (var stem in new[] { "waterfall", "power-c1", "precision", "sweep-carbon-price" })
        {
            Encoding.UTF8.GetString(files[$"plots/{stem}.svg"]).ShouldStartWith("<?xml");
            files[$"plots/{stem}.png"].Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        }

        files.Count.ShouldBe(1 + 2 * 4);
    }

    [Fact]
    public void Create_SweepsOnly_ShowsSweepSectionWithoutPlanPlots()
    {
        // Arrange
        var content = new ReportContent
        {
            Scenario = Plans.MicroInteractive(1.5),
            Sweeps = [Sweeps.Carbon()],
            GeneratedAtUtc = Plans.Start,
        };

        // Act
        var files = ReportFiles.Create(content);

        // Assert
        var html = Encoding.UTF8.GetString(files[0].Bytes);
        html.ShouldContain("id=\"plot-sweep-carbon-price\"");
        html.ShouldNotContain("id=\"plot-waterfall\"");
        html.ShouldNotContain("id=\"comparison\"");
        files.Select(f => f.Name).ShouldBe(["report.html", "plots/sweep-carbon-price.svg", "plots/sweep-carbon-price.png"]);
    }

    [Fact]
    public void Prepare_SvgWithClipPath_PrefixesIdsAndReferencesAndAddsViewBox()
    {
        // Arrange
        const string svg = "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" "
                           + "height=\"400\"><clipPath id=\"cl_1\"><rect/></clipPath><g clip-path=\"url(#cl_1)\"/>"
                           + "<use xlink:href=\"#cl_1\"/></svg>";

        // Act
        var inline = InlineSvg.Prepare(svg, "plot-a", "A & B");

        // Assert
        inline.ShouldStartWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"400\" role=\"img\" "
                               + "aria-label=\"A &amp; B\" class=\"plot-svg\" viewBox=\"0 0 800 400\"");
        inline.ShouldContain("id=\"plot-a-cl_1\"");
        inline.ShouldContain("url(#plot-a-cl_1)");
        inline.ShouldContain("xlink:href=\"#plot-a-cl_1\"");
        inline.ShouldNotContain("\"cl_1\"");
    }

    [Fact]
    public void Escape_AllMarkupCharacters_AreEntities()
    {
        // Act / Assert
        HtmlText.Escape("<a href='x'>\"T&C\"</a>").ShouldBe("&lt;a href=&#39;x&#39;&gt;&quot;T&amp;C&quot;&lt;/a&gt;");
    }
}
