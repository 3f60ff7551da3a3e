using Surge.Tests.Support;

namespace Surge.Cli.Tests;

public sealed class ErrorHandlingTests
{
    [Fact]
    public void Simulate_MissingFile_ExitsTwoNamingTheFile()
    {
        var run = CliRunner.Run("simulate", "no-such-session.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("no-such-session.yaml", run.Error);
        Assert.Equal("", run.Out);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Simulate_BadReps_ExitsTwoWithFileLineColumnAndField()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("bad.yaml");
        File.WriteAllText(file, "start: 2026-11-20T17:30\nexercises:\n  - exercise: back squat\n    reps: -3\n    sets: 3\n    load: 10RM\n");

        var run = CliRunner.Run("simulate", file);

        Assert.Equal(2, run.ExitCode);
        var message = run.Error.Trim();
        Assert.Single(message.Split('\n'));
        Assert.StartsWith(file + ":4:", message);
        Assert.Contains("exercises[0].reps", message);
        Assert.Contains("-3", message);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Simulate_UnknownOption_ExitsTwo()
    {
        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--bogus", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Simulate_MissingArgument_ExitsTwo()
    {
        var run = CliRunner.Run("simulate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("FILE", run.Error);
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwo() => Assert.Equal(2, CliRunner.Run("simulat").ExitCode);

    [Fact]
    public void Run_NoCommand_ExitsTwo() => Assert.Equal(2, CliRunner.Run().ExitCode);

    [Fact]
    public void Run_Help_ExitsZeroListingCommands()
    {
        var run = CliRunner.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("simulate", run.Out);
        Assert.Contains("compare", run.Out);
        Assert.Contains("exercises", run.Out);
    }

    [Theory]
    [InlineData("curves.jpg")]
    [InlineData("curves")]
    public void Simulate_UnknownPlotExtension_ExitsTwoNamingAcceptedOnes(string name)
    {
        using var folder = new TemporaryFolder();

        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--plot", folder.File(name));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".png", run.Error);
        Assert.Contains(".svg", run.Error);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Simulate_OutputFolderMissing_ExitsTwoWithClearMessage()
    {
        using var folder = new TemporaryFolder();
        var csv = Path.Combine(folder.Path, "missing", "series.csv");

        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--csv", csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--csv", run.Error);
        Assert.Contains("cannot write", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Simulate_OutputUnderAFile_ExitsTwo()
    {
        using var folder = new TemporaryFolder();
        var blocker = folder.File("not-a-folder");
        File.WriteAllText(blocker, "x");

        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--plot", Path.Combine(blocker, "plot.png"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write", run.Error);
    }

    [Fact]
    public void Simulate_OutputIsAFolder_ExitsTwo()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("taken.csv"));

        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--csv", folder.File("taken.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("folder", run.Error);
    }

    [Fact]
    public void Simulate_BadPlotWithCsv_WritesNothing()
    {
        using var folder = new TemporaryFolder();

        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--csv", folder.File("series.csv"), "--plot", folder.File("curves.gif"));

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Compare_OneFileMissing_WritesNothing()
    {
        using var folder = new TemporaryFolder();

        var run = CliRunner.Run("compare", CliRunner.Example("leg-day.yaml"), "missing.yaml", "--plot", folder.File("both.png"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("missing.yaml", run.Error);
        Assert.Equal("", run.Out);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Compare_OneFile_ExitsTwo() => Assert.Equal(2, CliRunner.Run("compare", CliRunner.Example("leg-day.yaml")).ExitCode);
}
