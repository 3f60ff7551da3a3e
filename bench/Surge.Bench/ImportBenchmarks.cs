using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Surge.Catalogue;
using Surge.History;
using Surge.Import;
using Surge.Logs;
using Surge.Storage;
using Surge.Training;

namespace Surge.Bench;

/// <summary>
/// The scale of a lifter's whole history: a generated Strong export of ten years, five sessions a week, 25 sets each
/// (2,600 workouts, 65,000 sets, 50,000 rest-timer rows), imported into a fresh SQLite database (goal ≤ 10 s), and
/// `surge history`'s work on it: read every workout back and analyse them (goal ≤ 5 s).
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _text = "";
    private string _folder = "";
    private string _importDb = "";
    private string _historyDb = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = GenerateStrong(2600);
        _folder = Path.Combine(Path.GetTempPath(), "surge-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(_folder);
        _historyDb = Path.Combine(_folder, "history.db");
        using var store = SurgeStore.Open(_historyDb);
        store.Import(Parse(), "bench.csv");
    }

    [IterationSetup(Target = nameof(Import65k))]
    public void FreshDatabase()
    {
        _importDb = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>`surge import`: parse the export, match names, and store it in one transaction in a new SQLite database.</summary>
    [Benchmark]
    public ImportResult Import65k()
    {
        using var store = SurgeStore.Open(_importDb);
        return store.Import(Parse(), "bench.csv");
    }

    /// <summary>`surge history`: read the 65,000 sets back and analyse them (sessions, weekly hard sets, projection).</summary>
    [Benchmark]
    public HistoryReport History65kFromDatabase()
    {
        using var store = SurgeStore.Open(_historyDb);
        return HistoryAnalyzer.Analyze(store.Workouts(), Athlete.Default, ExerciseCatalogue.Default);
    }

    private WorkoutLog Parse()
    {
        var result = WorkoutLogReader.Read(_text, "bench.csv", LogFormat.Strong, ExerciseCatalogue.Default);
        return result.Log ?? throw new InvalidOperationException("the generated export did not parse: " + result.Error);
    }

    /// <summary>A current-layout Strong export of <paramref name="workouts"/> workouts of 25 sets with rest-timer rows.</summary>
    internal static string GenerateStrong(int workouts)
    {
        string[] exercises = ["Squat (Barbell)", "Bench Press (Barbell)", "Lat Pulldown (Cable)", "Bicep Curl (Dumbbell)", "Leg Press"];
        var text = new StringBuilder(workouts * 25 * 260);
        text.Append("\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";\"Notes\";\"Workout Notes\"\r\n");
        var start = new DateTime(2016, 1, 4, 17, 30, 0);
        for (var w = 0; w < workouts; w++)
        {
            var date = start.AddDays(w / 5 * 7 + w % 5).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            for (var s = 0; s < 25; s++)
            {
                var exercise = exercises[s / 5];
                var order = s % 5 == 0 ? "W" : (s % 5).ToString(CultureInfo.InvariantCulture);
                var weight = (40 + s % 5 * 10 + w % 7 * 2.5).ToString(CultureInfo.InvariantCulture);
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
