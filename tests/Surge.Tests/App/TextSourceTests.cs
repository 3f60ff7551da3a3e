using Surge.App;
using Surge.Catalogue;
using Surge.Files;

namespace Surge.Tests.App;

/// <summary>A trial's arm files come from the <see cref="ITextSource"/> the caller gives: the core reads no file itself.</summary>
public sealed class TextSourceTests
{
    private const string Trial =
        "cohort: {n: 4}\narms:\n  a: {session: a.yaml}\n  b: {session: b.yaml}\noutcomes:\n  - {measure: acute_peak_change_pct, hormone: growth_hormone}\n";

    private const string Session = "exercises:\n  - {exercise: back squat, sets: 3, reps: 10, load: 70 %1RM}\n";

    [Fact]
    public void Parse_ArmFilesFromASource_ReadsThemRelativeToTheTrialFile()
    {
        var source = new InMemoryTextSource(new Dictionary<string, string>
        {
            [Path.Combine("study", "a.yaml")] = Session,
            [Path.Combine("study", "b.yaml")] = Session.Replace("3", "5", StringComparison.Ordinal),
        });

        var result = TrialFile.Parse(Trial, Path.Combine("study", "trial.yaml"), ExerciseCatalogue.Default, source);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal([Path.Combine("study", "a.yaml"), Path.Combine("study", "b.yaml")], source.Asked);
        Assert.Equal([Path.Combine("study", "trial.yaml"), Path.Combine("study", "a.yaml"), Path.Combine("study", "b.yaml")], result.Inputs);
        Assert.Equal(3, result.Trial!.Arms[0].Session!.SetCount);
        Assert.Equal(5, result.Trial.Arms[1].Session!.SetCount);
    }

    [Fact]
    public void Parse_SourceCannotReadAnArm_LocatesTheArmAndSaysWhy()
    {
        var source = new InMemoryTextSource(new Dictionary<string, string> { ["a.yaml"] = Session });

        var error = TrialFile.Parse(Trial, "trial.yaml", ExerciseCatalogue.Default, source).Error!;

        Assert.Equal("trial.yaml:4:16: arms.b.session: cannot read a session file (.yaml or .json) 'b.yaml': file not found", error.ToString());
    }

    [Fact]
    public void ParseTrial_OfTheApplicationLayer_ReadsArmsFromTheDisk()
    {
        var examples = Path.Combine(AppContext.BaseDirectory, "examples");
        var text = "cohort: {n: 4}\narms:\n  a: {program: program-west-arms-only.yaml}\noutcomes:\n  - {measure: muscle_size, group: quadriceps}\n";

        var result = InputFiles.ParseTrial(text, Path.Combine(examples, "trial.yaml"), ExerciseCatalogue.Default);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(Path.Combine(examples, "program-west-arms-only.yaml"), result.Inputs[1]);
    }

    [Fact]
    public void DiskTextSource_MissingFile_SaysFileNotFound()
    {
        var (text, error) = DiskTextSource.Instance.Read("/nonexistent/surge/a.yaml", SessionFile.MaximumSize, InputFiles.SessionExpected);

        Assert.Null(text);
        Assert.Equal("/nonexistent/surge/a.yaml: file not found", error!.ToString());
    }
}
