using BenchmarkDotNet.Attributes;
using Surge.Catalogue;
using Surge.History;
using Surge.Logs;
using Surge.TestData;
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


    private IReadOnlyList<LoggedWorkout> _log = [];

    [GlobalSetup]
    public void Setup() => _log = GeneratedLogs.Split(Workouts, SetsPerWorkout);

    /// <summary>The whole analysis of 65,000 logged sets.</summary>
    [Benchmark]
    public HistoryReport History65k() => HistoryAnalyzer.Analyze(_log, Athlete.Default, ExerciseCatalogue.Default);
}
