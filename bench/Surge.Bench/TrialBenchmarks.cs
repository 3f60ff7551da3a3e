using BenchmarkDotNet.Attributes;
using Surge.App;
using Surge.Catalogue;
using Surge.Files;
using Surge.Trials;

namespace Surge.Bench;

/// <summary>
/// Cost of a virtual trial (issue 12): 1,000 subjects × 2 arms × 12 weeks (the shipped 1-vs-3-sets trial with n = 1,000
/// per arm and 12 weeks), population variability, on all cores, statistics included.
/// </summary>
[MemoryDiagnoser]
public class TrialBenchmarks
{
    private Trial _trial = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(SessionBenchmarks.ExamplePath("trial-sets.yaml"))
            .Replace("n: 11", "n: 1000", StringComparison.Ordinal)
            .Replace("weeks: 11", "weeks: 12", StringComparison.Ordinal);
        var result = InputFiles.ParseTrial(text, SessionBenchmarks.ExamplePath("trial-sets.yaml"), ExerciseCatalogue.Default);
        _trial = result.Trial ?? throw new InvalidOperationException($"Benchmark input does not parse: {result.Error}");
    }

    /// <summary>1,000 subjects per arm, 2 arms, 12 weeks: run and statistics.</summary>
    [Benchmark]
    public TrialResult ThousandSubjectsTwoArmsTwelveWeeks() =>
        TrialResult.Compute(_trial, TrialRunner.Default.Run(_trial).Observations);
}
