using System.Diagnostics;
using Surge.Fitting;
using Surge.Simulation;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Fitting;

/// <summary>Round trips: samples simulated with a known resting testosterone plus assay noise are fitted back.</summary>
public sealed class PersonFitterTests
{
    private static readonly SessionSimulator _simulator = SessionSimulator.Default;
    private static readonly int[] _times = [.. Enumerable.Range(0, 20).Select(i => 8 * i)];

    /// <summary>Samples of <paramref name="truth"/>'s leg day at <see cref="_times"/> with multiplicative Gaussian noise of CV <paramref name="cv"/>.</summary>
    private static List<MeasuredSample> Samples(Session truth, double cv, int seed, Measure measure = Measure.TotalTestosterone)
    {
        var result = _simulator.Simulate(truth);
        var random = new Random(seed);
        var samples = new List<MeasuredSample>();
        foreach (var t in _times.Where(t => t < result.PointCount))
        {
            // Box–Muller: a standard normal from two uniforms.
            var z = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
            samples.Add(new MeasuredSample(samples.Count + 2, t, measure, result[measure].Values[t] * Math.Exp(cv * z)));
        }
        return samples;
    }

    [Theory]
    [InlineData(8.0, 1)]
    [InlineData(24.0, 2)]
    [InlineData(35.0, 3)]
    public void Fit_NoisySamplesOfAKnownMan_RecoversTheValueWithinItsConfidenceInterval(double trueNmolPerL, int seed)
    {
        var truth = Sessions.LegDay(Athletes.Man(age: 30, morningTestosteroneNmolPerL: trueNmolPerL));
        var samples = Samples(truth, cv: 0.06, seed);
        // The fit starts from the population default (the session's athlete without a measured level).
        var session = truth with { Athlete = truth.Athlete with { MorningTestosteroneNmolPerL = null } };

        var fit = PersonFitter.Fit(session, samples, _simulator);

        var p = Assert.Single(fit.Parameters);
        Assert.Equal(PersonFitter.RestingTestosterone, p.Name);
        Assert.True(p.Identifiable);
        var value = Assert.NotNull(p.Value);
        var se = Assert.NotNull(p.StandardError);
        Assert.True(se > 0 && se < 0.1 * trueNmolPerL, $"se {se}");
        // 99 % interval (z = 2.58): the fixed seeds must not make this a coin flip.
        Assert.InRange(trueNmolPerL, value - 2.58 * se, value + 2.58 * se);
        Assert.Equal(value, fit.Athlete.MorningTestosteroneNmolPerL);
        Assert.Equal(samples.Count, fit.Observations);
        Assert.True(fit.ResidualSd[Measure.TotalTestosterone] > 0);
    }

    [Fact]
    public void Fit_ExactSamples_RecoversTheValue_WithATinyStandardError()
    {
        var truth = Sessions.LegDay(Athletes.Woman(morningTestosteroneNmolPerL: 1.6));
        var samples = Samples(truth, cv: 0.0, seed: 0, Measure.FreeTestosterone);

        var fit = PersonFitter.Fit(truth with { Athlete = truth.Athlete with { MorningTestosteroneNmolPerL = null } }, samples, _simulator);

        var p = Assert.Single(fit.Parameters);
        Assert.Equal(1.6, p.Value!.Value, 3);
        Assert.True(p.StandardError < 0.01, $"se {p.StandardError}");
    }

    [Fact]
    public void Fit_MoreSamples_SmallerStandardError()
    {
        var truth = Sessions.LegDay(Athletes.Man(morningTestosteroneNmolPerL: 20.0));
        var all = Samples(truth, cv: 0.08, seed: 5);

        var few = PersonFitter.Fit(truth, all.Take(4).ToList(), _simulator).Parameters[0].StandardError!.Value;
        var many = PersonFitter.Fit(truth, all, _simulator).Parameters[0].StandardError!.Value;

        Assert.True(many < few, $"{many} vs {few}");
    }

    [Fact]
    public void Fit_NoTestosteroneSamples_ReportsTheParameterAsNotIdentifiable_WithoutAValue()
    {
        var truth = Sessions.LegDay();
        var fit = PersonFitter.Fit(truth, Samples(truth, 0.05, 1, Measure.Lactate), _simulator);

        var p = Assert.Single(fit.Parameters);
        Assert.False(p.Identifiable);
        Assert.Null(p.Value);
        Assert.Null(p.StandardError);
        Assert.Contains("not identifiable", p.Note);
        Assert.True(fit.ResidualSd.ContainsKey(Measure.Lactate));
    }

    [Fact]
    public void Fit_OneSample_GivesAValueButNoStandardError()
    {
        var truth = Sessions.LegDay(Athletes.Man(morningTestosteroneNmolPerL: 18.0));
        var fit = PersonFitter.Fit(truth, Samples(truth, 0.0, 1).Take(1).ToList(), _simulator);

        Assert.Equal(18.0, fit.Parameters[0].Value!.Value, 2);
        Assert.Null(fit.Parameters[0].StandardError);
        Assert.Contains("one testosterone sample", fit.Parameters[0].Note);
    }

    [Fact]
    public void Fit_TwentySamples_TakesWellUnderASecond()
    {
        var truth = Sessions.LegDay(Athletes.Man(morningTestosteroneNmolPerL: 22.0));
        var samples = Samples(truth, 0.05, 9);
        PersonFitter.Fit(truth, samples, _simulator);

        var watch = Stopwatch.StartNew();
        PersonFitter.Fit(truth with { Athlete = truth.Athlete with { MorningTestosteroneNmolPerL = null } }, samples, _simulator);

        Assert.Equal(20, samples.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{watch.Elapsed.TotalMilliseconds} ms");
    }
}
