using Surge.Files;
using static Surge.Tests.Files.ProgramFileTesting;

namespace Surge.Tests.Files;

/// <summary>
/// The program reader's error paths: empty or malformed documents, unknown fields and days, weeks and blocks, structure,
/// day, nutrition, testosterone and exercise values, limits; each error is located and names the program path.
/// </summary>
public sealed class ProgramFileErrorTests
{
    [Fact]
    public void Parse_SessionFile_IsRefusedAsAProgram() =>
        AssertError("start: 17:00\nexercises: []\n", 1, 1, "start", "unknown field 'start' in the program", "known fields: athlete, nutrition");

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
}
