using Surge.Tests.Support;

namespace Surge.Cli.Tests;

/// <summary>Small program files in the formats.md schema, written into a test's temporary folder.</summary>
public static class ProgramFiles
{
    /// <summary>A 4-week, 2-day program with a one-sided bout (so the sides differ).</summary>
    public const string FourWeeks = """
        athlete: { sex: male, age: 30, training_status: untrained }
        nutrition: { protein: 1.6 g/kg/day, energy_balance: 0 kcal/day }
        weeks: 4
        week:
          mon:
            start: "17:00"
            exercises:
              - { exercise: back squat, sets: 3, reps: 10, load: 70 %1RM, rest: 2 min }
              - { exercise: dumbbell curl, side: left, sets: 3, reps: 10, load: 10RM, rest: 60 s }
          thu:
            start: "17:00"
            exercises:
              - { exercise: bench press, sets: 3, reps: 8, load: 75 %1RM, rest: 2 min }
        """;

    /// <summary>Blocks: 3 weeks of training, then a 2-week break.</summary>
    public const string Blocks = """
        athlete: { sex: female, age: 25 }
        blocks:
          - weeks: 3
            week:
              tue: { start: "18:00", exercises: [ { exercise: leg press, sets: 4, reps: 12, load: 12RM, rest: 90 s } ] }
              fri: { start: "18:00", exercises: [ { exercise: bench press, sets: 3, reps: 10, load: 10RM, rest: 2 min } ] }
          - { weeks: 2, week: {} }
        """;

    /// <summary>A program whose day names an exercise the catalogue does not know.</summary>
    public const string UnknownExercise = """
        weeks: 2
        week:
          mon: { exercises: [ { exercise: zercher walk of doom, sets: 3, reps: 10, load: 10RM } ] }
        """;

    public static string Write(TemporaryFolder folder, string name, string text)
    {
        var path = folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }
}
