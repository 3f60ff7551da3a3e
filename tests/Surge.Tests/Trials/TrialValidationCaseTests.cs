using Surge.Catalogue;
using Surge.Simulation;
using Surge.Validation;

namespace Surge.Tests.Trials;

/// <summary>Validation cases whose condition is a virtual trial: the spread of responses graded like any other case.</summary>
public sealed class TrialValidationCaseTests
{
    private static string Case(string observation, string n = "40", string extraOutcome = "") => $$"""
        study: Test 2026
        citation: "a test"
        subjects: "men"
        conditions:
          cohort:
            label: "twelve weeks"
            trial: |
              cohort:
                n: {{n}}
                athlete: {sex: male, age: 25, training_status: untrained}
              seed: 7
              arms:
                trained:
                  program:
                    weeks: 12
                    week:
                      mon: {exercises: [{exercise: barbell curl, sets: 3, reps: 10, load: 10RM, rir: 1}]}
                      thu: {exercises: [{exercise: barbell curl, sets: 3, reps: 10, load: 10RM, rir: 1}]}
              outcomes:
                - {measure: muscle_size, group: elbow_flexors}
                - {measure: one_rm, exercise: barbell curl}
                {{extraOutcome}}
        observations:
          - {{observation}}
        """;

    private static ValidationCaseResult Parse(string text) => ValidationCaseFile.Parse(text, "case.yaml", ExerciseCatalogue.Default);

    [Fact]
    public void TrialCondition_MeanAndSd_AreGradedFromTheSimulatedCohort()
    {
        var mean = Parse(Case("{id: t-mean, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: mean, arm: trained, unit: \"%\", observed: 10, spread: 5, n: 40}"));
        var sd = Parse(Case("{id: t-sd, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: sd, arm: trained, unit: \"%\", observed: 5, n: 40}"));
        Assert.True(mean.Success, mean.Error?.ToString());
        Assert.True(sd.Success, sd.Error?.ToString());

        var report = ValidationGrader.Grade([mean.Study!, sd.Study!], SessionSimulator.Default);
        var gradedMean = report.Cases[0];
        var gradedSd = report.Cases[1];
        // The cohort's subjects differ: a positive mean growth with a positive spread between them.
        Assert.True(gradedMean.Predicted > 0.0, $"mean {gradedMean.Predicted}");
        Assert.True(gradedSd.Predicted > 0.0, $"sd {gradedSd.Predicted}");
        // The SD's accepted range is its own standard error from n: 5 ± 2 · 5/√78.
        Assert.Equal(5.0 - 2.0 * 5.0 / Math.Sqrt(78.0), gradedSd.Low, 9);
        Assert.Equal(5.0 + 2.0 * 5.0 / Math.Sqrt(78.0), gradedSd.High, 9);
    }

    [Fact]
    public void TrialCondition_SameSeed_GradesTheSameBothTimes()
    {
        var study = Parse(Case("{id: t-sd, condition: cohort, measure: one_rm, exercise: barbell curl, statistic: sd, arm: trained, unit: \"%\", observed: 5, n: 40}")).Study!;
        var first = ValidationGrader.Grade([study], SessionSimulator.Default).Cases[0].Predicted;
        var second = ValidationGrader.Grade([study], SessionSimulator.Default).Cases[0].Predicted;
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: mean, arm: other, unit: \"%\", observed: 1, spread: 1, n: 40}", "arm")]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: quadriceps, statistic: mean, arm: trained, unit: \"%\", observed: 1, spread: 1, n: 40}", "no outcome 'muscle_size:quadriceps'")]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: median, arm: trained, unit: \"%\", observed: 1, spread: 1, n: 40}", "mean or sd")]
    [InlineData("{id: x, condition: cohort, measure: lactate, statistic: mean, arm: trained, unit: \"%\", observed: 1, spread: 1, n: 40}", "muscle_size or one_rm")]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: mean, arm: trained, unit: kg, observed: 1, spread: 1, n: 40}", "expected %")]
    public void TrialCondition_BadObservation_SaysWhatIsWrong(string observation, string expected)
    {
        var result = Parse(Case(observation));
        Assert.False(result.Success);
        Assert.Contains(expected, result.Error!.ToString(), StringComparison.Ordinal);
    }

    private const string GrowthHormonePeak = "- {measure: acute_peak_change_pct, hormone: growth_hormone}";

    [Fact]
    public void TrialCondition_Correlation_IsPearsonAcrossTheArmsSubjects()
    {
        // Strength gains include the muscle's growth, so across subjects they go with it; the GH response enters growth
        // only through the small surge term and its between-subject factor is independent of growth responsiveness.
        var strength = Parse(Case("{id: t-r1, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: correlation, with: \"one_rm:barbell curl\", arm: trained, unit: \"1\", observed: 0.5, n: 50}",
            n: "200", extraOutcome: GrowthHormonePeak));
        var hormone = Parse(Case("{id: t-r2, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: correlation, with: \"acute_peak_change_pct:growth_hormone\", arm: trained, unit: \"1\", observed: 0.5, n: 50}",
            n: "200", extraOutcome: GrowthHormonePeak));
        Assert.True(strength.Success, strength.Error?.ToString());
        Assert.True(hormone.Success, hormone.Error?.ToString());

        var report = ValidationGrader.Grade([strength.Study!, hormone.Study!], SessionSimulator.Default);
        // With 200 subjects an r has an SE of about 0.07: the first is positive beyond 2 SE, the second within 2 SE of 0.
        Assert.True(report.Cases[0].Predicted > 0.15, $"r(size, 1RM) = {report.Cases[0].Predicted}");
        Assert.True(Math.Abs(report.Cases[1].Predicted) < 0.15, $"r(size, GH peak) = {report.Cases[1].Predicted}");
        // The accepted range is r ± 2 SE, SE = (1 − r²)/√(n − 1) from the study's n.
        Assert.Equal(0.5 - 2.0 * 0.75 / Math.Sqrt(49.0), report.Cases[0].Low, 9);
        Assert.Equal(0.5 + 2.0 * 0.75 / Math.Sqrt(49.0), report.Cases[0].High, 9);
    }

    [Theory]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: correlation, with: \"one_rm:barbell curl\", arm: trained, unit: \"%\", observed: 0.2, n: 40}", "dimensionless")]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: correlation, with: \"one_rm:barbell curl\", arm: trained, unit: \"1\", observed: 1.5, n: 40}", "between -1 and 1")]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: correlation, with: \"one_rm:squat\", arm: trained, unit: \"1\", observed: 0.2, n: 40}", "no outcome 'one_rm:squat'")]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: correlation, arm: trained, unit: \"1\", observed: 0.2, n: 40}", "with")]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: correlation, with: \"one_rm:barbell curl\", arm: trained, unit: \"1\", observed: 0.2, n: 3}", "at least 4")]
    public void TrialCondition_BadCorrelation_SaysWhatIsWrong(string observation, string expected)
    {
        var result = Parse(Case(observation));
        Assert.False(result.Success);
        Assert.Contains(expected, result.Error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TrialCondition_BadTrialText_NamesTheTrialField()
    {
        var result = Parse(Case("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, statistic: mean, arm: trained, unit: \"%\", observed: 1, spread: 1, n: 40}", n: "1"));
        Assert.False(result.Success);
        Assert.Contains("cohort.n", result.Error!.ToString(), StringComparison.Ordinal);
        Assert.Contains("conditions.cohort.trial", result.Error!.ToString(), StringComparison.Ordinal);
    }

    private static string TwoArms(string observation, string design = "within") => $$"""
        study: Test 2026
        citation: "a test"
        subjects: "men"
        conditions:
          cohort:
            label: "one set vs three sets, twelve weeks"
            trial: |
              cohort:
                n: 60
                athlete: {sex: male, age: 25, training_status: untrained}
              design: {{design}}
              seed: 7
              arms:
                one:
                  program:
                    weeks: 12
                    week:
                      mon: {exercises: [{exercise: dumbbell curl, side: left, sets: 1, reps: 10, load: 10RM, rir: 1}]}
                      thu: {exercises: [{exercise: dumbbell curl, side: left, sets: 1, reps: 10, load: 10RM, rir: 1}]}
                three:
                  program:
                    weeks: 12
                    week:
                      mon: {exercises: [{exercise: dumbbell curl, side: left, sets: 3, reps: 10, load: 10RM, rir: 1}]}
                      thu: {exercises: [{exercise: dumbbell curl, side: left, sets: 3, reps: 10, load: 10RM, rir: 1}]}
              outcomes:
                - {measure: muscle_size, group: elbow_flexors, side: left}
        observations:
          - {{observation}}
        """;

    [Theory]
    [InlineData("within")]
    [InlineData("parallel")]
    public void TrialCondition_Difference_IsTheArmMinusTheOther_AndFlipsWithThem(string design)
    {
        var threeMinusOne = Parse(TwoArms("{id: d, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: difference, arm: three, other: one, unit: \"%\", observed: 3, spread: 4, n: 20}", design));
        var oneMinusThree = Parse(TwoArms("{id: d, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: difference, arm: one, other: three, unit: \"%\", observed: -3, spread: 4, n: 20}", design));
        var mean = Parse(TwoArms("{id: m, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: mean, arm: three, unit: \"%\", observed: 3, spread: 4, n: 20}", design));
        var meanOne = Parse(TwoArms("{id: m, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: mean, arm: one, unit: \"%\", observed: 3, spread: 4, n: 20}", design));
        Assert.True(threeMinusOne.Success, threeMinusOne.Error?.ToString());
        Assert.True(oneMinusThree.Success, oneMinusThree.Error?.ToString());

        var report = ValidationGrader.Grade([threeMinusOne.Study!, oneMinusThree.Study!, mean.Study!, meanOne.Study!], SessionSimulator.Default);
        var (d1, d2, m3, m1) = (report.Cases[0].Predicted, report.Cases[1].Predicted, report.Cases[2].Predicted, report.Cases[3].Predicted);
        // Three sets grow more than one, the difference is the arms' means apart (a mean of paired differences is
        // the difference of the means), and naming the arms the other way round flips its sign.
        Assert.True(d1 > 0.5, $"three - one {d1}");
        Assert.Equal(m3 - m1, d1, 9);
        Assert.Equal(-d1, d2, 9);
        // Graded against its own standard error from the study's spread: 3 ± 2 · 4/√20.
        Assert.Equal(3.0 - 2.0 * 4.0 / Math.Sqrt(20.0), report.Cases[0].Low, 9);
    }

    [Fact]
    public void TrialCondition_DifferenceSd_IsTheSpreadOfThePairedDifferences()
    {
        var pairedSd = Parse(TwoArms("{id: s, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: difference_sd, arm: three, other: one, unit: \"%\", observed: 5, n: 20}"));
        var sdOne = Parse(TwoArms("{id: a, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: sd, arm: one, unit: \"%\", observed: 5, n: 20}"));
        var sdThree = Parse(TwoArms("{id: b, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: sd, arm: three, unit: \"%\", observed: 5, n: 20}"));
        Assert.True(pairedSd.Success, pairedSd.Error?.ToString());

        var report = ValidationGrader.Grade([pairedSd.Study!, sdOne.Study!, sdThree.Study!], SessionSimulator.Default);
        var (paired, one, three) = (report.Cases[0].Predicted, report.Cases[1].Predicted, report.Cases[2].Predicted);
        // Paired subject by subject: the SD of each subject's three-set arm minus his one-set arm, from the run itself.
        var trial = pairedSd.Study!.Conditions[0].Trial!;
        var run = new Surge.Trials.TrialRunner(SessionSimulator.Default.Parameters).Run(trial);
        var differences = run.Observations.GroupBy(o => o.Subject)
            .Select(g => g.Single(o => o.Arm == 1).Values[0] - g.Single(o => o.Arm == 0).Values[0]).ToArray();
        Assert.Equal(MathNet.Numerics.Statistics.Statistics.StandardDeviation(differences), paired, 9);
        // A person's two arms share the person's responsiveness: their difference varies less than independent arms
        // would (√(one² + three²)), but not zero (each limb's own factor, each measurement's error).
        Assert.True(paired > 0.0, $"paired SD {paired}");
        Assert.True(paired < Math.Sqrt(one * one + three * three), $"paired SD {paired} vs arms {one}, {three}");
        // The SE of an SD: 5 ± 2 · 5/√38.
        Assert.Equal(5.0 + 2.0 * 5.0 / Math.Sqrt(38.0), report.Cases[0].High, 9);
    }

    [Theory]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: difference, arm: three, unit: \"%\", observed: 1, spread: 1, n: 20}", "within", "needs the other arm")]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: difference, arm: three, other: three, unit: \"%\", observed: 1, spread: 1, n: 20}", "within", "another arm")]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: difference, arm: three, other: two, unit: \"%\", observed: 1, spread: 1, n: 20}", "within", "got 'two'")]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: difference_sd, arm: three, other: one, unit: \"%\", observed: 1, n: 20}", "parallel", "within design only")]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: mean, arm: three, other: one, unit: \"%\", observed: 1, spread: 1, n: 20}", "within", "not for a mean")]
    [InlineData("{id: x, condition: cohort, measure: muscle_size, group: elbow_flexors, side: left, statistic: difference, arm: three, other: one, unit: \"%\", observed: 1, n: 20}", "within", "spread")]
    public void TrialCondition_BadDifference_SaysWhatIsWrong(string observation, string design, string expected)
    {
        var result = Parse(TwoArms(observation, design));
        Assert.False(result.Success);
        Assert.Contains(expected, result.Error!.ToString(), StringComparison.Ordinal);
    }
}
