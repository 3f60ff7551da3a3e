using System.Diagnostics;
using Surge.Reports;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

/// <summary>The command line bounds a program by its total sets (<see cref="ProgramSize.CommandLineMaximumSets"/>), not only its weeks.</summary>
public sealed class ProgramSizeTests
{
    private static string AnchoredBlocks(int blocks, int setsPerDay)
    {
        var days = string.Join(", ", new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" }.Select(d =>
            $"{d}: {{ exercises: [ {{ exercise: back squat, sets: {setsPerDay}, reps: 10, load: 70 %1RM, rest: 60 s }} ] }}"));
        return "blocks:\n" + $"  - &b {{ weeks: 1, week: {{ {days} }} }}\n" + string.Concat(Enumerable.Repeat("  - *b\n", blocks - 1));
    }

    [Theory]
    [InlineData("train")]
    [InlineData("compare")]
    public void Program_OverTheTotalSets_Exits2NamingFileFieldLimitAndCount_Quickly(string command)
    {
        using var folder = new TemporaryFolder();
        var big = folder.File("big.yaml");
        File.WriteAllText(big, AnchoredBlocks(104, 300));
        string[] args = command == "train" ? ["train", big, "--json"] : ["compare", CliRunner.Example("program-low-protein.yaml"), big, "--json"];

        var watch = Stopwatch.StartNew();
        var run = CliRunner.Run(args);
        watch.Stop();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        var message = run.Error.Trim();
        Assert.StartsWith($"{big}: blocks: the program would do 218,400 sets in all", message);
        Assert.Contains("at most 200,000 sets per program", message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed.TotalMilliseconds:0} ms (it simulated?)");
    }

    [Fact]
    public void Trial_ArmProgramOverTheTotalSets_Exits2NamingTheArm()
    {
        using var folder = new TemporaryFolder();
        var trial = folder.File("t.yaml");
        var week = string.Join(", ", new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" }.Select(d =>
            $"{d}: {{ exercises: [ {{ exercise: leg extension, sets: 600, reps: 10, load: 10RM, rest: 60 s }} ] }}"));
        File.WriteAllText(trial, $$"""
            cohort: { n: 4 }
            seed: 1
            arms:
              light: { program: { weeks: 1, week: { mon: { exercises: [ { exercise: leg extension, sets: 1, reps: 10, load: 10RM } ] } } } }
              heavy: { program: { weeks: 52, week: { {{week}} } } }
            outcomes:
              - { measure: muscle_size, group: quadriceps }
            """);

        var run = CliRunner.Run("trial", trial, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{trial}: arms.heavy.program.week: the program would do 218,400 sets in all", run.Error.Trim());
    }

    [Fact]
    public void TotalSets_CountsEveryWeekOfEveryBlock()
    {
        var parse = Surge.Files.ProgramFile.Parse(AnchoredBlocks(3, 5), "p.yaml", Surge.Catalogue.ExerciseCatalogue.Default);
        Assert.True(parse.Success, parse.Error?.ToString());
        Assert.Equal(3 * 7 * 5, ProgramSize.TotalSets(parse.Program!));
    }
}
