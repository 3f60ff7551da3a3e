using Surge.Tests.Support;

namespace Surge.Cli.Tests;

/// <summary>Outputs never overwrite an input (same file by identity), inputs are regular files, and write failures are one line.</summary>
public sealed class OutputSafetyTests
{
    private static readonly TimeSpan _hangLimit = TimeSpan.FromSeconds(30);

    private static void AssertBadInput(CliRun run, string expected)
    {
        Assert.Equal(2, run.ExitCode);
        var message = run.Error.Trim();
        Assert.Single(message.Split('\n'));
        Assert.Contains(expected, message);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("", run.Out);
    }

    /// <summary>Runs <paramref name="args"/>, which name <paramref name="input"/> as an output too: refused, the input unchanged.</summary>
    private static void AssertRefusedLeavingIntact(string input, params string[] args)
    {
        var before = File.ReadAllBytes(input);

        AssertBadInput(CliRunner.Run(args), "is an input file");
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    /// <summary>Runs the command line on a worker, failing instead of hanging (a FIFO read blocks without a writer).</summary>
    private static CliRun RunWithin(params string[] args)
    {
        var task = Task.Run(() => CliRunner.Run(args));
        Assert.True(task.Wait(_hangLimit), $"surge {string.Join(' ', args)} did not finish within {_hangLimit.TotalSeconds} s");
        return task.Result;
    }

    [Theory]
    [InlineData("--csv", "same")]
    [InlineData("--csv", "dot")]
    [InlineData("--plot", "same")]
    public void Simulate_OutputIsTheInput_ExitsTwoAndLeavesTheInputByteIdentical(string option, string spelling)
    {
        using var folder = new TemporaryFolder();
        var input = folder.File("s.yaml");
        File.Copy(CliRunner.Example("leg-day.yaml"), input);
        var before = File.ReadAllBytes(input);
        var output = spelling == "dot" ? Path.Combine(folder.Path, ".", "s.yaml") : input;
        if (option == "--plot")
        {
            // A plot needs an image extension: a symbolic link with one, pointing at the input.
            output = folder.File("s.svg");
            File.CreateSymbolicLink(output, input);
        }

        var run = CliRunner.Run("simulate", input, option, output);

        AssertBadInput(run, "is an input file");
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [LinuxFact]
    public void Simulate_CsvOntoAHardLinkOfTheInput_ExitsTwoAndLeavesTheInputByteIdentical()
    {
        using var folder = new TemporaryFolder();
        var input = folder.File("s.yaml");
        File.Copy(CliRunner.Example("leg-day.yaml"), input);
        var link = SpecialFiles.HardLink(input, folder.File("out.csv"));

        AssertRefusedLeavingIntact(input, "simulate", input, "--csv", link);
    }

    [Fact]
    public void Train_CsvOntoTheInput_ExitsTwoAndLeavesTheInputByteIdentical()
    {
        using var folder = new TemporaryFolder();
        var input = folder.File("p.yaml");
        File.Copy(CliRunner.Example("program-west-arms-only.yaml"), input);
        AssertRefusedLeavingIntact(input, "train", input, "--csv", input);
    }

    [Fact]
    public void Compare_PlotOntoTheSecondInput_ExitsTwoAndLeavesItByteIdentical()
    {
        using var folder = new TemporaryFolder();
        var first = folder.File("a.yaml");
        var second = folder.File("b.svg");
        File.Copy(CliRunner.Example("leg-day.yaml"), first);
        File.Copy(CliRunner.Example("arm-day.yaml"), second);
        AssertRefusedLeavingIntact(second, "compare", first, second, "--plot", second);
    }

    [Fact]
    public void Validate_ReportOntoACaseFile_ExitsTwoAndLeavesItByteIdentical()
    {
        using var folder = new TemporaryFolder();
        var cases = Directory.CreateDirectory(folder.File("cases")).FullName;
        var source = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, Surge.Cli.Commands.ValidateCommand.ShippedCasesFolder), "*.yaml")[0];
        var caseFile = Path.Combine(cases, Path.GetFileName(source));
        File.Copy(source, caseFile);
        AssertRefusedLeavingIntact(caseFile, "validate", "--cases", cases, "--markdown", caseFile);
    }

    [Fact]
    public void History_PlotOntoTheDatabase_ExitsTwoAndLeavesItByteIdentical()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("log.png");
        Assert.Equal(0, CliRunner.Run("import", HistoryCliFiles.Hevy(folder), "--format", "hevy", "--db", db, "--json").ExitCode);
        AssertRefusedLeavingIntact(db, "history", "--db", db, "--plot", db);
    }

    [Fact]
    public void Import_DatabaseIsTheLog_ExitsTwoAndLeavesTheLogByteIdentical()
    {
        using var folder = new TemporaryFolder();
        var log = folder.File("empty.csv");
        File.WriteAllText(log, "");

        var run = CliRunner.Run("import", log, "--format", "hevy", "--db", log);

        AssertBadInput(run, "is an input file");
        Assert.Equal(0, new FileInfo(log).Length);
    }

    [LinuxFact]
    public void Simulate_DevZero_ExitsTwoNamingADevice()
    {
        var run = RunWithin("simulate", "/dev/zero");

        AssertBadInput(run, "/dev/zero: is a character device");
    }

    [LinuxFact]
    public void Import_DevZero_ExitsTwoNamingADevice()
    {
        using var folder = new TemporaryFolder();
        var run = RunWithin("import", "/dev/zero", "--format", "strong", "--unit", "kg", "--db", folder.File("s.db"));

        AssertBadInput(run, "is a character device");
    }

    [LinuxFact]
    public void Readers_Fifo_ExitTwoWithoutWaitingForAWriter()
    {
        using var folder = new TemporaryFolder();
        var fifo = SpecialFiles.Fifo(folder.File("pipe.yaml"));
        var cases = Directory.CreateDirectory(folder.File("cases")).FullName;
        SpecialFiles.Fifo(Path.Combine(cases, "study.yaml"));
        var session = folder.File("s.yaml");
        File.Copy(CliRunner.Example("leg-day.yaml"), session);

        AssertBadInput(RunWithin("simulate", fifo), "is a FIFO");
        AssertBadInput(RunWithin("train", fifo), "is a FIFO");
        AssertBadInput(RunWithin("compare", session, fifo), "is a FIFO");
        AssertBadInput(RunWithin("import", fifo, "--format", "hevy", "--dry-run", "--db", folder.File("s.db")), "is a FIFO");
        AssertBadInput(RunWithin("import", HistoryCliFiles.Hevy(folder), "--format", "hevy", "--dry-run", "--db", folder.File("s.db"), "--map", fifo), "is a FIFO");
        AssertBadInput(RunWithin("validate", "--cases", cases), "is a FIFO");
    }
}
