using System.Globalization;
using BenchmarkDotNet.Attributes;
using Surge.Catalogue;
using Surge.History;
using Surge.Import;
using Surge.Logs;
using Surge.Storage;
using Surge.TestData;
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
        _text = GeneratedLogs.StrongExport(2600, decimalComma: false);
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

    /// <summary>Reading the export alone: CSV parsing, layout detection, unit handling and exercise-name matching.</summary>
    [Benchmark]
    public WorkoutLog Parse65k() => Parse();

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
        var result = WorkoutLogReader.Read(_text, "bench.csv", new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default));
        return result.Log ?? throw new InvalidOperationException("the generated export did not parse: " + result.Error);
    }
}
