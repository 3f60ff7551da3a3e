using BenchmarkDotNet.Attributes;
using Surge.Fitting;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Bench;

/// <summary>
/// Cost of <c>surge fit</c>'s core: fitting the resting testosterone to 20 noisy total-testosterone samples of the
/// shipped leg day, from the population default (issue 11: "fits of 20 samples take well under a second").
/// </summary>
[MemoryDiagnoser]
public class FitBenchmarks
{
    private Session _session = null!;
    private MeasuredSample[] _samples = null!;

    [GlobalSetup]
    public void Setup()
    {
        var legDay = SessionBenchmarks.LoadExample("leg-day.yaml");
        var truth = legDay with { Athlete = legDay.Athlete with { MorningTestosteroneNmolPerL = 24.0 } };
        var result = SessionSimulator.Default.Simulate(truth);
        var random = new Random(42);
        _samples = [.. Enumerable.Range(0, 20).Select(i =>
        {
            var t = 8 * i;
            var noise = 1.0 + 0.05 * (random.NextDouble() * 2.0 - 1.0);
            return new MeasuredSample(i + 2, t, Measure.TotalTestosterone, result[Measure.TotalTestosterone].Values[t] * noise);
        })];
        _session = legDay with { Athlete = legDay.Athlete with { MorningTestosteroneNmolPerL = null } };
    }

    /// <summary>Twenty samples, one parameter, Levenberg–Marquardt with standard errors.</summary>
    [Benchmark]
    public PersonFit TwentySamples() => PersonFitter.Fit(_session, _samples, SessionSimulator.Default);
}
