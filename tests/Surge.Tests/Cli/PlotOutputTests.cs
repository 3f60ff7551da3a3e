using Surge.Cli.Commands;
using Surge.Reports;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Tests.Cli;

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
