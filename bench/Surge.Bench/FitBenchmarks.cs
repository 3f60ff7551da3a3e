using BenchmarkDotNet.Attributes;
using Surge.Adaptation;
using Surge.App;
using Surge.Catalogue;
using Surge.Fitting;
using Surge.Import;
using Surge.Logs;
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
    private IReadOnlyList<LoggedWorkout> _shippedLog = null!;
    private Session _legDay = null!;
    private IReadOnlyList<MeasuredSample> _shippedSamples = null!;

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

        var path = Path.Combine(AppContext.BaseDirectory, "examples", "strong-8-weeks.csv");
        var read = InputFiles.LoadLog(path, new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, WeightUnit.Kg));
        _legDay = legDay;
        var samplesPath = Path.Combine(AppContext.BaseDirectory, "examples", "leg-day-samples.csv");
        _shippedSamples = InputFiles.LoadSamples(samplesPath).Samples ?? throw new InvalidOperationException($"Benchmark input '{samplesPath}' could not be read");
        _shippedLog = read.Log?.Workouts ?? throw new InvalidOperationException($"Benchmark input '{path}' could not be read: {read.Error}");
    }

    /// <summary>Twenty testosterone samples: one value fitted (the response factors have no samples), with its standard error.</summary>
    [Benchmark]
    public PersonFit TwentySamples() => PersonFitter.Fit(_session, _samples, SessionSimulator.Default);

    /// <summary>
    /// The shipped examples/leg-day-samples.csv (28 samples: testosterone, GH, cortisol and lactate at 7 times): all five
    /// values fitted jointly, two passes, with standard errors.
    /// </summary>
    [Benchmark]
    public PersonFit ShippedSamplesFiveValues() => PersonFitter.Fit(_legDay, _shippedSamples, SessionSimulator.Default);

    /// <summary>
    /// <c>surge fit --db</c>'s core on the shipped 8-week Strong log (examples/strong-8-weeks.csv, 24 workouts, 15 lifts):
    /// the strength responsiveness to every lift's e1RM trend, with its standard error and the growth collinearity.
    /// </summary>
    [Benchmark]
    public LogFit ShippedEightWeekLog() => LogFitter.Fit(_shippedLog, Training.Athlete.Default, ExerciseCatalogue.Default, ProgramSimulator.Default);
}
