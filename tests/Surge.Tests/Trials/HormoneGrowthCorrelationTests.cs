using MathNet.Numerics.Statistics;
using Surge.Trials;

namespace Surge.Tests.Trials;

/// <summary>
/// Across the subjects of a cohort, the acute hormone rises of a session do not predict growth: West DWD &amp; Phillips
/// SM 2012, Eur J Appl Physiol 112:2693 (56 young men, 12 weeks): no significant correlation of the GH, free
/// testosterone or IGF-1 responses with gains in lean mass or strength (weak ones, r ≤ 0.36, only with fibre area).
/// </summary>
public sealed class HormoneGrowthCorrelationTests
{
    private static string Cohort(string examples) => $$"""
        cohort:
          n: 150
          athlete: {sex: male, age: 22, training_status: untrained}
        seed: 56
        arms:
          arm_then_legs: {program: {{Path.Combine(examples, "program-west-arms-then-legs.yaml")}}}
        outcomes:
          - {measure: muscle_size, group: elbow_flexors, side: left}
          - {measure: one_rm, exercise: dumbbell curl}
          - {measure: acute_peak_change_pct, hormone: total_testosterone}
          - {measure: acute_peak_change_pct, hormone: growth_hormone}
          - {measure: acute_peak_change_pct, hormone: cortisol}
        """;

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    public void AcuteRise_IsNotCorrelatedWithGainAcrossSubjects(int hormone, int gain)
    {
        var trial = TrialTestFiles.Parse(Cohort(Path.Combine(AppContext.BaseDirectory, "examples")));
        var observations = TrialRunner.Default.Run(trial).Observations;
        var r = Correlation.Pearson(observations.Select(o => o.Values[hormone]), observations.Select(o => o.Values[gain]));
        Assert.InRange(r, -0.3, 0.3);
    }

    [Fact]
    public void AcuteRises_DifferBetweenSubjects()
    {
        var trial = TrialTestFiles.Parse(Cohort(Path.Combine(AppContext.BaseDirectory, "examples")));
        var arm = TrialResult.Compute(trial, TrialRunner.Default.Run(trial).Observations).Arms[0];
        Assert.All(arm.Outcomes, o => Assert.True(o.Sd > 0));
    }
}
