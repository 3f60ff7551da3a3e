using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Fitting;
using Surge.Logs;
using Surge.Physiology;
using Surge.Tests.Support;
using Surge.Training;
using Surge.Trials;

namespace Surge.Tests.Fitting;

/// <summary>Round trips: logs of lifters simulated with a known strength responsiveness plus e1RM noise are fitted back.</summary>
public sealed class LogFitterTests
{
    private static LogFit Fit(IReadOnlyList<LoggedWorkout> log) =>
        LogFitter.Fit(log, Athlete.Default, ExerciseCatalogue.Default, ProgramSimulator.Default);

    private static FittedParameter Strength(LogFit fit) => fit.Parameters.Single(p => p.Name == LogFitter.StrengthResponsiveness);

    [Theory]
    [InlineData(1.6, 11)]
    [InlineData(0.6, 12)]
    public void Fit_LogOfALifterWithAKnownFactor_RecoversItWithinTwoStandardErrors(double factor, int seed)
    {
        var fit = Fit(ResponderLogs.Build(factor, weeks: 10, seed));

        var strength = Strength(fit);
        Assert.True(strength.Identifiable, strength.Note);
        Assert.Equal("1", strength.Unit);
        Assert.True(strength.StandardError > 0);
        Assert.InRange(factor, strength.Value!.Value - 2 * strength.StandardError!.Value, strength.Value.Value + 2 * strength.StandardError.Value);
        Assert.Equal(3, fit.Lifts);
        Assert.Equal(3 * 3 * 10, fit.Observations);
        // The residual SD in kg is about the noise put in: 2 % of 100–190 kg lifts.
        Assert.All(fit.ResidualSdKg.Values, sd => Assert.InRange(sd, 0.5, 8.0));
    }

    [Fact]
    public void Fit_StrongAndWeakResponders_AreOrderedAndTheirIntervalsApart()
    {
        var strong = Strength(Fit(ResponderLogs.Build(1.6, weeks: 10, seed: 21)));
        var weak = Strength(Fit(ResponderLogs.Build(0.6, weeks: 10, seed: 22)));

        Assert.True(strong.Value > weak.Value, $"strong {strong.Value} vs weak {weak.Value}");
        Assert.True(strong.Value - 2 * strong.StandardError > weak.Value + 2 * weak.StandardError,
            $"strong {strong.Value} ± {strong.StandardError} vs weak {weak.Value} ± {weak.StandardError}");
    }

    [Fact]
    public void StandardError_OverTwentySeeds_DescribesTheSpreadOfTheEstimates()
    {
        // z = (estimate − truth)/SE over independent noisy logs: mean about 0 and SD about 1 when the SE is right
        // (30 seeds per factor gave mean −0.07 and SD 0.99 for 1.6; here 20, with bounds loose enough for that count).
        var z = Enumerable.Range(200, 20).Select(seed =>
        {
            var strength = Strength(Fit(ResponderLogs.Build(1.6, weeks: 10, seed)));
            return (strength.Value!.Value - 1.6) / strength.StandardError!.Value;
        }).ToArray();

        var mean = z.Average();
        var sd = Math.Sqrt(z.Sum(v => (v - mean) * (v - mean)) / (z.Length - 1));
        Assert.InRange(mean, -0.6, 0.6);
        Assert.InRange(sd, 0.6, 1.5);
    }

    [Fact]
    public void Fit_MoreNoise_GivesALargerStandardError()
    {
        var quiet = Strength(Fit(ResponderLogs.Build(1.0, weeks: 10, seed: 5, noiseLogSd: 0.01)));
        var noisy = Strength(Fit(ResponderLogs.Build(1.0, weeks: 10, seed: 5, noiseLogSd: 0.04)));

        Assert.True(noisy.StandardError > 2 * quiet.StandardError, $"noisy {noisy.StandardError} vs quiet {quiet.StandardError}");
    }

    [Fact]
    public void Fit_TwoWorkouts_IsNotIdentifiableAndHasNoValue()
    {
        var fit = Fit(ResponderLogs.Build(1.0, weeks: 1, seed: 3, workouts: 2));

        var strength = Strength(fit);
        Assert.False(strength.Identifiable);
        Assert.Null(strength.Value);
        Assert.Null(strength.StandardError);
        Assert.Contains("not identifiable", strength.Note);
        Assert.Contains("3 or more workouts", strength.Note);
        Assert.Null(fit.StrengthResponsiveness);
    }

    [Fact]
    public void Fit_TwoWeeks_IsNotIdentifiable()
    {
        var strength = Strength(Fit(ResponderLogs.Build(1.0, weeks: 2, seed: 4)));

        Assert.False(strength.Identifiable);
        Assert.Null(strength.Value);
        Assert.Contains("span", strength.Note);
    }

    [Fact]
    public void Fit_FlatTrend_IsNotIdentifiable()
    {
        // Ten weeks at the same e1RM: flatter than the model predicts with any factor (growth alone raises the 1RM).
        var log = ResponderLogs.Build(1.0, weeks: 10, seed: 6, noiseLogSd: 0.0);
        var first = log[0].Sets.GroupBy(s => s.Exercise!).ToDictionary(g => g.Key, g => g.First().WeightKg);
        var flat = log.Select(w => w with { Sets = w.Sets.Select(s => s with { WeightKg = first[s.Exercise!] }).ToArray() }).ToArray();

        var strength = Strength(Fit(flat));

        Assert.False(strength.Identifiable);
        Assert.Null(strength.Value);
        Assert.Contains("flatter", strength.Note);
    }

    [Fact]
    public void Fit_GrowthResponsiveness_IsReportedNotIdentifiableWithItsCollinearity()
    {
        var growth = Fit(ResponderLogs.Build(1.0, weeks: 10, seed: 7)).Parameters.Single(p => p.Name == LogFitter.GrowthResponsiveness);

        Assert.False(growth.Identifiable);
        Assert.Null(growth.Value);
        Assert.Contains("cosine", growth.Note);
    }

    [Fact]
    public void WithStrengthResponsiveness_ScalesTheLargestNeuralGainAsATrialSubjectsFactor()
    {
        var simulator = LogFitter.WithStrengthResponsiveness(ProgramSimulator.Default, 1.6);
        var subject = SubjectVariability.Apply(ModelParameters.Default, SubjectFactors.Typical with { StrengthResponsiveness = 1.6 });

        var gain = simulator.Parameters.Group<StrengthParameters>().GainMax(Athlete.Default);
        Assert.Equal(subject.Group<StrengthParameters>().GainMax(Athlete.Default), gain, 12);
        Assert.Equal(1.6 * ModelParameters.Default.Group<StrengthParameters>().GainMax(Athlete.Default), gain, 12);
        Assert.Same(ProgramSimulator.Default, LogFitter.WithStrengthResponsiveness(ProgramSimulator.Default, null));
    }
}
