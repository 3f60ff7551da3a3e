using System.Diagnostics;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

/// <summary>Long names cost no more than short ones: refused by length before any matching (issue 15).</summary>
public sealed class LongNameTests
{
    /// <summary>Generous: each run takes well under a second; the closest-name search took over 30 s on a 4 MB name.</summary>
    private static readonly TimeSpan _limit = TimeSpan.FromSeconds(5);

    private static CliRun Timed(params string[] args)
    {
        var stopwatch = Stopwatch.StartNew();
        var run = CliRunner.Run(args);
        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < _limit, $"surge {args[0]} took {stopwatch.Elapsed.TotalSeconds:0.0} s");
        return run;
    }

    private static void AssertOneLine(CliRun run, string expected)
    {
        Assert.Equal(2, run.ExitCode);
        var message = run.Error.Trim();
        Assert.Single(message.Split('\n'));
        Assert.Contains(expected, message);
        Assert.True(message.Length < 500, $"the message is {message.Length} characters long");
    }

    [Theory]
    [InlineData("simulate", "exercises:\n  - exercise: {0}\n    sets: 3\n    reps: 5\n    load: 5RM\n")]
    [InlineData("train", "weeks: 2\nweek:\n  mon:\n    exercises:\n      - {{exercise: {0}, sets: 3, reps: 5, load: 5RM}}\n")]
    public void SessionOrProgram_ExerciseNameOf4Megabytes_ExitsTwoQuickly(string command, string document)
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("long.yaml");
        File.WriteAllText(file, string.Format(System.Globalization.CultureInfo.InvariantCulture, document, new string('z', 4_000_000)));

        AssertOneLine(Timed(command, file), "too long (4000000 characters; at most 100)");
    }

    [Fact]
    public void Import_MappingNameOf1Megabyte_ExitsTwoQuickly()
    {
        using var folder = new TemporaryFolder();
        var map = folder.File("map.yaml");
        File.WriteAllText(map, $"mappings:\n  \"Zercher Walk\": \"{new string('z', 1_000_000)}\"\n");

        AssertOneLine(
            Timed("import", HistoryCliFiles.Hevy(folder), "--format", "hevy", "--dry-run", "--db", folder.File("s.db"), "--map", map),
            "too long (1000000 characters; at most 100)");
    }

    [Fact]
    public void Import_ExerciseNameOf1Megabyte_SkipsTheRowQuicklyWithAShortSummary()
    {
        using var folder = new TemporaryFolder();
        var log = HistoryCliFiles.Hevy(folder, weeks: 1);
        File.WriteAllText(log, File.ReadAllText(log).Replace("Zercher Walk", new string('w', 1_000_000)));

        var run = Timed("import", log, "--format", "hevy", "--dry-run", "--db", folder.File("s.db"), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("too long (1000000 characters; at most 100)", run.Out);
        Assert.True(run.Out.Length < 20_000, $"the summary is {run.Out.Length} characters long");
    }
}
