using System.Text.Json;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

public sealed class CompareCommandTests
{
    [Fact]
    public void Compare_Default_PrintsRowPerMeasureColumnPerFileAndSessionLines()
    {
        var leg = CliRunner.Example("leg-day.yaml");
        var arm = CliRunner.Example("arm-day.yaml");

        var run = CliRunner.Run("compare", leg, arm);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Contains(lines, l => l.Contains("measure") && l.Contains("leg-day.yaml") && l.Contains("arm-day.yaml"));
        foreach (var title in new[] { "Total testosterone", "Free testosterone", "Growth hormone", "Cortisol", "Blood lactate" })
        {
            Assert.Contains(lines, l => l.Contains(title) && (l.Contains(" %") || l.Contains("× ")));
        }
        Assert.Contains(lines, l => l.Contains("peak ") && l.Contains("nmol/L"));
        Assert.Contains(lines, l => l.Contains("at ") && l.Contains(" min"));
        Assert.Contains(lines, l => l.StartsWith("leg-day.yaml: 16 sets", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("arm-day.yaml: 16 sets", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_Json_HasOneSimulateObjectPerFile()
    {
        var leg = CliRunner.Example("leg-day.yaml");
        var arm = CliRunner.Example("arm-day.yaml");

        var run = CliRunner.Run("compare", leg, arm, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var sessions = json.RootElement.GetProperty("sessions").EnumerateArray().ToArray();
        Assert.Equal(2, sessions.Length);
        Assert.Equal(leg, sessions[0].GetProperty("file").GetString());
        Assert.Equal(arm, sessions[1].GetProperty("file").GetString());
        Assert.All(sessions, s =>
        {
            Assert.Equal(16, s.GetProperty("session").GetProperty("sets").GetInt32());
            Assert.Equal(5, s.GetProperty("measures").EnumerateObject().Count());
        });
    }

    [Fact]
    public void Compare_PlotSvg_WritesOneFigure()
    {
        using var folder = new TemporaryFolder();
        var svg = folder.File("both.svg");

        var run = CliRunner.Run("compare", CliRunner.Example("leg-day.yaml"), CliRunner.Example("arm-day.yaml"), CliRunner.Example("woman-leg-day.yaml"), "--plot", svg);

        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(svg);
        Assert.Contains("<svg", text);
    }
}
