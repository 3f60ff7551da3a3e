using FsCheck.Xunit;
using Surge.Catalogue;
using Surge.Files;
using Surge.Quantities;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Files;

/// <summary>The program reader: weekly templates and blocks, nutrition, held testosterone, every error path, the shipped programs.</summary>
public sealed class ProgramFileTests
{
    /// <summary>A valid weekly-template program touching every field.</summary>
    private const string Template = """
        athlete:
          sex: male
          age: 22
          body_mass: 80 kg
          training_status: untrained
        nutrition:
          protein: 1.6 g/kg/day
          energy_balance: -300 kcal/day
        testosterone: 1.1 nmol/L
        weeks: 15
        week:
          thu:
            start: "18:30"
            exercises:
              - {exercise: dumbbell curl, side: left, sets: 4, reps: 10, load: 10RM, to_failure: true, rest: 90 s}
          mon:
            transition: 3 min
            exercises:
              - {exercise: back squat, sets: 3, reps: 10, load: 70 %1RM, rest: 90 s}
              - exercise: leg press
                one_rm: 200 kg
                sets:
                  - {reps: 12, load: 120 kg}
                  - {reps: 10, load: 140 kg, rest: 2 min}
        """;

    /// <summary>Blocks: six weeks of training, three weeks without (detraining), two weeks again.</summary>
    private const string Blocks = """
        blocks:
          - weeks: 6
            week:
              mon: {exercises: [{exercise: bench press, sets: 3, reps: 8, load: 8RM, rest: 2 min}]}
              wed: {exercises: [{exercise: back squat, sets: 3, reps: 8, load: 8RM, rest: 2 min}]}
              fri: {exercises: [{exercise: bench press, sets: 3, reps: 8, load: 8RM, rest: 2 min}]}
          - weeks: 3
            week: {}
          - weeks: 2
            week:
              wed: {start: "07:00", exercises: [{exercise: leg press, sets: 2, reps: 15, load: 60 %1RM}]}
        """;

    /// <summary>The smallest valid program: one week with one exercise on Monday.</summary>
    private const string Minimal = "weeks: 1\nweek:\n  mon:\n    exercises:\n      - {exercise: back squat, sets: 1, reps: 5, load: 5RM}\n";

    private static ProgramFileResult Parse(string text, string fileName = "program.yaml") =>
        ProgramFile.Parse(text, fileName, TestCatalogue.Instance);

    private static TrainingProgram ParseOk(string text)
    {
        var result = Parse(text);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Null(result.Error);
        return result.Program!;
    }

    private static void AssertError(string text, int? line, int? column, string field, params string[] mentions)
    {
        var result = Parse(text);
        Assert.False(result.Success);
        Assert.Null(result.Program);
        Assert.Empty(result.Warnings);
        var error = result.Error!;
        Assert.Equal("program.yaml", error.File);
        Assert.Equal((line, column, field), (error.Line, error.Column, error.Field));
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, error.Message);
        }
        var rendered = error.ToString();
        Assert.StartsWith(line is null ? "program.yaml: " : $"program.yaml:{line}:{column}: ", rendered);
        if (field.Length > 0)
        {
            Assert.Contains($": {field}: ", rendered);
        }
    }

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
        Assert.Equal(Training(program.Blocks[0].Days[0]), Training(program.Blocks[0].Days[1]));
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

    [Fact]
    public void Parse_SessionFile_IsRefusedAsAProgram() =>
        AssertError("start: 17:00\nexercises: []\n", 1, 1, "start", "unknown field 'start' in the program", "known fields: athlete, nutrition");

    // ---- errors ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("", "the file is empty", "expected a program")]
    [InlineData("# only a comment\n", "the file is empty")]
    [InlineData("~\n", "the file is empty")]
    public void Parse_EmptyDocument_IsAnError(string text, params string[] mentions) =>
        AssertError(text, null, null, "", mentions);

    [Theory]
    [InlineData("- weeks: 1\n", "expected a program object", "got a list")]
    [InlineData("weeks\n", "expected a program object", "got 'weeks'")]
    public void Parse_NotAnObject_IsAnError(string text, params string[] mentions) =>
        AssertError(text, 1, 1, "", mentions);

    [Fact]
    public void Parse_MalformedYaml_IsLocated()
    {
        var error = Parse("weeks: 1\nweek: {mon: [\n").Error!;
        Assert.Equal(("program.yaml", ""), (error.File, error.Field));
        Assert.NotNull(error.Line);
        Assert.Contains("malformed YAML/JSON", error.Message);
    }

    [Theory]
    [InlineData("weks: 3\nweek: {}\n", 1, 1, "weks", "in the program", "did you mean 'weeks'?")]
    [InlineData("weeks: 3\nweek: {}\nnutriton: {protein: 1.6}\n", 3, 1, "nutriton", "did you mean 'nutrition'?")]
    [InlineData("weeks: 3\nweek: {}\nblock: []\n", 3, 1, "block", "did you mean 'blocks'?")]
    [InlineData("weeks: 3\nweek: {}\nnutrition:\n  protien: 1.6\n", 4, 3, "nutrition.protien", "in nutrition", "did you mean 'protein'?")]
    [InlineData("weeks: 3\nweek: {}\nathlete:\n  bodymass: 80 kg\n", 4, 3, "athlete.bodymass", "in athlete", "did you mean 'body_mass'?")]
    [InlineData("blocks:\n  - {weeks: 3, wek: {}}\n", 2, 16, "blocks[0].wek", "in a block", "did you mean 'week'?")]
    [InlineData("weeks: 3\nweek:\n  mon: {strat: \"17:00\", exercises: []}\n", 3, 9, "week.mon.strat", "in a training day", "did you mean 'start'?")]
    [InlineData("weeks: 3\nweek:\n  mon: {exercises: [{exercise: back squat, sets: 1, reps: 5, load: 5RM, rpes: 8}]}\n", 3, 73,
        "week.mon.exercises[0].rpes", "in an exercise", "did you mean 'rpe'?")]
    [InlineData("colour: blue\nweeks: 1\nweek: {}\n", 1, 1, "colour", "unknown field 'colour'", "known fields: athlete, nutrition, testosterone, weeks, week, blocks")]
    public void Parse_UnknownField_NamesClosestKnownField(string text, int line, int column, string field, params string[] mentions) =>
        AssertError(text, line, column, field, ["unknown field", .. mentions]);

    [Theory]
    [InlineData("weeks: 1\nweek:\n  mnday: {exercises: []}\n", "week.mnday", "unknown day 'mnday'", "did you mean 'monday'?", "mon, tue, wed, thu, fri, sat, sun")]
    [InlineData("weeks: 1\nweek:\n  tues: {exercises: []}\n", "week.tues", "unknown day 'tues'", "did you mean 'tue'?")]
    [InlineData("weeks: 1\nweek:\n  exercises: []\n", "week.exercises", "unknown day 'exercises'", "(days: mon, tue, wed, thu, fri, sat, sun (or monday … sunday))")]
    [InlineData("weeks: 1\nweek:\n  day1: {exercises: []}\n", "week.day1", "unknown day 'day1'")]
    public void Parse_UnknownDay_ListsTheDayNames(string text, string field, params string[] mentions) =>
        AssertError(text, 3, 3, field, mentions);

    [Fact]
    public void Parse_DayGivenTwice_NamesBothSpellings() =>
        AssertError("weeks: 1\nweek:\n  mon: {exercises: []}\n  Monday: {exercises: []}\n", 4, 3, "week.Monday", "Monday is given twice", "'mon' and 'Monday'");

    [Theory]
    [InlineData("weeks: 4\nweek: {}\nblocks: [{weeks: 1, week: {}}]\n", 1, 1, "weeks")]
    [InlineData("blocks: [{weeks: 1, week: {}}]\nweek: {}\n", 2, 1, "week")]
    public void Parse_WeeksAndBlocks_IsAnError(string text, int line, int column, string field) =>
        AssertError(text, line, column, field, "give either weeks and week", "or blocks", "not both");

    [Theory]
    [InlineData("athlete: {sex: female}\n")]
    [InlineData("nutrition: {protein: 1.6}\ntestosterone: 20\n")]
    public void Parse_NeitherWeeksNorBlocks_IsAnError(string text) =>
        AssertError(text, 1, 1, "", "missing the training", "weeks and week", "blocks");

    [Theory]
    [InlineData("weeks: 4\n", 1, 1, "week", "missing required field 'week'", "{} for no training")]
    [InlineData("week: {}\n", 1, 1, "weeks", "missing required field 'weeks'", "1–520")]
    [InlineData("blocks:\n  - {weeks: 4}\n", 2, 5, "blocks[0].week", "missing required field 'week'")]
    [InlineData("blocks:\n  - {weeks: 4, week: {}}\n  - week: {}\n", 3, 5, "blocks[1].weeks", "missing required field 'weeks'")]
    [InlineData("weeks: 1\nweek:\n  mon: {start: \"17:00\"}\n", 3, 8, "week.mon.exercises", "missing required field 'exercises'", "as in a session file")]
    public void Parse_MissingRequiredField_PointsAtTheObject(string text, int line, int column, string field, params string[] mentions) =>
        AssertError(text, line, column, field, mentions);

    [Theory]
    [InlineData("weeks: 0\nweek: {}\n", 1, 8, "weeks", "must be at least 1 week", "'0'")]
    [InlineData("weeks: -3\nweek: {}\n", 1, 8, "weeks", "must be at least 1 week", "'-3'")]
    [InlineData("weeks: 2.5\nweek: {}\n", 1, 8, "weeks", "whole number of weeks", "not a whole number")]
    [InlineData("weeks: \"12\"\nweek: {}\n", 1, 8, "weeks", "the quoted text '12'", "without quotes")]
    [InlineData("weeks: twelve\nweek: {}\n", 1, 8, "weeks", "whole number of weeks", "'twelve'")]
    [InlineData("weeks: 521\nweek: {}\n", 1, 8, "weeks", "at most 520 weeks", "'521'")]
    [InlineData("weeks: 1e9\nweek: {}\n", 1, 8, "weeks", "at most 520 weeks")]
    [InlineData("blocks:\n  - {weeks: 500, week: {}}\n  - {weeks: 21, week: {}}\n", 3, 13, "blocks[1].weeks", "521 weeks in total", "at most 520")]
    [InlineData("blocks:\n  - {weeks: 0, week: {}}\n", 2, 13, "blocks[0].weeks", "must be at least 1 week")]
    public void Parse_BadWeeks_NamesTheLimit(string text, int line, int column, string field, params string[] mentions) =>
        AssertError(text, line, column, field, mentions);

    [Theory]
    [InlineData("blocks: {weeks: 1}\n", 1, 9, "blocks", "expected a list of blocks", "got an object")]
    [InlineData("blocks: []\n", 1, 9, "blocks", "at least one block", "empty list")]
    [InlineData("blocks:\n  - 6\n", 2, 5, "blocks[0]", "expected a block object (weeks, week)", "got '6'")]
    [InlineData("weeks: 2\nweek:\n", 2, 6, "week", "expected a weekly template", "got an empty value", "week: {}")]
    [InlineData("weeks: 2\nweek: [mon, thu]\n", 2, 7, "week", "expected a weekly template", "got a list")]
    [InlineData("weeks: 2\nweek: rest\n", 2, 7, "week", "expected a weekly template", "got 'rest'")]
    [InlineData("weeks: 2\nweek:\n  mon: squat\n", 3, 8, "week.mon", "expected a training day object", "got 'squat'")]
    [InlineData("weeks: 2\nweek:\n  mon:\n", 3, 7, "week.mon", "expected a training day object", "got an empty value")]
    [InlineData("weeks: 2\nweek:\n  mon: {exercises: {exercise: back squat}}\n", 3, 20, "week.mon.exercises", "expected a list of exercises", "got an object")]
    public void Parse_BadStructure_SaysWhatWasExpected(string text, int line, int column, string field, params string[] mentions) =>
        AssertError(text, line, column, field, mentions);

    [Theory]
    [InlineData("start: 25:00", "week.mon.start", "local clock time like 17:00", "'25:00'")]
    [InlineData("start: 2026-11-20T17:00", "week.mon.start", "have no date")]
    [InlineData("start: evening", "week.mon.start", "'evening'")]
    [InlineData("start: [17]", "week.mon.start", "got a list")]
    [InlineData("transition: 25 h", "week.mon.transition", "at most 24 h")]
    [InlineData("transition: 2 days", "week.mon.transition", "unknown unit 'days'")]
    public void Parse_BadDayValue_NamesFieldAndExpectation(string line, string field, params string[] mentions)
    {
        var text = $"weeks: 2\nweek:\n  mon:\n    {line}\n    exercises: []\n";
        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        AssertError(text, 4, 5 + key.Length + 2, field, mentions);
    }

    [Theory]
    [InlineData("protein: 5.5 g/kg/day", "nutrition.protein", "between 0 and 5 g/kg/day", "'5.5 g/kg/day'")]
    [InlineData("protein: 500 g/day", "nutrition.protein", "between 0 and 5 g/kg/day", "'500 g/day'", "6.25 g/kg/day for 80 kg body mass")]
    [InlineData("protein: -1", "nutrition.protein", "cannot be negative")]
    [InlineData("protein: 1.6 g/lb", "nutrition.protein", "g/kg/day or g/day", "unknown unit 'g/lb'")]
    [InlineData("protein: lots", "nutrition.protein", "g/kg/day or g/day", "'lots'")]
    [InlineData("protein: [1.6]", "nutrition.protein", "got a list")]
    [InlineData("energy_balance: 2500 kcal/day", "nutrition.energy_balance", "between -2000 and +2000 kcal/day", "'2500 kcal/day'")]
    [InlineData("energy_balance: -2001", "nutrition.energy_balance", "between -2000 and +2000 kcal/day")]
    [InlineData("energy_balance: 300 kJ/day", "nutrition.energy_balance", "kcal/day", "unknown unit 'kj/day'")]
    [InlineData("energy_balance: surplus", "nutrition.energy_balance", "energy balance in kcal/day", "'surplus'")]
    public void Parse_BadNutrition_NamesFieldAndExpectation(string line, string field, params string[] mentions)
    {
        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        AssertError($"weeks: 1\nweek: {{}}\nnutrition:\n  {line}\n", 4, 3 + key.Length + 2, field, mentions);
    }

    [Fact]
    public void Parse_NutritionNotAnObject_IsAnError() =>
        AssertError("weeks: 1\nweek: {}\nnutrition: 1.6 g/kg/day\n", 3, 12, "nutrition", "expected a nutrition object (protein, energy_balance)");

    [Theory]
    [InlineData("testosterone: 200 nmol/L", "between 0.1 and 150 nmol/L", "'200 nmol/L'")]
    [InlineData("testosterone: 0.05", "between 0.1 and 150 nmol/L")]
    [InlineData("testosterone: 5000 ng/dL", "between 0.1 and 150 nmol/L", "2.9–4326 ng/dL")]
    [InlineData("testosterone: 5 mg", "nmol/L or ng/dL", "unknown unit 'mg'")]
    [InlineData("testosterone: high", "nmol/L or ng/dL", "'high'")]
    [InlineData("testosterone:", "nmol/L or ng/dL", "got an empty value")]
    public void Parse_BadTestosterone_NamesTheRange(string line, params string[] mentions) =>
        AssertError("weeks: 1\nweek: {}\n" + line + "\n", 3, line.EndsWith(':') ? 14 : 15, "testosterone", mentions);

    [Theory]
    [InlineData("reps: 0", "week.mon.exercises[0].reps", "between 1 and 1000 repetitions")]
    [InlineData("load: 120 %1RM", "week.mon.exercises[0].load", "at most 100 %1RM")]
    [InlineData("load: 60 stone", "week.mon.exercises[0].load", "unknown unit 'stone'")]
    [InlineData("rest: 25 h", "week.mon.exercises[0].rest", "at most 24 h")]
    [InlineData("side: up", "week.mon.exercises[0].side", "one of both, left, right")]
    [InlineData("exercise: bak squat", "week.mon.exercises[0].exercise", "unknown exercise 'bak squat'", "closest: 'back squat'")]
    [InlineData("sets: 0", "week.mon.exercises[0].sets", "must be at least 1")]
    [InlineData("rpe: 11", "week.mon.exercises[0].rpe", "between 1 and 10")]
    public void Parse_BadExerciseValue_UsesTheSessionMessagesWithTheProgramPath(string line, string field, params string[] mentions)
    {
        var fields = new Dictionary<string, string> { ["exercise"] = "back squat", ["sets"] = "3", ["reps"] = "5", ["load"] = "5RM" };
        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        fields[key] = line[(key.Length + 2)..];
        var lines = fields.Select((f, i) => (i == 0 ? "      - " : "        ") + f.Key + ": " + f.Value).ToList();
        var text = "weeks: 2\nweek:\n  mon:\n    exercises:\n" + string.Join('\n', lines) + "\n";
        var index = fields.Keys.ToList().IndexOf(key);
        AssertError(text, 5 + index, 9 + key.Length + 2, field, mentions);
    }

    [Fact]
    public void Parse_BadLoadInALaterBlock_GivesTheFullPath() =>
        AssertError("""
            blocks:
              - {weeks: 2, week: {}}
              - weeks: 3
                week:
                  mon: {exercises: [{exercise: bench press, sets: 3, reps: 8, load: 8RM}]}
                  wed:
                    exercises:
                      - {exercise: back squat, sets: 3, reps: 8, load: 8RM}
                      - {exercise: leg press, sets: 3, reps: 8, load: 8RM}
                      - {exercise: bench press, sets: 3, reps: 8, load: 80 percent}
            """, 10, 61, "blocks[1].week.wed.exercises[2].load", "unknown unit 'percent'");

    [Fact]
    public void Parse_MissingLoadInASet_GivesTheFullPath() =>
        AssertError("weeks: 1\nweek:\n  fri:\n    exercises:\n      - exercise: back squat\n        sets:\n          - {reps: 5, load: 5RM}\n          - {reps: 5}\n",
            8, 13, "week.fri.exercises[0].sets[1].load", "missing required field 'load'", "in this set or its exercise");

    [Fact]
    public void Parse_MoreThanAThousandSetsInADay_IsAnError() =>
        AssertError("weeks: 1\nweek:\n  mon:\n    exercises:\n      - {exercise: back squat, sets: 600, reps: 1, load: 50 %1RM}\n"
            + "      - {exercise: leg press, sets: 401, reps: 1, load: 50 %1RM}\n",
            6, 37, "week.mon.exercises[1].sets", "the day would have 1001 sets in total", "at most 1000");

    [Fact]
    public void Parse_BadAthlete_UsesTheSessionMessages() =>
        AssertError("athlete: {age: 12}\nweeks: 1\nweek: {}\n", 1, 16, "athlete.age", "between 15 and 100 years");

    [Fact]
    public void Parse_TooLargeDocument_IsAnError() =>
        AssertError(new string(' ', ProgramFile.MaximumSize + 1), null, null, "", "too large", "at most 5 MB");

    [Fact]
    public void Parse_BinaryText_IsAnError() =>
        AssertError("weeks: 1\nweek: {}\0\n", 2, 9, "", "binary");

    // ---- files ----------------------------------------------------------------------------------------------

    [Fact]
    public void Load_MissingFile_NamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "surge-no-such-program-" + Guid.NewGuid().ToString("N") + ".yaml");
        var result = ProgramFile.Load(path, TestCatalogue.Instance);
        Assert.False(result.Success);
        Assert.Equal((path, (int?)null, "file not found"), (result.Error!.File, result.Error.Line, result.Error.Message));
    }

    [Fact]
    public void Load_Directory_IsAnError() =>
        Assert.Contains("is a directory, expected a program file", ProgramFile.Load(Path.GetTempPath(), TestCatalogue.Instance).Error!.Message);

    [Fact]
    public void Load_FileWithNulByte_IsBinary()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [(byte)'w', (byte)'e', (byte)'e', (byte)'k', (byte)'s', (byte)'\n', (byte)':', 0]);
            var error = ProgramFile.Load(path, TestCatalogue.Instance).Error!;
            Assert.Equal((2, 2), (error.Line, error.Column));
            Assert.Contains("binary", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_ValidFile_GivesTheProgramAndNamesThePathInErrors()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Blocks);
            Assert.Equal(11, ProgramFile.Load(path, TestCatalogue.Instance).Program!.Weeks);
            File.WriteAllText(path, "weeks: 0\nweek: {}\n");
            Assert.StartsWith(path + ":1:8: weeks: ", ProgramFile.Load(path, TestCatalogue.Instance).Error!.ToString());
        }
        finally
        {
            File.Delete(path);
        }
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

    // ---- the shipped programs -------------------------------------------------------------------------------

    private static string ExamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    private static TrainingProgram LoadExample(string name)
    {
        var result = ProgramFile.Load(ExamplePath(name), ExerciseCatalogue.Default);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Empty(result.Warnings);
        return result.Program!;
    }

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "program-*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    [Theory]
    [InlineData("program-west-arms-only.yaml")]
    [InlineData("program-west-arms-then-legs.yaml")]
    [InlineData("program-beginner-full-body-12wk.yaml")]
    [InlineData("program-hypertrophy-split.yaml")]
    [InlineData("program-strength-block.yaml")]
    [InlineData("program-detraining.yaml")]
    [InlineData("program-low-protein.yaml")]
    [InlineData("program-adequate-protein.yaml")]
    public void Programs_AreShipped(string name) => Assert.True(File.Exists(ExamplePath(name)), name);

    [Theory]
    [MemberData(nameof(Programs))]
    public void Load_ShippedProgram_LoadsWithoutErrorOrWarning(string name)
    {
        var program = LoadExample(name);
        Assert.InRange(program.Weeks, 1, TrainingProgram.MaximumWeeks);
        Assert.StartsWith("# ", File.ReadAllLines(ExamplePath(name))[0]);
        Assert.Contains("compare", File.ReadAllLines(ExamplePath(name))[0], StringComparison.OrdinalIgnoreCase);
        Assert.All(program.Blocks.SelectMany(b => b.Days), d => Assert.NotEmpty(d.Bouts));
    }

    [Fact]
    public void Load_WestPrograms_DifferOnlyByTheLegWork()
    {
        var arms = LoadExample("program-west-arms-only.yaml");
        var both = LoadExample("program-west-arms-then-legs.yaml");
        Assert.Equal((15, arms.Athlete, arms.Nutrition, arms.HeldTestosteroneNmolPerL), (both.Weeks, both.Athlete, both.Nutrition, both.HeldTestosteroneNmolPerL));
        Assert.Equal(TrainingStatus.Untrained, arms.Athlete.TrainingStatus);
        var armDays = arms.Blocks.Single().Days;
        var bothDays = both.Blocks.Single().Days;
        Assert.Equal(2, armDays.Count);
        Assert.Equal(armDays.Select(d => (d.Day, d.Start)), bothDays.Select(d => (d.Day, d.Start)));
        for (var i = 0; i < armDays.Count; i++)
        {
            var curl = Assert.Single(armDays[i].Bouts);
            Assert.Equal(Side.Left, curl.Side);
            Assert.Equal(curl, bothDays[i].Bouts[0] with { Sets = curl.Sets });
            Assert.Equal(curl.Sets, bothDays[i].Bouts[0].Sets);
            Assert.Equal(["leg press", "leg extension", "lying leg curl"], bothDays[i].Bouts.Skip(1).Select(b => b.Exercise.Name));
            Assert.All(bothDays[i].Bouts.Skip(1).SelectMany(b => b.Sets), s => Assert.Equal(TimeSpan.FromSeconds(60), s.Rest));
        }
    }

    [Fact]
    public void Load_BeginnerFullBody_IsTwelveWeeksOfThreeFullBodyDays()
    {
        var program = LoadExample("program-beginner-full-body-12wk.yaml");
        Assert.Equal(12, program.Weeks);
        Assert.Equal(TrainingStatus.Untrained, program.Athlete.TrainingStatus);
        var days = program.Blocks.Single().Days;
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], days.Select(d => d.Day));
        Assert.All(days, d =>
        {
            Assert.Equal(["back squat", "bench press", "barbell row", "overhead press", "romanian deadlift", "lat pulldown"], d.Bouts.Select(b => b.Exercise.Name));
            Assert.All(d.Bouts.SelectMany(b => b.Sets), s => Assert.Equal((10, Load.PercentOfOneRm(70), TimeSpan.FromSeconds(90)), (s.Reps, s.Load, s.Rest)));
            Assert.All(d.Bouts, b => Assert.Equal(3, b.Sets.Count));
        });
    }

    [Fact]
    public void Load_ProteinPair_DiffersOnlyInProtein()
    {
        var low = LoadExample("program-low-protein.yaml");
        var adequate = LoadExample("program-adequate-protein.yaml");
        var beginner = LoadExample("program-beginner-full-body-12wk.yaml");
        Assert.Equal((0.8, 1.6), (low.Nutrition.ProteinGPerKgPerDay, adequate.Nutrition.ProteinGPerKgPerDay));
        Assert.Equal(low with { Nutrition = adequate.Nutrition, Blocks = adequate.Blocks }, adequate);
        Assert.Equal(12, low.Weeks);
        Assert.Equal(Flatten(beginner), Flatten(low));
        Assert.Equal(Flatten(beginner), Flatten(adequate));
    }

    [Fact]
    public void Load_Detraining_IsEightWeeksOfTrainingThenFourWithout()
    {
        var program = LoadExample("program-detraining.yaml");
        Assert.Equal([8, 4], program.Blocks.Select(b => b.Weeks));
        Assert.Equal(3, program.Blocks[0].Days.Count);
        Assert.Empty(program.Blocks[1].Days);
        Assert.Equal(Flatten(LoadExample("program-beginner-full-body-12wk.yaml")).Take(8), Flatten(program).Take(8));
    }

    [Fact]
    public void Load_StrengthAndHypertrophy_AreForTrainedMen()
    {
        var strength = LoadExample("program-strength-block.yaml");
        var split = LoadExample("program-hypertrophy-split.yaml");
        Assert.Equal((8, 10), (strength.Weeks, split.Weeks));
        Assert.Equal(TrainingStatus.Trained, strength.Athlete.TrainingStatus);
        Assert.Equal(TrainingStatus.Trained, split.Athlete.TrainingStatus);
        Assert.Equal(4, split.Blocks.Single().Days.Count);
        Assert.All(strength.Blocks.Single().Days.SelectMany(d => d.Bouts).SelectMany(b => b.Sets), s =>
        {
            Assert.InRange(s.Reps, 3, 5);
            Assert.Equal(LoadKind.FractionOfOneRm, s.Load.Kind);
            Assert.InRange(s.Load.Value, 0.85, 0.90);
        });
    }

    /// <summary>The training of each week as comparable text (records with lists compare lists by reference).</summary>
    private static string[] Flatten(TrainingProgram program) =>
        program.Blocks.SelectMany(b => Enumerable.Repeat(b, b.Weeks)).Select(b => string.Join(" | ", b.Days.Select(d => $"{d.Day} {Training(d)}"))).ToArray();

    /// <summary>A day's start and exercises as comparable text.</summary>
    private static string Training(TrainingDay day) =>
        $"{day.Start} " + string.Join("; ", day.Bouts.Select(b => $"{b.Exercise.Name} {b.Side} {b.OneRmKg} {b.Transition} {string.Join(",", b.Sets)}"));
}
