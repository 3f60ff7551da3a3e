using BenchmarkDotNet.Attributes;
using Surge.Adaptation;
using Surge.App;
using Surge.Catalogue;
using Surge.Files;
using Surge.Training;

namespace Surge.Bench;

/// <summary>
/// Cost of simulating a whole training program (formats.md, "Build and run": the name
/// <c>ProgramBenchmarks.TwelveWeeks</c> is fixed).
/// </summary>
[MemoryDiagnoser]
public class ProgramBenchmarks
{
    /// <summary>The 12-week, 3-day full-body program in examples/.</summary>
    public const string TwelveWeekExample = "program-beginner-full-body-12wk.yaml";

    private TrainingProgram _twelveWeeks = null!;

    [GlobalSetup]
    public void Setup() => _twelveWeeks = LoadProgram(TwelveWeekExample);

    /// <summary>The shipped 12-week, 3-day full-body beginner program, start to end.</summary>
    [Benchmark]
    public ProgramResult TwelveWeeks() => ProgramSimulator.Default.Simulate(_twelveWeeks);

    /// <summary>Reads an example program once; throws naming the file when it is missing or does not parse.</summary>
    internal static TrainingProgram LoadProgram(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "examples", name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Benchmark input '{path}' is missing: examples/{name} must exist in the repository (bench/Surge.Bench copies examples/ to its output folder).", path);
        }
        var result = InputFiles.LoadProgram(path, ExerciseCatalogue.Default);
        return result.Program
            ?? throw new InvalidOperationException($"Benchmark input '{name}' does not parse: {result.Error}");
    }
}
