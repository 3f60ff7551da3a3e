using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Surge.Cli.Commands;
using Surge.Cli.Terminal;
using Surge.Reports;
using Surge.Simulation;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Cli.Tests;

public sealed class PlotOutputTests
{
    [Theory]
    [InlineData("shaded.png")]
    [InlineData("shaded.svg")]
    public void Write_SessionWithSetsAndCurves_WritesImage(string name)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File(name);
        SimulatedSession[] sessions = [new("a.yaml", Synthetic(1.0), []), new("b.yaml", Synthetic(1.5), [])];

        PlotOutput.Write(path, "--plot", sessions);

        Assert.True(new FileInfo(path).Length > 1000);
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Render_SvgOfTwoSessions_CurvesInOkabeItoOrder()
    {
        SimulatedSession[] sessions = [new("a.yaml", Synthetic(1.0), []), new("b.yaml", Synthetic(1.5), [])];

        var svg = Encoding.UTF8.GetString(PlotOutput.Render(sessions, svg: true));

        // The session curves are the lines 2 px wide; each measure's panel draws session a's, then session b's.
        var curves = Regex.Matches(svg, "<path [^>]*stroke=\"(#[0-9A-Fa-f]{6})\"[^>]*stroke-width=\"2\"")
            .Select(m => m.Groups[1].Value.ToUpperInvariant())
            .Distinct()
            .ToArray();
        Assert.Equal(["#0072B2", "#8A5230"], curves);
    }

    [Fact]
    public void Render_Svg_EveryColourIsOkabeItoOrNeutral()
    {
        SimulatedSession[] sessions = [.. Enumerable.Range(0, 3).Select(k => new SimulatedSession($"{k}.yaml", Synthetic(1.0 + k), []))];

        var svg = Encoding.UTF8.GetString(PlotOutput.Render(sessions, svg: true));

        string[] neutral = ["#000000", "#010101", "#FFFFFF", "#7F7F7F"];
        var colours = Regex.Matches(svg, "(?:stroke|fill)=\"(#[0-9A-Fa-f]{6})\"").Select(m => m.Groups[1].Value.ToUpperInvariant()).Distinct().ToArray();
        Assert.Contains("#009E73", colours);
        Assert.All(colours, c => Assert.True(SeriesColours.OkabeIto.Contains(c) || neutral.Contains(c), $"{c} is neither an Okabe–Ito colour nor a neutral one"));
    }

    [Fact]
    public void Render_Svg_GrowthHormoneAxis_SaysMicrogramsPerLitre()
    {
        SimulatedSession[] sessions = [new("a.yaml", Synthetic(1.0), [])];

        var svg = Encoding.UTF8.GetString(PlotOutput.Render(sessions, svg: true));

        Assert.Contains("GH (µg/L)", svg);
        Assert.DoesNotContain("ug/L", svg);
    }

    [Fact]
    public void SeriesColours_Palette_SameAsTheWebCharts()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Surge.slnx")))
        {
            root = root.Parent;
        }
        Assert.True(root is not null, "the repository root (Surge.slnx) was not found above the tests");
        var palette = File.ReadAllText(Path.Combine(root!.FullName, "src", "Surge.Web", "client", "src", "palette.js"));

        var declared = Regex.Match(palette, @"export const OKABE_ITO = \[([^\]]*)\]");
        Assert.True(declared.Success, "palette.js declares no OKABE_ITO array");
        var web = Regex.Matches(declared.Groups[1].Value, "#[0-9A-Fa-f]{6}").Select(m => m.Value.ToUpperInvariant()).ToArray();
        Assert.Equal(SeriesColours.OkabeIto, web);
    }

    [Fact]
    public void SeriesColours_Palette_EveryColourReachesThreeToOneOnTheWhiteFigures()
    {
        // WCAG 2.x relative luminance and contrast (1.4.11: lines and marks need 3:1); the figures' background is white.
        static double Luminance(string hex)
        {
            double Channel(int at)
            {
                var c = Convert.ToInt32(hex.Substring(at, 2), 16) / 255.0;
                return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        }
        var low = SeriesColours.Palette
            .Select(c => (Colour: c, Ratio: (1.0 + 0.05) / (Luminance(c) + 0.05)))
            .Where(x => x.Ratio < 3)
            .Select(x => $"{x.Colour}: {x.Ratio.ToString("F2", CultureInfo.InvariantCulture)}:1")
            .ToArray();
        Assert.Empty(low);
        Assert.Equal(1.0, Luminance("#FFFFFF"), 6);
        Assert.Equal(4.54, Math.Round(1.05 / (Luminance("#767676") + 0.05), 2));
    }

    [Theory]
    [InlineData(0, "#0072B2", "Solid")]
    [InlineData(6, "#000000", "Solid")]
    [InlineData(7, "#7F7F7F", "Solid")]
    [InlineData(8, "#0072B2", "Dotted")]
    [InlineData(12, "#D55E00", "Dotted")]
    [InlineData(16, "#0072B2", "Dashed")]
    [InlineData(24, "#0072B2", "Solid")]
    public void SeriesColours_Index_ColourThenPatternAsTheWebCharts(int index, string hex, string pattern)
    {
        Assert.Equal(hex, SeriesColours.Colour(index).ToHex().ToUpperInvariant());
        var expected = pattern switch { "Solid" => ScottPlot.LinePattern.Solid, "Dotted" => ScottPlot.LinePattern.Dotted, _ => ScottPlot.LinePattern.Dashed };
        Assert.Equal(expected, SeriesColours.Pattern(index));
    }

    [Fact]
    public void SessionLine_Summary_CarriesUnits()
    {
        var line = ConsoleTables.SessionLine(new SessionSummary(new DateTime(2026, 11, 20, 17, 30, 0), 52.5, 16, 14.2, 9120, 180));

        Assert.Equal("16 sets · duration 52.5 min · active muscle mass 14.2 kg · volume load 9120 kg · start 2026-11-20 17:30", line);
    }

    private static SimulationResult Synthetic(double scale)
    {
        const int points = 121;
        var measures = Measures.All.Select(m =>
        {
            var baseline = Enumerable.Range(0, points).Select(i => 10.0 - 0.01 * i).ToArray();
            var values = baseline.Select((b, i) => b + scale * 5 * Math.Exp(-Math.Pow((i - 30) / 12.0, 2))).ToArray();
            return new MeasureResult(m, values, baseline, values[0], values.Max(), 30, 100 * (values.Max() - values[0]) / values[0], 55);
        }).ToArray();
        SetInterval[] sets =
        [
            new(0, "back squat", 0, 0.8, Side.Both, 10, 90, 75, 1),
            new(0, "back squat", 2.3, 3.1, Side.Both, 10, 90, 75, 1),
            new(1, "leg press", 4.6, 5.5, Side.Both, 12, 150, 71, 0),
        ];
        return new SimulationResult(
            new SessionSummary(new DateTime(2026, 11, 20, 17, 30, 0), 5.5, 3, 14, 2000, 115),
            measures,
            sets,
            new Diagnostics(40, 200, 1, 1, -10, 1, 12, new double[14]),
            [],
            new double[points]);
    }
}
