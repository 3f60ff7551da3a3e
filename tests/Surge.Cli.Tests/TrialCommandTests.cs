using System.Text.Json;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

/// <summary><c>surge trial</c> and <c>surge trial merge</c> on the command line.</summary>
public sealed class TrialCommandTests
{
    private const string SmallTrial = """
        cohort: {n: 4, athlete: {sex: male, age: 24, training_status: untrained}}
        seed: 3
        arms:
          one_set: {program: {weeks: 3, week: {mon: {exercises: [{exercise: leg extension, sets: 1, reps: 10, load: 10RM, rest: 2 min}]}}}}
          three_sets: {program: {weeks: 3, week: {mon: {exercises: [{exercise: leg extension, sets: 3, reps: 10, load: 10RM, rest: 2 min}]}}}}
        outcomes:
          - {measure: muscle_size, group: quadriceps}
        """;

    [Fact]
    public void Trial_Example_PrintsArmsAndContrastsTables()
    {
        var run = CliRunner.Run("trial", CliRunner.Example("trial-sets.yaml"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("three_sets − one_set", run.Out);
        Assert.Contains("difference [95 % CI]", run.Out);
        Assert.Contains("(11)", run.Out);
    }

    [Fact]
    public void Trial_Json_IsOneObjectWithTheContractFields()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("t.yaml"), SmallTrial);
        var run = CliRunner.Run("trial", folder.File("t.yaml"), "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("parallel", json.RootElement.GetProperty("design").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("n").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("seed").GetInt32());
        var summary = json.RootElement.GetProperty("arms").GetProperty("one_set").GetProperty("outcomes").GetProperty("muscle_size:quadriceps");
        Assert.Equal(4, summary.GetProperty("n").GetInt32());
        var contrast = json.RootElement.GetProperty("contrasts")[0];
        Assert.Equal("three_sets", contrast.GetProperty("a").GetString());
        Assert.Equal("one_set", contrast.GetProperty("b").GetString());
        foreach (var field in new[] { "difference", "ci_low", "ci_high", "p", "hedges_g" })
        {
            Assert.Equal(JsonValueKind.Number, contrast.GetProperty(field).ValueKind);
        }
    }

    [Fact]
    public void TrialShardsThenMerge_GivesTheOneRunBytes()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("t.yaml"), SmallTrial);
        var whole = CliRunner.Run("trial", folder.File("t.yaml"), "--json");
        for (var k = 1; k <= 3; k++)
        {
            var part = CliRunner.Run("trial", folder.File("t.yaml"), "--json", "--shard", $"{k}/3");
            Assert.Equal(0, part.ExitCode);
            File.WriteAllText(folder.File($"p{k}.json"), part.Out);
        }
        var merged = CliRunner.Run("trial", "merge", folder.File("p3.json"), folder.File("p1.json"), folder.File("p2.json"), "--json");
        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(whole.Out, merged.Out);
    }

    [Fact]
    public void Trial_BadFile_ExitsTwoWithFileLineAndField()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("t.yaml"), SmallTrial.Replace("n: 4", "n: 0"));
        var run = CliRunner.Run("trial", folder.File("t.yaml"), "--json");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("t.yaml:1:", run.Error);
        Assert.Contains("cohort.n", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("x")]
    public void Trial_BadShard_ExitsTwo(string shard)
    {
        var run = CliRunner.Run("trial", CliRunner.Example("trial-sets.yaml"), "--shard", shard);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--shard", run.Error);
    }

    [Fact]
    public void Trial_CsvOverTheTrialFile_IsRefusedBeforeAnythingIsWritten()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("t.yaml"), SmallTrial);
        var run = CliRunner.Run("trial", folder.File("t.yaml"), "--csv", folder.File("t.yaml"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("input file", run.Error);
        Assert.Equal(SmallTrial, File.ReadAllText(folder.File("t.yaml")));
    }

    [Fact]
    public void Trial_Csv_WritesOneRowPerSubjectArmAndOutcome()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("t.yaml"), SmallTrial);
        var run = CliRunner.Run("trial", folder.File("t.yaml"), "--json", "--csv", folder.File("s.csv"));
        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(folder.File("s.csv"));
        Assert.Equal("subject,arm,outcome,value", lines[0]);
        Assert.Equal(1 + 8, lines.Length);
    }

    [Fact]
    public void Merge_NotAPart_ExitsTwo()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("x.json"), "{\"a\": 1}");
        var run = CliRunner.Run("trial", "merge", folder.File("x.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("x.json", run.Error);
    }
}

/// <summary><c>surge trial FILE --power P</c>.</summary>
public sealed class TrialPowerCommandTests
{
    [Fact]
    public void Power_Json_GivesNPerContrast()
    {
        var run = CliRunner.Run("trial", CliRunner.Example("trial-sets.yaml"), "--power", "0.8", "--replicates", "10", "--max-n", "24", "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        var results = json.RootElement.GetProperty("power").GetProperty("results");
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal("muscle_size:quadriceps", results[0].GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("--power", "1.5")]
    [InlineData("--replicates", "1")]
    public void Power_BadOption_ExitsTwo(string option, string value)
    {
        var args = option == "--power"
            ? new[] { "trial", CliRunner.Example("trial-sets.yaml"), "--power", value }
            : ["trial", CliRunner.Example("trial-sets.yaml"), "--power", "0.8", option, value];
        var run = CliRunner.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error);
    }
}

/// <summary><c>surge trial FILE --plot OUT</c> and <c>surge trial merge … --plot OUT</c>.</summary>
public sealed class TrialPlotCommandTests
{
    [Theory]
    [InlineData("trial-hormones.yaml", "t.png")]
    [InlineData("trial-sets.yaml", "t.svg")]
    public void Plot_WritesImage(string example, string name)
    {
        using var folder = new TemporaryFolder();
        var run = CliRunner.Run("trial", CliRunner.Example(example), "--json", "--plot", folder.File(name));
        Assert.Equal(0, run.ExitCode);
        var bytes = File.ReadAllBytes(folder.File(name));
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        else
        {
            Assert.Contains("<svg", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
        using var _ = System.Text.Json.JsonDocument.Parse(run.Out);
    }

    [Fact]
    public void Plot_Svg_HasAHistogramPanelPerOutcome()
    {
        using var folder = new TemporaryFolder();
        var run = CliRunner.Run("trial", CliRunner.Example("trial-sets.yaml"), "--plot", folder.File("t.svg"));
        Assert.Equal(0, run.ExitCode);
        var svg = File.ReadAllText(folder.File("t.svg"));
        var outcomes = System.Text.RegularExpressions.Regex.Count(svg, "subjects per bin");
        Assert.True(outcomes >= 2, $"{outcomes} histogram panels");
    }

    [Fact]
    public void Histograms_CommonBins_CountEverySubjectOfEachArm()
    {
        double[] a = [1.0, 2.0, 2.5, 3.0, 9.0, 4.0, 4.5, 5.0, 5.5, 6.0, 7.0, 8.0];
        double[] b = [10.0, 11.0, 12.0, 12.5, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0];

        var (edges, width, counts) = Surge.Reports.TrialPlot.Histograms([a, b]);

        Assert.Equal(Surge.Reports.TrialPlot.BinCount(12), edges.Length);
        Assert.Equal(1.0, edges[0], 12);
        Assert.Equal(20.0, edges[^1] + width, 9);
        Assert.Equal(a.Length, counts[0].Sum());
        Assert.Equal(b.Length, counts[1].Sum());
        Assert.True(counts[0][0] > 0 && counts[0][^1] == 0 && counts[1][0] == 0 && counts[1][^1] > 0, "arm a low, arm b high");
    }

    [Fact]
    public void Histograms_AllValuesEqual_OneBinHoldingEveryone()
    {
        var (edges, width, counts) = Surge.Reports.TrialPlot.Histograms([new[] { 3.0, 3.0, 3.0 }]);

        Assert.Single(edges);
        Assert.Equal(1.0, width, 12);
        Assert.Equal(3, counts[0][0]);
    }

    [Fact]
    public void Plot_WithShard_ExitsTwoBeforeRunning()
    {
        using var folder = new TemporaryFolder();
        var run = CliRunner.Run("trial", CliRunner.Example("trial-sets.yaml"), "--shard", "1/2", "--plot", folder.File("t.png"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--plot", run.Error);
        Assert.False(File.Exists(folder.File("t.png")));
    }

    [Fact]
    public void Plot_UnknownExtension_ExitsTwo()
    {
        using var folder = new TemporaryFolder();
        var run = CliRunner.Run("trial", CliRunner.Example("trial-sets.yaml"), "--plot", folder.File("t.gif"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown image type", run.Error);
    }
}
