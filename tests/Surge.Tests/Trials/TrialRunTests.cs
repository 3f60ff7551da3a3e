using System.Text.Json;
using Surge.Reports;
using Surge.Trials;

namespace Surge.Tests.Trials;

/// <summary>Running trials: determinism, shards and merge, variability none, and the 3-set vs 1-set property.</summary>
public sealed class TrialRunTests
{
    private static string RunJson(Trial trial) =>
        TrialOutput.Json(TrialResult.Compute(trial, TrialRunner.Default.Run(trial).Observations));

    [Fact]
    public void Run_SameTrialTwice_GivesSameJsonBytes()
    {
        var trial = TrialTestFiles.Parse(TrialTestFiles.SetsTrial(8));
        Assert.Equal(RunJson(trial), RunJson(trial));
    }

    [Fact]
    public void Run_OtherSeed_GivesOtherValues()
    {
        var a = RunJson(TrialTestFiles.Parse(TrialTestFiles.SetsTrial(8, seed: 1)));
        var b = RunJson(TrialTestFiles.Parse(TrialTestFiles.SetsTrial(8, seed: 2)));
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Run_SubjectValues_DependOnlyOnSeedAndIndex()
    {
        // Within design: subject i is unit i whatever n; a larger cohort keeps the first subjects' values exactly.
        var small = TrialRunner.Default.Run(TrialTestFiles.Parse(TrialTestFiles.SetsTrial(3, design: "within")));
        var large = TrialRunner.Default.Run(TrialTestFiles.Parse(TrialTestFiles.SetsTrial(6, design: "within")));
        Assert.Equal(small.Observations.Select(o => o.Values.ToArray()), large.Observations.Take(small.Observations.Count).Select(o => o.Values.ToArray()));
        Assert.NotEqual(large.Observations[0].Values, large.Observations[2].Values);
    }

    [Theory]
    [InlineData("parallel", 3)]
    [InlineData("within", 4)]
    public void Merge_AllShards_EqualsOneRunByteForByte(string design, int shards)
    {
        var trial = TrialTestFiles.Parse(TrialTestFiles.SetsTrial(7, design: design));
        var parts = Enumerable.Range(0, shards)
            .Select(k => ($"part{k}.json", TrialOutput.ReadPart(TrialOutput.PartJson(TrialRunner.Default.Run(trial, k, shards), "digest"), $"part{k}.json")))
            .Reverse()
            .ToArray();
        Assert.Equal(RunJson(trial), TrialOutput.Json(TrialOutput.Merge(parts)));
    }

    [Fact]
    public void Merge_MissingShard_IsAnError()
    {
        var trial = TrialTestFiles.Parse(TrialTestFiles.SetsTrial(4));
        var part = TrialOutput.ReadPart(TrialOutput.PartJson(TrialRunner.Default.Run(trial, 0, 2), "d"), "p1.json");
        var error = Assert.Throws<ReportException>(() => TrialOutput.Merge([("p1.json", part)]));
        Assert.Contains("missing shard 2 of 2", error.Message);
    }

    [Fact]
    public void Merge_PartsOfDifferentTrials_IsAnError()
    {
        var trial = TrialTestFiles.Parse(TrialTestFiles.SetsTrial(4));
        var a = TrialOutput.ReadPart(TrialOutput.PartJson(TrialRunner.Default.Run(trial, 0, 2), "d1"), "a.json");
        var b = TrialOutput.ReadPart(TrialOutput.PartJson(TrialRunner.Default.Run(trial, 1, 2), "d2"), "b.json");
        var error = Assert.Throws<ReportException>(() => TrialOutput.Merge([("a.json", a), ("b.json", b)]));
        Assert.Contains("another trial", error.Message);
    }

    [Fact]
    public void Run_VariabilityNone_GivesSdZeroAndNullP()
    {
        var trial = TrialTestFiles.Parse(TrialTestFiles.SetsTrial(5, variability: "none"));
        var result = TrialResult.Compute(trial, TrialRunner.Default.Run(trial).Observations);
        Assert.All(result.Arms.SelectMany(a => a.Outcomes), s => Assert.Equal(0.0, s.Sd));
        Assert.All(result.Contrasts, c => Assert.Null(c.P));
        using var json = JsonDocument.Parse(TrialOutput.Json(result));
        var contrast = json.RootElement.GetProperty("contrasts")[0];
        Assert.Equal(JsonValueKind.Null, contrast.GetProperty("p").ValueKind);
        Assert.Equal(JsonValueKind.Null, contrast.GetProperty("hedges_g").ValueKind);
        Assert.Equal(contrast.GetProperty("difference").GetDouble(), contrast.GetProperty("ci_low").GetDouble());
        // Subjects alike: no correlation is defined.
        Assert.NotEmpty(result.Correlations);
        Assert.All(json.RootElement.GetProperty("correlations").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("r").ValueKind));
    }

    [Fact]
    public void Run_Population_CorrelationsArePearsonAcrossEachArmsSubjects()
    {
        var trial = TrialTestFiles.Parse(TrialTestFiles.SetsTrial(30));
        var observations = TrialRunner.Default.Run(trial).Observations;
        var result = TrialResult.Compute(trial, observations);
        var outcomes = trial.Outcomes.Count;
        Assert.Equal(trial.Arms.Count * outcomes * (outcomes - 1) / 2, result.Correlations.Count);
        foreach (var c in result.Correlations)
        {
            var arm = trial.Arms.Select((a, i) => (a, i)).First(x => x.a.Name == c.Arm).i;
            var a = trial.Outcomes.Select((o, i) => (o, i)).First(x => x.o.Key == c.A).i;
            var b = trial.Outcomes.Select((o, i) => (o, i)).First(x => x.o.Key == c.B).i;
            var subjects = observations.Where(o => o.Arm == arm).OrderBy(o => o.Subject).ToArray();
            var expected = MathNet.Numerics.Statistics.Correlation.Pearson(subjects.Select(o => o.Values[a]), subjects.Select(o => o.Values[b]));
            Assert.Equal(expected, c.R!.Value, 12);
            Assert.Equal(30, c.N);
        }
        using var json = JsonDocument.Parse(TrialOutput.Json(result));
        Assert.Equal(result.Correlations.Count, json.RootElement.GetProperty("correlations").GetArrayLength());
    }

    [Fact]
    public void Run_VariabilityNone_EverySubjectIsTheTypicalSubject()
    {
        var trial = TrialTestFiles.Parse(TrialTestFiles.SetsTrial(3, variability: "none"));
        var typical = TrialRunner.Evaluate(trial.Arms[1], trial.Outcomes, trial.Athlete, Surge.Physiology.ModelParameters.Default);
        var observed = TrialRunner.Default.Run(trial).Observations.Where(o => o.Arm == 1);
        Assert.All(observed, o => Assert.Equal(typical, o.Values));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Run_ThreeSets_GrowMoreThanOneSetInTheMean(int seed)
    {
        var trial = TrialTestFiles.Parse(TrialTestFiles.SetsTrial(20, seed: seed));
        var result = TrialResult.Compute(trial, TrialRunner.Default.Run(trial).Observations);
        var oneSet = result.Arms.Single(a => a.Arm == "one_set").Outcomes[0];
        var threeSets = result.Arms.Single(a => a.Arm == "three_sets").Outcomes[0];
        Assert.True(threeSets.Mean > oneSet.Mean, $"3 sets {threeSets.Mean:0.00} % vs 1 set {oneSet.Mean:0.00} %");
        var contrast = result.Contrasts.Single(c => c.Outcome == "muscle_size:quadriceps");
        Assert.Equal("three_sets", contrast.A);
        Assert.True(contrast.Difference > 0);
    }

    [Fact]
    public void Run_Population_SpreadsSubjects()
    {
        var trial = TrialTestFiles.Parse(TrialTestFiles.SetsTrial(10));
        var result = TrialResult.Compute(trial, TrialRunner.Default.Run(trial).Observations);
        Assert.All(result.Arms.SelectMany(a => a.Outcomes), s => Assert.True(s.Sd > 0));
        Assert.All(result.Contrasts, c => Assert.InRange(c.P!.Value, 0.0, 1.0));
    }

    [Fact]
    public void Csv_HasOneRowPerSubjectArmAndOutcome()
    {
        var trial = TrialTestFiles.Parse(TrialTestFiles.SetsTrial(3));
        var lines = TrialOutput.Csv(TrialRunner.Default.Run(trial)).TrimEnd('\n').Split('\n');
        Assert.Equal("subject,arm,outcome,value", lines[0]);
        Assert.Equal(1 + 3 * 2 * 3, lines.Length);
        Assert.StartsWith("3,three_sets,muscle_size:quadriceps,", lines[10], StringComparison.Ordinal);
    }
}
