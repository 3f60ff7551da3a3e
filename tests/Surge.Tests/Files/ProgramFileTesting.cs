using Surge.Files;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Files;

/// <summary>
/// What the program reader's test classes share: the sample programs, parsing against the test catalogue, the error
/// assertion, and a day's training as comparable text.
/// </summary>
internal static class ProgramFileTesting
{
    /// <summary>A valid weekly-template program touching every field.</summary>
    internal const string Template = """
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
    internal const string Blocks = """
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
    internal const string Minimal = "weeks: 1\nweek:\n  mon:\n    exercises:\n      - {exercise: back squat, sets: 1, reps: 5, load: 5RM}\n";

    internal static ProgramFileResult Parse(string text, string fileName = "program.yaml") =>
        ProgramFile.Parse(text, fileName, TestCatalogue.Instance);

    internal static TrainingProgram ParseOk(string text)
    {
        var result = Parse(text);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Null(result.Error);
        return result.Program!;
    }

    internal static void AssertError(string text, int? line, int? column, string field, params string[] mentions)
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

    /// <summary>A day's start and exercises as comparable text.</summary>
    internal static string TrainingOf(TrainingDay day) =>
        $"{day.Start} " + string.Join("; ", day.Bouts.Select(b => $"{b.Exercise.Name} {b.Side} {b.OneRmKg} {b.Transition} {string.Join(",", b.Sets)}"));
}
