using System.Text.Json;
using System.Text.Json.Nodes;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

/// <summary><c>surge simulate FILE --uncertainty [--draws N] [--seed S]</c>: options, table, JSON, CSV and plot.</summary>
public sealed class SimulateUncertaintyTests
{
    private static readonly string[] _measureIds = ["total_testosterone", "free_testosterone", "growth_hormone", "cortisol", "lactate"];

    private static string LegDay => CliRunner.Example("leg-day.yaml");

    [Theory]
    [InlineData("3")]
    [InlineData("x")]
    [InlineData("5001")]
    [InlineData("-20")]
    public void Simulate_DrawsOutOfRange_ExitsTwoNamingOptionRangeAndValue_WritesNothing(string draws)
    {
        using var folder = new TemporaryFolder();
        var csv = folder.File("out.csv");

        var run = CliRunner.Run("simulate", LegDay, "--uncertainty", "--draws", draws, "--csv", csv, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"--draws: expected a whole number of parameter sets from 20 to 5000, got '{draws}'", run.Error.Trim());
        Assert.Equal("", run.Out);
        Assert.False(File.Exists(csv));
    }

    [Fact]
    public void Simulate_BadSeed_ExitsTwoNamingOptionRangeAndValue()
    {
        var run = CliRunner.Run("simulate", LegDay, "--uncertainty", "--seed", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--seed: expected a whole number from 0 to 2147483647, got 'x'", run.Error.Trim());
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("--draws", "50")]
    [InlineData("--seed", "1")]
    public void Simulate_DrawsOrSeedWithoutUncertainty_ExitsTwo(string option, string value)
    {
        var run = CliRunner.Run("simulate", LegDay, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{option}: only with --uncertainty", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Simulate_UncertaintyJson_AddsTheObjectAndLeavesEveryOtherFieldAsItIs()
    {
        var plain = CliRunner.Run("simulate", LegDay, "--json");
        var run = CliRunner.Run("simulate", LegDay, "--json", "--uncertainty", "--draws", "40");
        Assert.Equal(0, run.ExitCode);

        var node = JsonNode.Parse(run.Out)!.AsObject();
        var uncertainty = node["uncertainty"]!.AsObject();
        node.Remove("uncertainty");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(plain.Out), node), "the fields of surge simulate --json changed with --uncertainty");

        Assert.Equal(40, uncertainty["draws"]!.GetValue<int>());
        Assert.Equal(0, uncertainty["seed"]!.GetValue<int>());
        Assert.Equal(0.9, uncertainty["interval"]!.GetValue<double>());
        Assert.StartsWith("laplace posterior", uncertainty["method"]!.GetValue<string>(), StringComparison.Ordinal);
        var measures = uncertainty["measures"]!.AsObject();
        Assert.Equal(_measureIds, measures.Select(m => m.Key));
        using var plainJson = JsonDocument.Parse(plain.Out);
        foreach (var id in _measureIds)
        {
            var measure = measures[id]!;
            var shipped = plainJson.RootElement.GetProperty("measures").GetProperty(id);
            Assert.Equal(shipped.GetProperty("unit").GetString(), measure["unit"]!.GetValue<string>());
            var points = shipped.GetProperty("series").GetArrayLength();
            foreach (var key in new[] { "t_min", "p05", "p50", "p95" })
            {
                Assert.Equal(points, measure[key]!.AsArray().Count);
            }
            Assert.Equal(Enumerable.Range(0, points).Select(i => (double)i), measure["t_min"]!.AsArray().Select(t => t!.GetValue<double>()));
            foreach (var key in new[] { "peak", "peak_change_pct", "peak_t" })
            {
                var band = measure[key]!;
                Assert.True(band["p05"]!.GetValue<double>() <= band["p50"]!.GetValue<double>() && band["p50"]!.GetValue<double>() <= band["p95"]!.GetValue<double>(), $"{id}.{key}");
            }
        }
    }

    [Fact]
    public void Simulate_UncertaintyJson_SameSeedSameBytes_OtherSeedOtherBytes()
    {
        var a = CliRunner.Run("simulate", LegDay, "--json", "--uncertainty", "--draws", "30", "--seed", "11");
        var b = CliRunner.Run("simulate", LegDay, "--json", "--uncertainty", "--draws", "30", "--seed", "11");
        var c = CliRunner.Run("simulate", LegDay, "--json", "--uncertainty", "--draws", "30", "--seed", "12");

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Out, b.Out);
        Assert.NotEqual(a.Out, c.Out);
    }

    [Fact]
    public void Simulate_UncertaintyTable_HasIntervalColumnsAndSaysWhatTheyAre()
    {
        var plain = CliRunner.Run("simulate", LegDay);
        var run = CliRunner.Run("simulate", LegDay, "--uncertainty", "--draws", "40", "--seed", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("90 %", plain.Out);
        Assert.Contains("peak, 90 %", run.Out);
        Assert.Matches(@"\d–\d[\d.]* nmol/L", run.Out); // the interval carries its unit
        Assert.Contains("change, 90 %", run.Out);
        Assert.Contains("90 %: the central 90 % of 40 parameter sets drawn from the calibrated parameters' posterior (seed 2)", run.Out);
        var lines = run.Out.Split('\n');
        Assert.Contains(lines, l => l.Contains("Growth hormone") && l.Contains('–') && l.Contains(" to "));
        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public void Simulate_UncertaintyCsvAndPlot_AddPercentileColumnsAndBand()
    {
        using var folder = new TemporaryFolder();
        var csv = folder.File("bands.csv");
        var svg = folder.File("bands.svg");
        var plainSvg = folder.File("plain.svg");

        var run = CliRunner.Run("simulate", LegDay, "--uncertainty", "--draws", "20", "--csv", csv, "--plot", svg);
        var plain = CliRunner.Run("simulate", LegDay, "--plot", plainSvg);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, plain.ExitCode);
        var rows = File.ReadAllLines(csv);
        Assert.Equal("t_min,measure,value,unit,p05,p50,p95", rows[0]);
        Assert.All(rows.Skip(1), r => Assert.Equal(7, r.Split(',').Length));
        Assert.Contains("90 % of the parameter draws", File.ReadAllText(svg));
        Assert.DoesNotContain("90 % of the parameter draws", File.ReadAllText(plainSvg));
    }
}
