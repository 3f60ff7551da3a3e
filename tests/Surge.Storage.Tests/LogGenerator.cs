using Surge.Logs;

namespace Surge.Storage.Tests;

/// <summary>Builds WorkoutLog instances in code: one workout every other day, deterministic contents.</summary>
public static class LogGenerator
{
    public static readonly DateTime FirstStart = new(2026, 1, 5, 17, 0, 0);

    private static readonly string[] _exercises = ["Squat (Barbell)", "Bench Press (Barbell)", "Deadlift (Barbell)", "Pull Up", "Bicep Curl (Dumbbell)"];
    private static readonly string?[] _matched = ["back squat", "bench press", "deadlift", "pull-up", null];

    /// <summary>Workouts number <paramref name="first"/> … first+count-1; the same number always gives the same workout.</summary>
    public static WorkoutLog Build(int first, int count, int setsPerWorkout = 6, LogFormat format = LogFormat.Strong) =>
        new(
            format,
            format == LogFormat.Strong ? "strong-semicolon" : "hevy",
            [.. Enumerable.Range(first, count).Select(n => Workout(n, setsPerWorkout))],
            [new SkippedRow(3, "cardio")],
            [],
            []);

    public static LoggedWorkout Workout(int number, int setsPerWorkout = 6)
    {
        var start = FirstStart.AddDays(2 * number).AddMinutes(number % 7);
        var sets = new LoggedSet[setsPerWorkout];
        for (var i = 0; i < setsPerWorkout; i++)
        {
            var e = (number + i / 3) % _exercises.Length;
            sets[i] = new LoggedSet(
                Order: i + 1,
                Kind: i % 3 == 0 ? SetKind.WarmUp : (i % 11 == 10 ? SetKind.Failure : SetKind.Working),
                ExerciseName: _exercises[e],
                Exercise: _matched[e],
                WeightKg: e == 3 ? null : 20 + (number % 40) * 2.5 + i,
                Reps: 5 + i % 6,
                Rpe: i % 2 == 0 ? null : 7.5 + (i % 3) * 0.5,
                RestSeconds: i % 4 == 0 ? null : 90 + i,
                RestInferred: i % 5 == 1,
                Line: 2 + number * setsPerWorkout + i);
        }

        TimeSpan? duration = number % 9 == 0 ? null : TimeSpan.FromMinutes(45 + number % 30);
        return new LoggedWorkout(start, $"Workout {number % 4}", duration, sets, $"strong|{start:yyyy-MM-ddTHH:mm:ss}|{number}");
    }

    public static WorkoutLog WithWorkouts(WorkoutLog log, IEnumerable<LoggedWorkout> workouts) =>
        log with { Workouts = [.. workouts] };
}
