using Surge.Adaptation;
using Surge.App;
using Surge.Catalogue;
using Surge.Files;
using Surge.Simulation;

namespace Surge.Tests.App;

/// <summary>The use cases of the application layer: read everything first, then simulate; warnings named as the shells print them.</summary>
public sealed class RunsTests
{
    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    [Fact]
    public void SessionRunsLoadAll_OneFileMissing_GivesThatFilesErrorAndNoSessions()
    {
        var (sessions, error) = SessionRuns.LoadAll([Example("leg-day.yaml"), "/nonexistent/surge/b.yaml"], ExerciseCatalogue.Default);

        Assert.Null(sessions);
        Assert.Equal("/nonexistent/surge/b.yaml: file not found", error!.ToString());
    }

    [Fact]
    public void SessionRunsSimulate_GivesTheSimulatorsResultAndNamesItsWarnings()
    {
        var text = "exercises:\n  - {exercise: back squat, sets: 3, reps: 10, load: 70 %1RM}\n";
        var parse = SessionFile.Parse(text, "s.yaml", ExerciseCatalogue.Default, new DateOnly(2026, 1, 5));

        var run = SessionRuns.Simulate(SessionSimulator.Default, "first", parse);

        Assert.Equal("first", run.Name);
        Assert.Same(parse.Session, run.Session);
        Assert.Equal(SessionSimulator.Default.Simulate(parse.Session!).Warnings.Select(w => $"first: {w}"), run.Warnings.Skip(parse.Warnings.Count));
        Assert.Equal(parse.Warnings.Select(w => w.ToString()), run.Warnings.Take(parse.Warnings.Count));
        Assert.NotEmpty(run.Result.Measures);
    }

    [Fact]
    public void ProgramRunsTrain_NameWarningsOrNot_PrefixesOnlyWhenAsked()
    {
        var (programs, error) = ProgramRuns.LoadAll([Example("program-west-arms-only.yaml")], ExerciseCatalogue.Default);
        Assert.Null(error);
        var parse = programs![0];

        var named = ProgramRuns.Train(ProgramSimulator.Default, "p.yaml", parse);
        var plain = ProgramRuns.Train(ProgramSimulator.Default, "p.yaml", parse, nameWarnings: false);

        Assert.Equal(named.Result.Weeks, plain.Result.Weeks);
        Assert.Equal(parse.Warnings.Select(w => w.ToString()).Concat(named.Result.Warnings.Select(w => $"p.yaml: {w}")), named.Warnings);
        Assert.Equal(parse.Warnings.Select(w => w.ToString()).Concat(plain.Result.Warnings), plain.Warnings);
    }

    [Fact]
    public void SessionRunsSimulate_ParseThatFailed_Throws()
    {
        var parse = InputFiles.ParseSession("exercises: 3\n", "s.yaml", ExerciseCatalogue.Default);

        Assert.Throws<ArgumentException>(() => SessionRuns.Simulate(SessionSimulator.Default, "s.yaml", parse));
    }
}
