using BenchmarkDotNet.Attributes;
using Surge.App;
using Surge.Catalogue;
using Surge.Files;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Bench;

/// <summary>
/// Cost of simulating the shipped example sessions with their full 1-minute series, and of parsing one
/// (formats.md, "Build and run": the name <c>SessionBenchmarks.LegDay</c> is fixed).
/// </summary>
[MemoryDiagnoser]
public class SessionBenchmarks
{
    private Session _legDay = null!;
    private Session _armDay = null!;
    private Session _hypertrophyTenRm = null!;
    private string _legDayText = null!;

    [GlobalSetup]
    public void Setup()
    {
        _legDay = LoadExample("leg-day.yaml");
        _armDay = LoadExample("arm-day.yaml");
        _hypertrophyTenRm = LoadExample("hypertrophy-10rm-1min.yaml");
        _legDayText = File.ReadAllText(ExamplePath("leg-day.yaml"));
    }

    /// <summary>The shipped leg day (16 sets, 180 min recorded after the last set), full series.</summary>
    [Benchmark]
    public SimulationResult LegDay() => SessionSimulator.Default.Simulate(_legDay);

    /// <summary>The shipped arm day, full series.</summary>
    [Benchmark]
    public SimulationResult ArmDay() => SessionSimulator.Default.Simulate(_armDay);

    /// <summary>The shipped 10RM hypertrophy protocol with 1-minute rests, full series.</summary>
    [Benchmark]
    public SimulationResult HypertrophyTenRm() => SessionSimulator.Default.Simulate(_hypertrophyTenRm);

    /// <summary>Parsing the leg day's text (YAML to <see cref="Session"/>), for comparison with simulating it.</summary>
    [Benchmark]
    public SessionFileResult ParseLegDay() => InputFiles.ParseSession(_legDayText, "leg-day.yaml", ExerciseCatalogue.Default);

    /// <summary>The example's path next to the benchmark assembly (the project copies examples/ to the output).</summary>
    internal static string ExamplePath(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "examples", name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Benchmark input '{path}' is missing: bench/Surge.Bench should copy examples/ to its output folder.", path);
        }
        return path;
    }

    /// <summary>Parses an example once; throws with the parser's message if it does not parse.</summary>
    internal static Session LoadExample(string name)
    {
        var result = InputFiles.LoadSession(ExamplePath(name), ExerciseCatalogue.Default);
        return result.Session
            ?? throw new InvalidOperationException($"Benchmark input '{name}' does not parse: {result.Error}");
    }
}
