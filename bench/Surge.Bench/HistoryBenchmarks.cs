using BenchmarkDotNet.Attributes;
using Surge.Catalogue;
using Surge.History;
using Surge.Logs;
using Surge.Training;

namespace Surge.Bench;

/// <summary>
/// Cost of analysing a long training history: 2,600 workouts of 25 sets (65,000 sets, ten years of a 4-day split),
/// each workout simulated once, plus weekly hard sets and the 12-week projection. Target: ≤ 5 s.
/// </summary>
[MemoryDiagnoser]
public class HistoryBenchmarks
{
    public const int Workouts = 2600;
    public const int SetsPerWorkout = 25;

    private static readonly string[][] _days =
    [
        ["Squat (Barbell)", "leg press", "leg extension", "standing calf raise"],
        ["bench press", "barbell row", "overhead press", "barbell curl"],
        ["deadlift", "dumbbell lunge", "lying leg curl", "hip thrust"],
        ["incline bench press", "lat pulldown", "triceps pushdown", "lateral raise"],
    ];

    private IReadOnlyList<LoggedWorkout> _log = [];

    [GlobalSetup]
    public void Setup() => _log = Generate(Workouts, SetsPerWorkout);

    /// <summary>The whole analysis of 65,000 logged sets.</summary>
    [Benchmark]
    public HistoryReport History65k() => HistoryAnalyzer.Analyze(_log, Athlete.Default, ExerciseCatalogue.Default);

    /// <summary>A 4-day upper/lower split (Mon, Tue, Thu, Fri), a warm-up every sixth set, loads cycling over 7 workouts.</summary>
    internal static IReadOnlyList<LoggedWorkout> Generate(int workouts, int setsPerWorkout)
    {
        var catalogue = ExerciseCatalogue.Default;
        var start = new DateTime(2016, 1, 4, 17, 30, 0);
        var offsets = new[] { 0, 1, 3, 4 };
        var result = new List<LoggedWorkout>(workouts);
        for (var w = 0; w < workouts; w++)
        {
            var names = _days[w % 4];
            var when = start.AddDays(7 * (w / 4) + offsets[w % 4]);
            var sets = new List<LoggedSet>(setsPerWorkout);
            for (var s = 0; s < setsPerWorkout; s++)
            {
                var name = names[Math.Min(s * names.Length / setsPerWorkout, names.Length - 1)];
                var kind = s % 6 == 0 ? SetKind.WarmUp : SetKind.Working;
                var kg = 40.0 + 5 * (w % 7) + (kind == SetKind.WarmUp ? -20 : 0);
                sets.Add(new LoggedSet(s + 1, kind, name, catalogue.Find(name)?.Name, kg, 8 + s % 3, kind == SetKind.WarmUp ? null : 8, 120, false, s + 2));
            }
            result.Add(new LoggedWorkout(when, names[0], TimeSpan.FromMinutes(70), sets, $"gen|{when:O}"));
        }
        return result;
    }
}
