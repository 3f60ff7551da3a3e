using System.Globalization;
using System.Text;
using Surge.Catalogue;
using Surge.Logs;

namespace Surge.TestData;

/// <summary>
/// Deterministic large training logs, shared by the tests and the benchmarks (linked into both projects) so that
/// both measure the same input.
/// </summary>
internal static class GeneratedLogs
{
    private static readonly DateTime _start = new(2016, 1, 4, 17, 30, 0);

    private static readonly string[][] _days =
    [
        ["Squat (Barbell)", "leg press", "leg extension", "standing calf raise"],
        ["bench press", "barbell row", "overhead press", "barbell curl"],
        ["deadlift", "dumbbell lunge", "lying leg curl", "hip thrust"],
        ["incline bench press", "lat pulldown", "triceps pushdown", "lateral raise"],
    ];

    private static readonly string[] _strongExercises =
        ["Squat (Barbell)", "Bench Press (Barbell)", "Lat Pulldown (Cable)", "Bicep Curl (Dumbbell)", "Leg Press"];

    /// <summary>
    /// A 4-day upper/lower split (Mon, Tue, Thu, Fri) of four exercises a day, a warm-up every sixth set, loads
    /// cycling over 7 workouts.
    /// </summary>
    public static IReadOnlyList<LoggedWorkout> Split(int workouts, int setsPerWorkout)
    {
        var catalogue = ExerciseCatalogue.Default;
        var offsets = new[] { 0, 1, 3, 4 };
        var result = new List<LoggedWorkout>(workouts);
        for (var w = 0; w < workouts; w++)
        {
            var names = _days[w % 4];
            var when = _start.AddDays(7 * (w / 4) + offsets[w % 4]);
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

    /// <summary>
    /// A current-layout (semicolon) Strong export of <paramref name="workouts"/> workouts of 25 sets, five a week,
    /// with rest-timer rows; weights with a decimal comma (as a European phone writes them) or a decimal point.
    /// </summary>
    public static string StrongExport(int workouts, bool decimalComma)
    {
        var text = new StringBuilder(workouts * 25 * 260);
        text.Append("\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";\"Notes\";\"Workout Notes\"\r\n");
        for (var w = 0; w < workouts; w++)
        {
            var date = _start.AddDays(w / 5 * 7 + w % 5).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            for (var s = 0; s < 25; s++)
            {
                var exercise = _strongExercises[s / 5];
                var order = s % 5 == 0 ? "W" : (s % 5).ToString(CultureInfo.InvariantCulture);
                var weight = (40 + s % 5 * 10 + w % 7 * 2.5).ToString(CultureInfo.InvariantCulture);
                if (decimalComma)
                {
                    weight = weight.Replace('.', ',');
                }
                text.Append(CultureInfo.InvariantCulture, $"\"{w + 1}\";\"{date}\";\"Session {w % 5}\";\"3900\";\"{exercise}\";\"{order}\";\"{weight}\";\"{8 + s % 3}\";\"8\";\"0\";\"0\";\"\";\"\"\r\n");
                if (s % 5 != 4)
                {
                    text.Append(CultureInfo.InvariantCulture, $"\"{w + 1}\";\"{date}\";\"Session {w % 5}\";\"3900\";\"{exercise}\";\"Rest Timer\";\"0\";\"0\";\"\";\"0\";\"120\";\"\";\"\"\r\n");
                }
            }
        }
        return text.ToString();
    }
}
