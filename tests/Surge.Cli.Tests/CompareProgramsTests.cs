using System.Text.Json;
using Surge.Catalogue;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

public sealed class CompareProgramsTests
{
    [Fact]
    public void Compare_TwoPrograms_TableHasSizeStrengthAndSurgeShareRowsPerFile()
    {
        using var folder = new TemporaryFolder();
        var a = ProgramFiles.Write(folder, "four.yaml", ProgramFiles.FourWeeks);
        var b = ProgramFiles.Write(folder, "blocks.yaml", ProgramFiles.Blocks);

        var run = CliRunner.Run("compare", a, b);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Contains(lines, l => l.Contains("four.yaml") && l.Contains("blocks.yaml"));
        Assert.Contains(lines, l => l.Contains("quadriceps size") && l.Split('%').Length == 3);
        Assert.Contains(lines, l => l.Contains("dumbbell curl 1RM") && l.Contains(" %") && l.Contains('—'));
        Assert.Contains(lines, l => l.Contains("leg press 1RM") && l.Contains(" %") && l.Contains('—'));
        Assert.Contains(lines, l => l.Contains("acute surge share of growth") && l.Split('%').Length == 3);
    }

    [Fact]
    public void Compare_TwoPrograms_JsonHasOneTrainObjectPerFile()
    {
        using var folder = new TemporaryFolder();
        var a = ProgramFiles.Write(folder, "four.yaml", ProgramFiles.FourWeeks);
        var b = ProgramFiles.Write(folder, "blocks.yaml", ProgramFiles.Blocks);

        var run = CliRunner.Run("compare", a, b, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var programs = json.RootElement.GetProperty("programs").EnumerateArray().ToArray();
        Assert.Equal(2, programs.Length);
        Assert.Equal(a, programs[0].GetProperty("file").GetString());
        Assert.Equal(b, programs[1].GetProperty("file").GetString());
        Assert.Equal(4, programs[0].GetProperty("weekly").GetArrayLength());
        Assert.Equal(5, programs[1].GetProperty("weekly").GetArrayLength());
        Assert.All(programs, p =>
        {
            Assert.Equal(MuscleGroups.Count, p.GetProperty("muscles").EnumerateObject().Count());
            Assert.Equal(JsonValueKind.Number, p.GetProperty("acute_surge_share_pct").ValueKind);
        });
    }

    [Theory]
    [InlineData("both.png")]
    [InlineData("both.svg")]
    public void Compare_TwoPrograms_PlotWritesOneFigure(string name)
    {
        using var folder = new TemporaryFolder();
        var a = ProgramFiles.Write(folder, "four.yaml", ProgramFiles.FourWeeks);
        var b = ProgramFiles.Write(folder, "blocks.yaml", ProgramFiles.Blocks);
        var image = folder.File(name);

        var run = CliRunner.Run("compare", a, b, "--plot", image);

        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(image).Length > 1000);
        Assert.Equal(3, Directory.GetFiles(folder.Path).Length);
    }

    [Fact]
    public void Compare_SessionWithProgram_Exit2NamingBoth()
    {
        using var folder = new TemporaryFolder();
        var program = ProgramFiles.Write(folder, "four.yaml", ProgramFiles.FourWeeks);
        var session = CliRunner.Example("leg-day.yaml");

        var run = CliRunner.Run("compare", session, program);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot mix sessions and programs", run.Error);
        Assert.Contains("four.yaml", run.Error);
        Assert.Contains("leg-day.yaml", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Compare_ProgramWithMissingFile_Exit2NamingTheMissingFile()
    {
        using var folder = new TemporaryFolder();
        var program = ProgramFiles.Write(folder, "four.yaml", ProgramFiles.FourWeeks);
        var missing = folder.File("missing.yaml");

        var run = CliRunner.Run("compare", program, missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing.yaml", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Compare_BadProgram_Exit2WithTheInputError()
    {
        using var folder = new TemporaryFolder();
        var good = ProgramFiles.Write(folder, "four.yaml", ProgramFiles.FourWeeks);
        var bad = ProgramFiles.Write(folder, "bad.yaml", ProgramFiles.UnknownExercise);

        var run = CliRunner.Run("compare", good, bad, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.yaml", run.Error);
        Assert.Equal("", run.Out);
    }
}
