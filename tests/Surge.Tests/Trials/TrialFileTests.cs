using FsCheck;
using FsCheck.Fluent;
using Surge.App;
using Surge.Catalogue;
using Surge.Files;
using Surge.Trials;

namespace Surge.Tests.Trials;

/// <summary>Reading trial files: the shipped examples, and every error path with its line and field.</summary>
public sealed class TrialFileTests
{
    [Theory]
    [InlineData("trial-sets.yaml", TrialDesign.Parallel, 2, 3)]
    [InlineData("trial-hormones.yaml", TrialDesign.Within, 2, 4)]
    public void Load_ShippedExample_GivesTrial(string name, TrialDesign design, int arms, int outcomes)
    {
        var result = InputFiles.LoadTrial(Path.Combine(AppContext.BaseDirectory, "examples", name), ExerciseCatalogue.Default);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(design, result.Trial!.Design);
        Assert.Equal(arms, result.Trial.Arms.Count);
        Assert.Equal(outcomes, result.Trial.Outcomes.Count);
        Assert.Equal(64, result.Digest.Length);
    }

    [Fact]
    public void Load_ProgramFileArm_IsRelativeToTrialFileAndCountsAsInput()
    {
        var result = InputFiles.LoadTrial(Path.Combine(AppContext.BaseDirectory, "examples", "trial-hormones.yaml"), ExerciseCatalogue.Default);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(3, result.Inputs.Count);
        Assert.Contains(result.Inputs, i => i.EndsWith("program-west-arms-only.yaml", StringComparison.Ordinal));
        Assert.All(result.Trial!.Arms, a => Assert.NotNull(a.Program));
    }

    [Fact]
    public void Parse_ArmFilesNotAllowed_RefusesAFileArmWithoutReadingIt()
    {
        var examples = Path.Combine(AppContext.BaseDirectory, "examples");
        var text = "cohort: {n: 4}\narms:\n  a: {program: program-west-arms-only.yaml}\n  b: {program: program-west-arms-only.yaml}\noutcomes:\n  - {measure: muscle_size, group: quadriceps}\n";

        var refused = TrialFile.Parse(text, Path.Combine(examples, "trial.yaml"), ExerciseCatalogue.Default);
        var allowed = InputFiles.ParseTrial(text, Path.Combine(examples, "trial.yaml"), ExerciseCatalogue.Default);

        Assert.False(refused.Success);
        Assert.Equal("arms.a.program", refused.Error!.Field);
        Assert.Equal(3, refused.Error.Line);
        Assert.Contains("expected an inline program object", refused.Error.Message, StringComparison.Ordinal);
        Assert.True(allowed.Success, allowed.Error?.ToString());
    }

    [Fact]
    public void Parse_Defaults_ParallelPopulationSeedZero()
    {
        var trial = TrialTestFiles.Parse(TrialTestFiles.SetsTrial(5).Replace("design: parallel\n", "").Replace("seed: 7\n", "").Replace("  variability: population\n", ""));
        Assert.Equal(TrialDesign.Parallel, trial.Design);
        Assert.Equal(TrialVariability.Population, trial.Variability);
        Assert.Equal(0, trial.Seed);
        Assert.Equal(["muscle_size:quadriceps", "one_rm:leg extension", "acute_peak_change_pct:total_testosterone"], trial.Outcomes.Select(o => o.Key));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100001)]
    public void Parse_NOutOfRange_NamesLineFieldAndLimits(int n)
    {
        var error = TrialTestFiles.Error(TrialTestFiles.SetsTrial(n));
        Assert.Equal(2, error.Line);
        Assert.Equal("cohort.n", error.Field);
        Assert.Contains("between 2 and 100000", error.Message);
        Assert.Contains(n.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void Parse_ParallelTooManySubjectsInAll_SaysPerArm()
    {
        var error = TrialTestFiles.Error(TrialTestFiles.SetsTrial(60000));
        Assert.Equal("cohort.n", error.Field);
        Assert.Contains("60000 × 2 arms", error.Message);
    }

    [Fact]
    public void Parse_UnknownDesign_ListsChoices()
    {
        var error = TrialTestFiles.Error(TrialTestFiles.SetsTrial(5, design: "crossover"));
        Assert.Equal(5, error.Line);
        Assert.Equal("design", error.Field);
        Assert.Contains("parallel, within", error.Message);
    }

    [Fact]
    public void Parse_UnknownTopField_SuggestsNearest()
    {
        var error = TrialTestFiles.Error(TrialTestFiles.SetsTrial(5).Replace("seed:", "sead:"));
        Assert.Equal("sead", error.Field);
        Assert.Contains("did you mean 'seed'", error.Message);
    }

    [Fact]
    public void Parse_UnknownMuscleGroup_NamesOutcomeAndSuggests()
    {
        var error = TrialTestFiles.Error(TrialTestFiles.SetsTrial(5).Replace("group: quadriceps", "group: quadricep"));
        Assert.Equal("outcomes[0].group", error.Field);
        Assert.Equal(21, error.Line);
        Assert.Contains("did you mean 'quadriceps'", error.Message);
    }

    [Fact]
    public void Parse_OneRmOfExerciseNotTrained_NamesArm()
    {
        var error = TrialTestFiles.Error(TrialTestFiles.SetsTrial(5).Replace("exercise: leg extension}\n", "exercise: back squat}\n"));
        Assert.Equal("outcomes[1].exercise", error.Field);
        Assert.Contains("arm 'one_set' does not train 'back squat'", error.Message);
    }

    [Fact]
    public void Parse_SessionArmWithLongTermOutcome_IsAnError()
    {
        var text = """
            cohort: {n: 4}
            arms:
              a: {session: {exercises: [{exercise: leg press, sets: 3, reps: 10, load: 10RM}]}}
            outcomes:
              - {measure: muscle_size, group: quadriceps}
            """;
        var error = TrialTestFiles.Error(text);
        Assert.Equal("outcomes[0]", error.Field);
        Assert.Contains("arm 'a' is a session", error.Message);
    }

    [Fact]
    public void Parse_SessionArmWithAcuteOutcome_Reads()
    {
        var text = """
            cohort: {n: 4}
            arms:
              a: {session: {exercises: [{exercise: leg press, sets: 3, reps: 10, load: 10RM}]}}
              b: {session: {exercises: [{exercise: dumbbell curl, sets: 3, reps: 10, load: 10RM}]}}
            outcomes:
              - {measure: acute_peak_change_pct, hormone: growth_hormone}
            """;
        var trial = TrialTestFiles.Parse(text);
        Assert.All(trial.Arms, a => Assert.NotNull(a.Session));
    }

    [Fact]
    public void Parse_ErrorInsideInlineProgram_HasFullFieldPath()
    {
        var error = TrialTestFiles.Error(TrialTestFiles.SetsTrial(5).Replace("sets: 3, reps: 10", "sets: 3, reps: ten"));
        Assert.Equal("arms.three_sets.program.week.mon.exercises[0].reps", error.Field);
        Assert.Equal(18, error.Line);
    }

    [Fact]
    public void Parse_MissingArmFile_PointsAtTrialFileLine()
    {
        var text = "cohort: {n: 4}\narms:\n  a: {program: no-such-program.yaml}\noutcomes:\n  - {measure: muscle_size, group: quadriceps}\n";
        var error = TrialTestFiles.Error(text, Path.Combine(Path.GetTempPath(), "t.yaml"));
        Assert.Equal(3, error.Line);
        Assert.Equal("arms.a.program", error.Field);
        Assert.Contains("no-such-program.yaml", error.Message);
    }

    [Fact]
    public void Parse_ArmWithBothProgramAndSession_IsAnError()
    {
        var text = "cohort: {n: 4}\narms:\n  a: {program: x.yaml, session: y.yaml}\noutcomes:\n  - {measure: acute_peak_change_pct, hormone: cortisol}\n";
        var error = TrialTestFiles.Error(text);
        Assert.Equal("arms.a", error.Field);
        Assert.Contains("exactly one of program", error.Message);
    }

    [Fact]
    public void Parse_FieldOfAnotherMeasure_IsAnError()
    {
        var error = TrialTestFiles.Error(TrialTestFiles.SetsTrial(5).Replace("{measure: muscle_size, group: quadriceps}", "{measure: muscle_size, group: quadriceps, hormone: cortisol}"));
        Assert.Equal("outcomes[0].hormone", error.Field);
        Assert.Contains("does not apply", error.Message);
    }

    [Fact]
    public void Parse_DuplicateOutcome_IsAnError()
    {
        var error = TrialTestFiles.Error(TrialTestFiles.SetsTrial(5).Replace("  - {measure: one_rm, exercise: leg extension}", "  - {measure: muscle_size, group: quadriceps}"));
        Assert.Equal("outcomes[1]", error.Field);
        Assert.Contains("given twice", error.Message);
    }

    [Fact]
    public void Parse_NegativeSeed_IsAnError()
    {
        var error = TrialTestFiles.Error(TrialTestFiles.SetsTrial(5, seed: -1));
        Assert.Equal("seed", error.Field);
        Assert.Contains("0 and 2147483647", error.Message);
    }

    [Fact]
    public void Parse_Empty_SaysWhatIsExpected()
    {
        var error = TrialTestFiles.Error("");
        Assert.Contains("expected a trial", error.Message);
    }

    [Fact]
    public void Parse_Json_ReadsAsYaml()
    {
        var json = """
            {"cohort": {"n": 3, "variability": "none"}, "design": "within", "seed": 5,
             "arms": {"legs": {"session": {"exercises": [{"exercise": "leg press", "sets": 3, "reps": 10, "load": "10RM"}]}},
                      "arms": {"session": {"exercises": [{"exercise": "dumbbell curl", "sets": 3, "reps": 10, "load": "10RM"}]}}},
             "outcomes": [{"measure": "acute_peak_change_pct", "hormone": "lactate"}]}
            """;
        var trial = TrialTestFiles.Parse(json, "trial.json");
        Assert.Equal(TrialDesign.Within, trial.Design);
        Assert.Equal(["legs", "arms"], trial.Arms.Select(a => a.Name));
    }

    [Fact]
    public void Load_SessionFileArms_RunAnAcuteWithinTrial()
    {
        var examples = Path.Combine(AppContext.BaseDirectory, "examples");
        var text = $$"""
            cohort: {n: 6}
            design: within
            arms:
              leg_day: {session: {{Path.Combine(examples, "leg-day.yaml")}}}
              arm_day: {session: {{Path.Combine(examples, "arm-day.yaml")}}}
            outcomes:
              - {measure: acute_peak_change_pct, hormone: growth_hormone}
            """;
        var trial = TrialTestFiles.Parse(text);
        var result = TrialResult.Compute(trial, TrialRunner.Default.Run(trial).Observations);
        var legs = result.Arms[0].Outcomes[0].Mean;
        var arms = result.Arms[1].Outcomes[0].Mean;
        Assert.True(legs > arms, $"GH rise after the leg day {legs:0} % vs the arm day {arms:0} %");
    }

    [Fact]
    public void Parse_ArbitraryMutations_NeverThrow()
    {
        var text = TrialTestFiles.SetsTrial(5);
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), ArbMap.Default.ArbFor<char>(), (position, character) =>
        {
            var at = (int)((uint)position % (uint)text.Length);
            var mutated = text[..at] + character + text[(at + 1)..];
            var result = InputFiles.ParseTrial(mutated, "m.yaml", ExerciseCatalogue.Default);
            return result.Success || result.Error is not null;
        }).QuickCheckThrowOnFailure();
    }
}
