using FsCheck.Xunit;
using Surge.Files;
using Surge.Quantities;
using Surge.Tests.Support;
using Surge.Training;
using static Surge.Tests.Files.ProgramFileTesting;

namespace Surge.Tests.Files;

/// <summary>
/// The program reader on valid input: weekly templates and blocks, nutrition, held testosterone, loading from files, and
/// properties that mutated or random text gives a program or one clean error. Errors: <see cref="ProgramFileErrorTests"/>;
/// the shipped programs: <see cref="ProgramFileShippedTests"/>.
/// </summary>
public sealed class ProgramFileTests
{
    // ---- valid programs --------------------------------------------------------------------------------------

    [Fact]
    public void Parse_WeeklyTemplate_GivesOneBlockWithDaysInWeekdayOrder()
    {
        var program = ParseOk(Template);
        Assert.Equal(15, program.Weeks);
        var block = Assert.Single(program.Blocks);
        Assert.Equal(15, block.Weeks);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday], block.Days.Select(d => d.Day));

        var monday = block.Days[0];
        Assert.Equal(Session.DefaultStartTime, monday.Start);
        Assert.Equal(["back squat", "leg press"], monday.Bouts.Select(b => b.NameAsWritten));
        Assert.Equal(TimeSpan.FromMinutes(3), monday.Bouts[0].Transition);
        Assert.Equal(Load.PercentOfOneRm(70), monday.Bouts[0].Sets[0].Load);
        Assert.Equal(200.0, monday.Bouts[1].OneRmKg);
        Assert.Equal([120.0, 140.0], monday.Bouts[1].Sets.Select(s => s.Load.Value));
        Assert.Equal(TimeSpan.FromMinutes(2), monday.Bouts[1].Sets[1].Rest);

        var thursday = block.Days[1];
        Assert.Equal(new TimeOnly(18, 30), thursday.Start);
        var curl = Assert.Single(thursday.Bouts);
        Assert.Equal(Side.Left, curl.Side);
        Assert.Equal(4, curl.Sets.Count);
        Assert.All(curl.Sets, s => Assert.Equal((10, Load.RepetitionMaximum(10), Effort.Failure), (s.Reps, s.Load, s.Effort)));
    }

    [Fact]
    public void Parse_WeeklyTemplate_ReadsAthleteNutritionAndTestosterone()
    {
        var program = ParseOk(Template);
        Assert.Equal(new Athlete(Sex.Male, 22, 80, 0.15, TrainingStatus.Untrained, null), program.Athlete);
        Assert.Equal(new Nutrition(1.6, -300), program.Nutrition);
        Assert.Equal(1.1, program.HeldTestosteroneNmolPerL);
    }

    [Fact]
    public void Parse_Blocks_RunInOrderWithEmptyWeekAsDetraining()
    {
        var program = ParseOk(Blocks);
        Assert.Equal(11, program.Weeks);
        Assert.Equal([6, 3, 2], program.Blocks.Select(b => b.Weeks));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], program.Blocks[0].Days.Select(d => d.Day));
        Assert.Empty(program.Blocks[1].Days);
        var wednesday = Assert.Single(program.Blocks[2].Days);
        Assert.Equal((DayOfWeek.Wednesday, new TimeOnly(7, 0)), (wednesday.Day, wednesday.Start));
        Assert.Equal(SessionFile.DefaultRest, wednesday.Bouts[0].Sets[0].Rest);
    }

    [Fact]
    public void Parse_EmptyWeek_IsAProgramWithoutTraining()
    {
        var program = ParseOk("weeks: 4\nweek: {}\n");
        Assert.Equal(4, program.Weeks);
        Assert.Empty(Assert.Single(program.Blocks).Days);
    }

    [Fact]
    public void Parse_DayWithNoExercises_IsLeftOut() =>
        Assert.Empty(ParseOk("weeks: 2\nweek:\n  tue: {exercises: []}\n").Blocks[0].Days);

    [Fact]
    public void Parse_Defaults_NutritionDefaultAndNoHeldTestosterone()
    {
        var program = ParseOk(Minimal);
        Assert.Equal(Athlete.Default, program.Athlete);
        Assert.Equal(Nutrition.Default, program.Nutrition);
        Assert.Equal(new Nutrition(1.2, 0.0), program.Nutrition);
        Assert.Null(program.HeldTestosteroneNmolPerL);
        Assert.Equal(Session.DefaultStartTime, program.Blocks[0].Days[0].Start);
        Assert.Equal(new TimeOnly(17, 0), program.Blocks[0].Days[0].Start);
    }

    [Theory]
    [InlineData("1.6 g/kg/day", 80, 1.6)]
    [InlineData("1.6", 80, 1.6)]
    [InlineData("0 g/kg/day", 80, 0.0)]
    [InlineData("120 g/day", 80, 1.5)]
    [InlineData("120 g/day", 60, 2.0)]
    [InlineData("150 G/DAY", 100, 1.5)]
    public void Parse_Protein_InBothUnits_GivesGramsPerKilogram(string protein, double bodyMassKg, double expected)
    {
        var program = ParseOk($"athlete: {{body_mass: {bodyMassKg} kg}}\nnutrition: {{protein: {protein}}}\n" + Minimal);
        Assert.Equal(expected, program.Nutrition.ProteinGPerKgPerDay, 12);
        Assert.Equal(0.0, program.Nutrition.EnergyBalanceKcalPerDay);
    }

    [Fact]
    public void Parse_ProteinInGramsPerDay_UsesTheAthletesBodyMassWhereverAthleteIsWritten() =>
        Assert.Equal(2.0, ParseOk("nutrition: {protein: 160 g/day}\nathlete: {sex: female, body_mass: 80 kg}\n" + Minimal).Nutrition.ProteinGPerKgPerDay, 12);

    [Theory]
    [InlineData("500 kcal/day", 500.0)]
    [InlineData("-2000 kcal/day", -2000.0)]
    [InlineData("+2000", 2000.0)]
    [InlineData("-250", -250.0)]
    public void Parse_EnergyBalance_IsSigned(string balance, double expected) =>
        Assert.Equal(expected, ParseOk($"nutrition:\n  energy_balance: {balance}\n" + Minimal).Nutrition.EnergyBalanceKcalPerDay);

    [Theory]
    [InlineData("1.1 nmol/L", 1.1)]
    [InlineData("35", 35.0)]
    [InlineData("150 nmol/L", 150.0)]
    [InlineData("576.8 ng/dL", 20.0)]
    [InlineData("2884 NG/DL", 100.0)]
    public void Parse_Testosterone_InBothUnits_GivesNanomolesPerLitre(string level, double expected) =>
        Assert.Equal(expected, ParseOk($"testosterone: {level}\n" + Minimal).HeldTestosteroneNmolPerL!.Value, 9);

    [Fact]
    public void Parse_FullAndMixedCaseDayNames_AreAccepted()
    {
        var program = ParseOk("""
            weeks: 1
            week:
              Sunday: {exercises: [{exercise: back squat, sets: 1, reps: 5, load: 5RM}]}
              MONDAY: {exercises: [{exercise: back squat, sets: 1, reps: 5, load: 5RM}]}
              wednesday: {exercises: [{exercise: back squat, sets: 1, reps: 5, load: 5RM}]}
              Tue: {exercises: [{exercise: back squat, sets: 1, reps: 5, load: 5RM}]}
              thursday: {exercises: [{exercise: back squat, sets: 1, reps: 5, load: 5RM}]}
              FRI: {exercises: [{exercise: back squat, sets: 1, reps: 5, load: 5RM}]}
              saturday: {exercises: [{exercise: back squat, sets: 1, reps: 5, load: 5RM}]}
            """);
        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday],
            program.Blocks[0].Days.Select(d => d.Day));
    }

    [Fact]
    public void Parse_Json_SameSchema()
    {
        const string json = """
            {"athlete": {"sex": "female"}, "nutrition": {"protein": "100 g/day"}, "testosterone": "60 ng/dL",
             "blocks": [{"weeks": 4, "week": {"tue": {"start": "06:45",
                         "exercises": [{"exercise": "leg press", "sets": 3, "reps": 10, "load": "10RM", "rest": 90}]}}},
                        {"weeks": 2, "week": {}}]}
            """;
        var result = ProgramFile.Parse(json, "program.json", TestCatalogue.Instance);
        Assert.True(result.Success, result.Error?.ToString());
        var program = result.Program!;
        Assert.Equal(Sex.Female, program.Athlete.Sex);
        Assert.Equal(100.0 / 62.0, program.Nutrition.ProteinGPerKgPerDay, 12);
        Assert.Equal(60.0 / 28.84, program.HeldTestosteroneNmolPerL!.Value, 3);
        Assert.Equal(6, program.Weeks);
        Assert.Equal(new TimeOnly(6, 45), program.Blocks[0].Days[0].Start);
    }

    [Fact]
    public void Parse_YamlAnchors_RepeatADay()
    {
        var program = ParseOk("weeks: 3\nweek:\n  mon: &day\n    exercises: [{exercise: bench press, sets: 3, reps: 8, load: 8RM}]\n  thu: *day\n");
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday], program.Blocks[0].Days.Select(d => d.Day));
        Assert.Equal(TrainingOf(program.Blocks[0].Days[0]), TrainingOf(program.Blocks[0].Days[1]));
    }

    [Fact]
    public void Parse_ThousandSetsEachDay_IsAccepted()
    {
        var program = ParseOk("weeks: 1\nweek:\n  mon: {exercises: [{exercise: back squat, sets: 1000, reps: 1, load: 50 %1RM}]}\n"
            + "  tue: {exercises: [{exercise: back squat, sets: 1000, reps: 1, load: 50 %1RM}]}\n");
        Assert.Equal([1000, 1000], program.Blocks[0].Days.Select(d => d.Bouts.Sum(b => b.Sets.Count)));
    }

    [Fact]
    public void Parse_MostWeeks_IsAccepted()
    {
        Assert.Equal(TrainingProgram.MaximumWeeks, ParseOk("weeks: 520\nweek: {}\n").Weeks);
        Assert.Equal(520, ParseOk("blocks:\n  - {weeks: 500, week: {}}\n  - {weeks: 20, week: {}}\n").Weeks);
    }

    [Fact]
    public void Parse_RpeOffTheHalfPoint_WarnsWithTheProgramPath()
    {
        var result = Parse("blocks:\n  - weeks: 1\n    week:\n      sat:\n        exercises:\n          - {exercise: back squat, sets: 1, reps: 5, load: 5RM, rpe: 8.3}\n");
        Assert.True(result.Success, result.Error?.ToString());
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("program.yaml", 6, 70, "blocks[0].week.sat.exercises[0].rpe"), (warning.File, warning.Line, warning.Column, warning.Field));
        Assert.Contains("whole or half points", warning.Message);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    private static bool IsCleanResult(ProgramFileResult result, string fileName = "fuzz.yaml")
    {
        if (result.Success)
        {
            return result.Program is not null && result.Error is null && result.Program.Weeks is >= 1 and <= TrainingProgram.MaximumWeeks;
        }
        return result.Program is null
            && result.Warnings.Count == 0
            && result.Error is { } error
            && !string.IsNullOrWhiteSpace(error.Message)
            && error.File == fileName
            && (error.Line is null || error.Line >= 1)
            && (error.Column is null || error.Column >= 1);
    }

    [Property(MaxTest = 400)]
    public bool Parse_MutatedWeeklyTemplate_ReturnsProgramOrError(int seed, FsCheck.PositiveInt mutations) =>
        IsCleanResult(Parse(SessionFilePropertyTests.Mutate(Template, seed, 1 + mutations.Get % 6), "fuzz.yaml"));

    [Property(MaxTest = 400)]
    public bool Parse_MutatedBlocks_ReturnsProgramOrError(int seed, FsCheck.PositiveInt mutations) =>
        IsCleanResult(Parse(SessionFilePropertyTests.Mutate(Blocks, seed, 1 + mutations.Get % 6), "fuzz.yaml"));

    [Property(MaxTest = 200)]
    public bool Parse_RandomText_ReturnsProgramOrError(FsCheck.NonNull<string> text) =>
        IsCleanResult(Parse(text.Get, "fuzz.yaml"));

    [Fact]
    public void Parse_EveryLineDeletedOrDuplicated_ReturnsProgramOrError()
    {
        foreach (var text in new[] { Template, Blocks })
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var deleted = string.Join('\n', lines.Where((_, j) => j != i));
                var duplicated = string.Join('\n', lines.SelectMany((l, j) => j == i ? new[] { l, l } : [l]));
                Assert.True(IsCleanResult(Parse(deleted, "fuzz.yaml")), deleted);
                Assert.True(IsCleanResult(Parse(duplicated, "fuzz.yaml")), duplicated);
            }
        }
    }
}
