using Surge.Files;
using Surge.Tests.Support;

namespace Surge.Tests.Files;

/// <summary>Every error path of the session reader, with the place and the words of its message.</summary>
public sealed class SessionFileErrorTests
{
    private const string Squat = "exercises:\n  - exercise: back squat\n";

    private static void AssertError(string text, int? line, int? column, string field, params string[] mentions) =>
        AssertError(SessionYaml.ParseError(text), line, column, field, mentions);

    private static void AssertError(InputError error, int? line, int? column, string field, params string[] mentions)
    {
        Assert.Equal("session.yaml", error.File);
        Assert.Equal((line, column, field), (error.Line, error.Column, error.Field));
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, error.Message);
        }
        var rendered = error.ToString();
        Assert.StartsWith(line is null ? "session.yaml: " : $"session.yaml:{line}:{column}: ", rendered);
        if (field.Length > 0)
        {
            Assert.Contains($": {field}: ", rendered);
        }
    }

    [Fact]
    public void Parse_ExerciseNameOver100Characters_FailsWithTheLengthAndAShortMessage()
    {
        var error = SessionYaml.ParseError($"exercises:\n  - {{exercise: {new string('q', 300_000)}, sets: 1, reps: 5, load: 5RM}}\n");

        AssertError(error, 2, 16, "exercises[0].exercise", "too long (300000 characters; at most 100)");
        Assert.True(error.ToString().Length < 300, $"{error.ToString().Length} characters");
    }

    [Fact]
    public void Parse_UnknownFieldOfAMillionCharacters_FailsAtOnceWithAShortMessage()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var error = SessionYaml.ParseError($"? {new string('k', 1_000_000)}\n: 1\n");

        stopwatch.Stop();
        Assert.Contains("unknown field", error.Message);
        Assert.True(error.ToString().Length < 1000, $"{error.ToString().Length} characters");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"{stopwatch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void Parse_UnknownExercise_SuggestsThreeClosest() =>
        AssertError(Squat.Replace("back squat", "bak squat") + "    sets: 3\n    reps: 5\n    load: 5RM\n", 2, 15, "exercises[0].exercise",
            "unknown exercise 'bak squat'", "closest: 'back squat', ", "surge exercises");

    [Fact]
    public void Parse_UnknownExercise_MessageHasExactlyThreeSuggestions()
    {
        var error = SessionYaml.ParseError("exercises:\n  - {exercise: zercher squat, sets: 1, reps: 5, load: 5RM}\n");
        var closest = error.Message[(error.Message.IndexOf("closest:", StringComparison.Ordinal) + 8)..error.Message.IndexOf(" (see", StringComparison.Ordinal)];
        Assert.Equal(3, closest.Split(',').Length);
    }

    [Theory]
    [InlineData("athelte:\n  sex: male\n", 1, 1, "athelte", "in the session", "did you mean 'athlete'?")]
    [InlineData("record_untill: 10\n", 1, 1, "record_untill", "did you mean 'record_until'?")]
    [InlineData("athlete:\n  bodymass: 80 kg\n", 2, 3, "athlete.bodymass", "in athlete", "did you mean 'body_mass'?")]
    [InlineData("exercises:\n  - {exercise: leg press, sets: 1, reps: 5, load: 5RM, rpes: 8}\n", 2, 56, "exercises[0].rpes", "in an exercise", "did you mean 'rpe'?")]
    [InlineData("exercises:\n  - exercise: leg press\n    sets:\n      - {reps: 5, lod: 5RM}\n", 4, 19, "exercises[0].sets[0].lod", "in a set", "did you mean 'load'?")]
    [InlineData("exercises:\n  - exercise: leg press\n    sets:\n      - {reps: 5, load: 5RM, side: left}\n", 4, 30, "exercises[0].sets[0].side", "in a set", "known fields: reps, load")]
    [InlineData("colour: blue\n", 1, 1, "colour", "unknown field 'colour'", "known fields: athlete, start")]
    public void Parse_UnknownField_NamesClosestKnownField(string text, int line, int column, string field, params string[] mentions) =>
        AssertError(text, line, column, field, ["unknown field", .. mentions]);

    [Theory]
    [InlineData("exercises:\n  - {sets: 3, reps: 5, load: 5RM}\n", "exercises[0].exercise", "missing required field 'exercise'")]
    [InlineData("exercises:\n  - {exercise: leg press, reps: 5, load: 5RM}\n", "exercises[0].sets", "missing required field 'sets'")]
    [InlineData("exercises:\n  - {exercise: leg press, sets: 3, load: 5RM}\n", "exercises[0].reps", "missing required field 'reps'")]
    [InlineData("exercises:\n  - {exercise: leg press, sets: 3, reps: 5}\n", "exercises[0].load", "missing required field 'load'", "75 %1RM")]
    public void Parse_MissingRequiredField_PointsAtTheObject(string text, string field, params string[] mentions) =>
        AssertError(text, 2, 5, field, mentions);

    [Fact]
    public void Parse_SetWithoutReps_PointsAtTheSet() =>
        AssertError("exercises:\n  - exercise: leg press\n    load: 5RM\n    sets:\n      - {reps: 5}\n      - {rest: 60 s}\n", 6, 9,
            "exercises[0].sets[1].reps", "missing required field 'reps'", "in this set or its exercise");

    [Theory]
    [InlineData("sets: 0", "exercises[0].sets", "must be at least 1", "'0'")]
    [InlineData("sets: -2", "exercises[0].sets", "must be at least 1", "'-2'")]
    [InlineData("sets: 2.5", "exercises[0].sets", "whole number of sets", "not a whole number")]
    [InlineData("sets: three", "exercises[0].sets", "whole number of sets", "'three'")]
    [InlineData("sets: []", "exercises[0].sets", "at least one set")]
    [InlineData("sets: 1001", "exercises[0].sets", "1001 sets in total", "at most 1000")]
    [InlineData("reps: 0", "exercises[0].reps", "between 1 and 1000 repetitions", "'0'")]
    [InlineData("reps: 1001", "exercises[0].reps", "between 1 and 1000 repetitions", "'1001'")]
    [InlineData("reps: 7.5", "exercises[0].reps", "whole number of repetitions", "not a whole number")]
    [InlineData("reps: \"10\"", "exercises[0].reps", "the quoted text '10'", "without quotes")]
    [InlineData("reps: [10]", "exercises[0].reps", "whole number of repetitions", "got a list")]
    [InlineData("reps: {n: 10}", "exercises[0].reps", "got an object")]
    [InlineData("reps:", "exercises[0].reps", "got an empty value")]
    [InlineData("load: 120 %1RM", "exercises[0].load", "at most 100 %1RM", "'120 %1RM'")]
    [InlineData("load: 0 %1RM", "exercises[0].load", "more than 0 %1RM")]
    [InlineData("load: 0RM", "exercises[0].load", "from 1 to 100")]
    [InlineData("load: 150RM", "exercises[0].load", "from 1 to 100")]
    [InlineData("load: -20 kg", "exercises[0].load", "cannot be negative")]
    [InlineData("load: 1200 kg", "exercises[0].load", "at most 1000 kg")]
    [InlineData("load: 60 stone", "exercises[0].load", "unknown unit 'stone'", "kg, lb, %1RM or NRM")]
    [InlineData("load: [60 kg]", "exercises[0].load", "got a list")]
    [InlineData("rest: 25 h", "exercises[0].rest", "at most 24 h", "'25 h'")]
    [InlineData("rest: 90 parsecs", "exercises[0].rest", "unknown unit 'parsecs'", "s, sec, min or h")]
    [InlineData("rest: -30 s", "exercises[0].rest", "cannot be negative")]
    [InlineData("rir: 11", "exercises[0].rir", "between 0 and 10")]
    [InlineData("rir: -1", "exercises[0].rir", "between 0 and 10")]
    [InlineData("rir: lots", "exercises[0].rir", "reps in reserve", "'lots'")]
    [InlineData("rpe: 0.5", "exercises[0].rpe", "between 1 and 10")]
    [InlineData("rpe: 11", "exercises[0].rpe", "between 1 and 10")]
    [InlineData("to_failure: yes", "exercises[0].to_failure", "true or false", "'yes'")]
    [InlineData("to_failure: \"true\"", "exercises[0].to_failure", "true or false", "quoted text")]
    [InlineData("tempo: 3-0-1", "exercises[0].tempo", "3-0-1-0", "'3-0-1'")]
    [InlineData("tempo: slow", "exercises[0].tempo", "3-0-1-0", "'slow'")]
    [InlineData("tempo: 0-0-0-0", "exercises[0].tempo", "must take some time")]
    [InlineData("tempo: 99-0-1-0", "exercises[0].tempo", "0–60 s")]
    [InlineData("one_rm: 80 %1RM", "exercises[0].one_rm", "absolute mass in kg or lb")]
    [InlineData("one_rm: 10RM", "exercises[0].one_rm", "absolute mass in kg or lb")]
    [InlineData("one_rm: 0 kg", "exercises[0].one_rm", "more than 0 kg")]
    [InlineData("side: up", "exercises[0].side", "one of both, left, right", "'up'")]
    [InlineData("side: left", "exercises[0].side", "'back squat' cannot be done one side at a time")]
    [InlineData("transition: 2 days", "exercises[0].transition", "unknown unit 'days'")]
    public void Parse_BadExerciseValue_NamesFieldAndExpectation(string line, string field, params string[] mentions)
    {
        var builder = new SessionYaml().Line("exercises:").Line("  - exercise: back squat");
        var fields = new Dictionary<string, string> { ["sets"] = "3", ["reps"] = "5", ["load"] = "5RM" };
        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        fields[key] = line[(key.Length + 1)..].TrimStart();
        var lineNumber = 2;
        var errorLine = 0;
        foreach (var (name, value) in fields)
        {
            builder.Line($"    {name}: {value}".TrimEnd());
            lineNumber++;
            if (name == key)
            {
                errorLine = lineNumber;
            }
        }
        var error = SessionYaml.ParseError(builder.ToString());
        var column = line.EndsWith(':') ? 5 + key.Length + 1 : 5 + key.Length + 2;
        if (mentions[0].Contains("sets in total", StringComparison.Ordinal))
        {
            column = 11;
        }
        AssertError(error, errorLine, line.EndsWith(':') ? error.Column : column, field, mentions);
    }

    [Theory]
    [InlineData("rir: 2, rpe: 8", "rpe", "this set also has 'rir'")]
    [InlineData("rpe: 8, to_failure: true", "to_failure", "this set also has 'rpe'")]
    [InlineData("to_failure: true, rir: 0", "rir", "this set also has 'to_failure'")]
    public void Parse_TwoEffortFields_PointsAtTheSecond(string effort, string second, string mentions)
    {
        var text = $"exercises:\n  - {{exercise: leg press, sets: 1, reps: 5, load: 5RM, {effort}}}\n";
        var column = text.Split('\n')[1].IndexOf(second + ":", StringComparison.Ordinal) + 1;
        AssertError(text, 2, column, "exercises[0]." + second, "only one of rir, rpe and to_failure", mentions);
    }

    [Fact]
    public void Parse_TooManySetsInTotal_PointsAtTheSetsThatCrossTheLimit()
    {
        var text = SessionYaml.Exercises().Exercise("leg press", sets: 600).Exercise("leg extension", sets: 401).ToString();
        AssertError(text, 8, 11, "exercises[1].sets", "1001 sets in total", "at most 1000");
    }

    [Fact]
    public void Parse_TooManySetsInList_PointsAtTheFirstSetOverTheLimit()
    {
        var builder = SessionYaml.Exercises().Exercise("leg press", sets: 999).Line("  - exercise: leg extension").Line("    sets:");
        builder.Line("      - {reps: 5, load: 5RM}").Line("      - {reps: 5, load: 5RM}");
        AssertError(builder.ToString(), 10, 9, "exercises[1].sets[1]", "1001 sets in total");
    }

    [Theory]
    [InlineData("athlete:\n  body_mass: 25 kg\n", 2, 14, "athlete.body_mass", "between 30 and 250 kg", "'25 kg'")]
    [InlineData("athlete:\n  body_mass: 600 lb\n", 2, 14, "athlete.body_mass", "between 30 and 250 kg", "'600 lb'")]
    [InlineData("athlete:\n  body_mass: 80 stone\n", 2, 14, "athlete.body_mass", "kg or lb", "unknown unit 'stone'")]
    [InlineData("athlete:\n  age: 12\n", 2, 8, "athlete.age", "between 15 and 100 years", "'12'")]
    [InlineData("athlete:\n  age: 101\n", 2, 8, "athlete.age", "between 15 and 100 years")]
    [InlineData("athlete:\n  age: old\n", 2, 8, "athlete.age", "an age in years as a number", "'old'")]
    [InlineData("athlete:\n  age: \"25\"\n", 2, 8, "athlete.age", "without quotes")]
    [InlineData("athlete:\n  body_fat: 2 %\n", 2, 13, "athlete.body_fat", "between 3 and 60 %", "'2 %'")]
    [InlineData("athlete:\n  body_fat: 0.15\n", 2, 13, "athlete.body_fat", "between 3 and 60 %")]
    [InlineData("athlete:\n  body_fat: 70 %\n", 2, 13, "athlete.body_fat", "between 3 and 60 %")]
    [InlineData("athlete:\n  resting_testosterone: 200 nmol/L\n", 2, 25, "athlete.resting_testosterone", "between 0.1 and 150 nmol/L", "'200 nmol/L'")]
    [InlineData("athlete:\n  resting_testosterone: 0.01\n", 2, 25, "athlete.resting_testosterone", "between 0.1 and 150 nmol/L")]
    [InlineData("athlete:\n  resting_testosterone: 18 pg/mL\n", 2, 25, "athlete.resting_testosterone", "nmol/L or ng/dL", "unknown unit")]
    [InlineData("athlete:\n  sex: robot\n", 2, 8, "athlete.sex", "one of male, female", "'robot'")]
    [InlineData("athlete:\n  training_status: pro\n", 2, 20, "athlete.training_status", "one of untrained, trained, elite")]
    [InlineData("athlete: [male, 25]\n", 1, 10, "athlete", "expected an athlete object", "got a list")]
    [InlineData("athlete: strong\n", 1, 10, "athlete", "expected an athlete object", "'strong'")]
    public void Parse_BadAthlete_NamesFieldRangeAndValue(string text, int line, int column, string field, params string[] mentions) =>
        AssertError(text, line, column, field, mentions);

    [Theory]
    [InlineData("start: tomorrow\n", 1, 8, "start", "2026-11-20T17:30", "'tomorrow'")]
    [InlineData("start: 2026-11-20T17:30+01:00\n", 1, 8, "start", "no time zone")]
    [InlineData("start: 2026-13-40T17:30\n", 1, 8, "start", "local date and time")]
    [InlineData("start: 25:00\n", 1, 8, "start", "'25:00'")]
    [InlineData("start: [17, 30]\n", 1, 8, "start", "got a list")]
    [InlineData("record_until: 49 h\n", 1, 15, "record_until", "at most 48 h", "'49 h'")]
    [InlineData("record_until: 3000\n", 1, 15, "record_until", "at most 48 h", "'3000'")]
    [InlineData("record_until: forever\n", 1, 15, "record_until", "a bare number is min", "'forever'")]
    [InlineData("transition: 25 h\n", 1, 13, "transition", "at most 24 h")]
    [InlineData("exercises: {exercise: back squat}\n", 1, 12, "exercises", "expected a list of exercises", "got an object")]
    [InlineData("exercises: back squat\n", 1, 12, "exercises", "expected a list of exercises", "'back squat'")]
    [InlineData("exercises:\n  - back squat\n", 2, 5, "exercises[0]", "expected an exercise object", "'back squat'")]
    [InlineData("exercises:\n  - {exercise: [back squat], sets: 1, reps: 1, load: 1RM}\n", 2, 16, "exercises[0].exercise", "name from the catalogue", "got a list")]
    [InlineData("exercises:\n  - {exercise: leg press, sets: [3], reps: 1, load: 1RM}\n", 2, 34, "exercises[0].sets[0]", "expected a set object", "'3'")]
    [InlineData("exercises:\n  - {exercise: leg press, sets: {n: 3}, reps: 1, load: 1RM}\n", 2, 33, "exercises[0].sets", "whole number of sets", "got an object")]
    [InlineData("- exercise: back squat\n", 1, 1, "", "expected a session object", "got a list")]
    [InlineData("hello\n", 1, 1, "", "expected a session object", "'hello'")]
    public void Parse_WrongShapeOrValue_NamesFieldAndExpectation(string text, int line, int column, string field, params string[] mentions) =>
        AssertError(text, line, column, field, mentions);

    [Theory]
    [InlineData("athlete:\n  sex: male\n  sex: female\n", 3, 3, "athlete.sex")]
    [InlineData("start: 17:00\nstart: 18:00\n", 2, 1, "start")]
    [InlineData("exercises:\n  - {exercise: leg press, sets: 1, reps: 5, reps: 6, load: 5RM}\n", 2, 45, "exercises[0].reps")]
    [InlineData("{\"start\": \"17:00\",\n \"start\": \"18:00\"}\n", 2, 2, "start")]
    public void Parse_DuplicateKey_PointsAtTheSecond(string text, int line, int column, string field) =>
        AssertError(text, line, column, field, "duplicate key", "only once");

    [Theory]
    [InlineData("athlete:\n  sex: male\n age: 25\n", 3, "malformed YAML/JSON")]
    [InlineData("exercises:\n  - {exercise: leg press, sets: 1\n", 3, "malformed YAML/JSON")]
    [InlineData("start: \"17:00\n", 1, "malformed YAML/JSON")]
    [InlineData("a: b: c\n", 1, "malformed YAML/JSON")]
    [InlineData("exercises:\n\t- {exercise: leg press}\n", 2, "malformed YAML/JSON")]
    [InlineData("start: 17:00\n[\na\n", 1, "cannot be read past this point")]
    public void Parse_MalformedYaml_GivesParserPosition(string text, int line, string mentions)
    {
        var error = SessionYaml.ParseError(text);
        Assert.True(line == error.Line, error.ToString());
        Assert.NotNull(error.Column);
        Assert.Contains(mentions, error.Message);
        Assert.DoesNotContain("Idx:", error.Message);
    }

    [Theory]
    [InlineData("{\"start\": \"17:00\", \"exercises\": [}\n", 1)]
    [InlineData("{\n  \"start\": \"17:00\",\n  \"exercises\": [\n    {\"exercise\": \"leg press\" \"sets\": 1}\n  ]\n}\n", 4)]
    [InlineData("{\"start\": \"17:00\"\n", 2)]
    public void Parse_MalformedJson_GivesParserPosition(string text, int line)
    {
        var error = SessionYaml.ParseError(text, "session.json");
        Assert.Equal("session.json", error.File);
        Assert.Equal(line, error.Line);
        Assert.NotNull(error.Column);
        Assert.Contains("malformed YAML/JSON", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n...\n")]
    [InlineData("null\n")]
    public void Parse_EmptyDocument_SaysEmpty(string text) =>
        AssertError(text, null, null, "", "the file is empty", "exercises");

    [Fact]
    public void Parse_TwoDocuments_SaysOneExpected() =>
        AssertError("start: 17:00\n---\nstart: 18:00\n", 2, 1, "", "expected one document");

    [Theory]
    [InlineData("start: 17:00\nab\0cd\n", 2, 3, "NUL")]
    [InlineData("start: 17:00 \uFFFD\n", 1, 14, "not valid UTF-8")]
    [InlineData("start: \uD800x\n", 1, 8, "not valid UTF-8")]
    public void Parse_BinaryText_GivesPosition(string text, int line, int column, string mentions) =>
        AssertError(text, line, column, "", mentions, "expected a YAML or JSON text file");

    [Fact]
    public void Parse_DocumentOverFiveMegabytes_IsRefused()
    {
        var text = "# " + new string('x', SessionFile.MaximumSize) + "\n";
        AssertError(text, null, null, "", "too large", "at most 5 MB");
    }

    [Fact]
    public void Parse_DeepNesting_IsRefused() =>
        AssertError("exercises: " + new string('[', 200) + new string(']', 200) + "\n", 1, 76, "exercises" + string.Concat(Enumerable.Repeat("[0]", 64)), "nested more than 64 levels");

    [Fact]
    public void Parse_UnknownAlias_IsRefused() =>
        AssertError("exercises:\n  - *nothing\n", 2, 5, "exercises[0]", "*nothing", "no anchor");

    [Fact]
    public void Parse_NonScalarKey_IsRefused() =>
        AssertError("? [a, b]\n: 1\n", 1, 3, "", "a key must be a plain name", "got a list");
}
