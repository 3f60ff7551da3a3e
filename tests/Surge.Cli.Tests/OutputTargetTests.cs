using Surge.Tests.Support;

namespace Surge.Cli.Tests;

/// <summary>
/// Every command-line output (<c>--csv</c>, <c>--plot</c>, <c>--report</c>, <c>--markdown</c>) goes through one helper
/// (<c>OutputFile</c>): it refuses a symbolic link, a FIFO, a device, a folder or an input as the target with exit 2 and
/// one line naming the path, and writes atomically (nothing half-written, no temporary file left).
/// </summary>
public sealed class OutputTargetTests
{
    private static readonly TimeSpan _hangLimit = TimeSpan.FromSeconds(30);

    /// <summary>Every output option of every command, as (name, extension, command line with the output path).</summary>
    private static readonly string[] _outputs =
    [
        "simulate --csv", "simulate --plot", "compare --plot", "compare-programs --plot", "train --csv", "train --plot",
        "trial --csv", "trial --plot", "trial-merge --plot", "history --plot", "validate --report", "validate --markdown",
    ];

    public static TheoryData<string> Outputs() => new(_outputs);

    private static string Extension(string output) => output switch
    {
        _ when output.EndsWith("--plot", StringComparison.Ordinal) => ".svg",
        "validate --report" => ".html",
        "validate --markdown" => ".md",
        _ => ".csv",
    };

    private static string[] CommandLine(string output, string path, TemporaryFolder folder)
    {
        var option = output[(output.IndexOf(' ') + 1)..];
        string[] start = output[..output.IndexOf(' ')] switch
        {
            "simulate" => ["simulate", CliRunner.Example("leg-day.yaml")],
            "compare" => ["compare", CliRunner.Example("leg-day.yaml"), CliRunner.Example("arm-day.yaml")],
            "compare-programs" => ["compare", CliRunner.Example("program-low-protein.yaml"), CliRunner.Example("program-adequate-protein.yaml")],
            "train" => ["train", CliRunner.Example("program-west-arms-only.yaml")],
            "trial" => ["trial", CliRunner.Example("trial-sets.yaml")],
            "trial-merge" => ["trial", "merge", folder.File("part1.json")],
            "history" => ["history", "--db", folder.File("none.db")],
            "validate" => ["validate", "--cases", Path.Combine(AppContext.BaseDirectory, Surge.Cli.Commands.ValidateCommand.ShippedCasesFolder)],
            var other => throw new ArgumentException(other),
        };
        return [.. start, option, path];
    }

    private static CliRun RunWithin(string[] args)
    {
        var task = Task.Run(() => CliRunner.Run(args));
        Assert.True(task.Wait(_hangLimit), $"surge {string.Join(' ', args)} did not finish within {_hangLimit.TotalSeconds} s");
        return task.Result;
    }

    private static void AssertRefused(CliRun run, string path, string expected)
    {
        Assert.Equal(2, run.ExitCode);
        var message = run.Error.Trim();
        Assert.Single(message.Split('\n'));
        Assert.Contains($"'{path}'", message);
        Assert.Contains(expected, message);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("", run.Out);
    }

    private static void AssertNoTemporaryFiles(string folder) =>
        Assert.Empty(Directory.GetFiles(folder, ".*.tmp*"));

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Output_IsASymbolicLink_ExitsTwo_LinkAndTargetUnchanged(string output)
    {
        using var folder = new TemporaryFolder();
        var target = folder.File("target" + Extension(output));
        File.WriteAllText(target, "keep me");
        var link = folder.File("link" + Extension(output));
        File.CreateSymbolicLink(link, target);

        var run = RunWithin(CommandLine(output, link, folder));

        AssertRefused(run, link, "is a symbolic link");
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal("keep me", File.ReadAllText(target));
        AssertNoTemporaryFiles(folder.Path);
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Output_IsADanglingSymbolicLink_ExitsTwo_NothingCreated(string output)
    {
        using var folder = new TemporaryFolder();
        var target = folder.File("elsewhere" + Extension(output));
        var link = folder.File("link" + Extension(output));
        File.CreateSymbolicLink(link, target);

        AssertRefused(RunWithin(CommandLine(output, link, folder)), link, "is a symbolic link");
        Assert.False(File.Exists(target));
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Output_IsAFolder_ExitsTwo(string output)
    {
        using var folder = new TemporaryFolder();
        var directory = Directory.CreateDirectory(folder.File("out" + Extension(output))).FullName;

        AssertRefused(RunWithin(CommandLine(output, directory, folder)), directory, "it is a folder");
        Assert.True(Directory.Exists(directory));
    }

    [LinuxFact]
    public void Output_IsAFifo_ExitsTwoWithoutWaitingForAReader()
    {
        foreach (var output in _outputs)
        {
            using var folder = new TemporaryFolder();
            var fifo = SpecialFiles.Fifo(folder.File("pipe" + Extension(output)));

            AssertRefused(RunWithin(CommandLine(output, fifo, folder)), fifo, "is a FIFO");
            Assert.Equal(Surge.App.FileKind.Fifo, Surge.App.FileIdentity.KindOf(fifo));
        }
    }

    [LinuxFact]
    public void Output_IsADevice_ExitsTwo()
    {
        foreach (var output in _outputs.Where(o => !o.EndsWith("--plot", StringComparison.Ordinal)))
        {
            using var folder = new TemporaryFolder();
            AssertRefused(RunWithin(CommandLine(output, "/dev/null", folder)), "/dev/null", "is a character device");
        }
    }

    [Fact]
    public void Output_ReplacesARegularFileWhole_KeepingItsPermissions_NoTemporaryFileLeft()
    {
        using var folder = new TemporaryFolder();
        var csv = folder.File("series.csv");
        File.WriteAllText(csv, "old");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(csv, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--csv", csv);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("t_min,", File.ReadAllText(csv));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(csv));
        }
        AssertNoTemporaryFiles(folder.Path);
    }

    /// <summary>On a full file system (a one-page tmpfs, filled by the old output): exit 2, the old file intact, no temporary file.</summary>
    [TmpfsFact]
    public void Output_OnAFullFileSystem_ExitsTwo_TheOldFileIntact_NoTemporaryFileLeft()
    {
        foreach (var output in new[] { "simulate --csv", "simulate --plot", "train --csv", "validate --markdown" })
        {
            using var folder = new TemporaryFolder();
            using var full = new SmallTmpfs(folder.File("full"));
            var path = Path.Combine(full.Path, "out" + Extension(output));
            File.WriteAllText(path, "old output");

            var run = RunWithin(CommandLine(output, path, folder));

            AssertRefused(run, path, "cannot write");
            Assert.Equal("old output", File.ReadAllText(path));
            AssertNoTemporaryFiles(full.Path);
        }
    }

    [Fact]
    public void Trial_CsvAndPlotOntoTheTrialFile_ExitTwo_FileByteIdentical()
    {
        using var folder = new TemporaryFolder();
        var trial = folder.File("t.svg");
        File.Copy(CliRunner.Example("trial-sets.yaml"), trial);
        var before = File.ReadAllBytes(trial);

        AssertRefused(CliRunner.Run("trial", trial, "--csv", trial), trial, "is an input file");
        AssertRefused(CliRunner.Run("trial", trial, "--plot", trial), trial, "is an input file");
        Assert.Equal(before, File.ReadAllBytes(trial));
    }

    [Fact]
    public void TrialMerge_PlotOntoAPart_ExitsTwo_PartByteIdentical()
    {
        using var folder = new TemporaryFolder();
        var part = folder.File("part.svg");
        File.WriteAllText(part, "{}");

        AssertRefused(CliRunner.Run("trial", "merge", part, "--plot", part), part, "is an input file");
        Assert.Equal("{}", File.ReadAllText(part));
    }

    [Fact]
    public void Train_PlotAndCompareProgramsPlotOntoAnInput_ExitTwo_InputByteIdentical()
    {
        using var folder = new TemporaryFolder();
        var program = folder.File("p.svg");
        File.Copy(CliRunner.Example("program-west-arms-only.yaml"), program);
        var before = File.ReadAllBytes(program);

        AssertRefused(CliRunner.Run("train", program, "--plot", program), program, "is an input file");
        AssertRefused(CliRunner.Run("compare", CliRunner.Example("program-low-protein.yaml"), program, "--plot", program), program, "is an input file");
        Assert.Equal(before, File.ReadAllBytes(program));
    }

    [Fact]
    public void Validate_ReportOntoACaseFile_ExitsTwo_CaseByteIdentical()
    {
        using var folder = new TemporaryFolder();
        var cases = Directory.CreateDirectory(folder.File("cases")).FullName;
        var source = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, Surge.Cli.Commands.ValidateCommand.ShippedCasesFolder), "*.yaml")[0];
        var caseFile = Path.Combine(cases, Path.GetFileName(source));
        File.Copy(source, caseFile);
        var before = File.ReadAllBytes(caseFile);

        AssertRefused(CliRunner.Run("validate", "--cases", cases, "--report", caseFile), caseFile, "is an input file");
        Assert.Equal(before, File.ReadAllBytes(caseFile));
    }

    [Fact]
    public void Fit_StoreIntoTheSessionOrSamplesFile_ExitsTwo_InputByteIdentical()
    {
        using var folder = new TemporaryFolder();
        var session = folder.File("s.yaml");
        File.Copy(CliRunner.Example("leg-day.yaml"), session);
        var samples = folder.File("samples.csv");
        File.WriteAllText(samples, "t_min,measure,value,unit\n0,total_testosterone,20,nmol/L\n");
        var (sessionBefore, samplesBefore) = (File.ReadAllBytes(session), File.ReadAllBytes(samples));

        AssertRefused(CliRunner.Run("fit", "--session", session, "--samples", samples, "--store", "--db", session), session, "is an input file");
        AssertRefused(CliRunner.Run("fit", "--session", session, "--samples", samples, "--store", "--db", samples), samples, "is an input file");
        Assert.Equal(sessionBefore, File.ReadAllBytes(session));
        Assert.Equal(samplesBefore, File.ReadAllBytes(samples));
    }
}

/// <summary>A fact that needs to mount a small tmpfs (root on Linux); skipped with the reason elsewhere.</summary>
internal sealed class TmpfsFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> _unavailable = new(SmallTmpfs.Unavailable);

    public TmpfsFactAttribute()
    {
        if (_unavailable.Value is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A one-page (4 KiB) tmpfs mounted at a new folder, unmounted on dispose: a file system that fills at once.</summary>
internal sealed class SmallTmpfs : IDisposable
{
    public SmallTmpfs(string path)
    {
        Path = Directory.CreateDirectory(path).FullName;
        Assert.Equal(0, Run("mount", "-t", "tmpfs", "-o", "size=4k", "surge-test", Path));
    }

    public string Path { get; }

    public void Dispose() => Run("umount", Path);

    /// <summary>Why no tmpfs can be mounted here, or null when it can.</summary>
    public static string? Unavailable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "needs Linux tmpfs";
        }
        var probe = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "surge-tmpfs-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(probe);
        try
        {
            if (Run("mount", "-t", "tmpfs", "-o", "size=4k", "surge-test", probe) != 0)
            {
                return "cannot mount a tmpfs (needs root and mount rights)";
            }
            Run("umount", probe);
            return null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "no mount command";
        }
        finally
        {
            Directory.Delete(probe);
        }
    }

    private static int Run(string program, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program, arguments) { UseShellExecute = false, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
