using System.Globalization;
using System.Text;
using System.Text.Json;
using Surge.Trials;

namespace Surge.Reports;

/// <summary>One shard's observations as read back from its part JSON, with what identifies the trial.</summary>
public sealed record TrialPart(
    string Digest, TrialDesign Design, int N, int Seed, TrialVariability Variability,
    IReadOnlyList<string> Arms, IReadOnlyList<string> Outcomes, int ShardIndex, int ShardCount,
    IReadOnlyList<SubjectObservation> Observations);

/// <summary>The <c>surge trial</c> outputs: the JSON object (formats.md), a shard's part JSON, the subjects CSV and the paper-like tables.</summary>
public static class TrialOutput
{
    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// <c>{"design", "n", "seed", "variability", "arms": {name: {"outcomes": {key: {mean, sd, n, unit}}}}, "contrasts": [...], "correlations": [...]}</c>;
    /// a contrast's <c>p</c>, <c>t</c>, <c>df</c> are null when the standard error is 0 and <c>hedges_g</c> when the SDs are 0;
    /// a correlation's <c>r</c> is null when an outcome does not vary.
    /// </summary>
    public static string Json(TrialResult result) => AnswerJson.Write(Answer(result), AnswerJsonContext.Default.TrialAnswer);

    /// <summary>The <c>surge trial --json</c> object as its typed answer (docs/formats.md, "Virtual trials").</summary>
    public static TrialAnswer Answer(TrialResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var test = result.Design == TrialDesign.Parallel ? "welch" : "paired";
        return new TrialAnswer(
            DesignName(result.Design),
            result.N,
            result.Seed,
            VariabilityName(result.Variability),
            AnswerJson.Keyed(result.Arms, arm => arm.Arm, arm => new TrialArmAnswer(
                AnswerJson.Keyed(Enumerable.Range(0, result.OutcomeKeys.Count), o => result.OutcomeKeys[o], o =>
                    new TrialOutcomeAnswer(arm.Outcomes[o].Mean, arm.Outcomes[o].Sd, arm.Outcomes[o].N, TrialOutcome.Unit)))),
            result.Contrasts.Select(c => new TrialContrastAnswer(c.A, c.B, c.Outcome, test, c.Difference, c.CiLow, c.CiHigh,
                AnswerJson.Finite(c.T), AnswerJson.Finite(c.DegreesOfFreedom), AnswerJson.Finite(c.P), AnswerJson.Finite(c.HedgesG))).ToArray(),
            result.Correlations.Select(c => new TrialCorrelationAnswer(c.Arm, c.A, c.B, c.N, AnswerJson.Finite(c.R))).ToArray());
    }

    /// <summary>
    /// A shard's part: the trial's identity (<c>trial_digest</c>, design, n, seed, variability, arm names, outcome keys),
    /// <c>shard: {index (1-based), count}</c> and every observation (<c>subjects: [{subject, arm, values: [...]}]</c>).
    /// </summary>
    public static string PartJson(TrialRun run, string digest)
    {
        ArgumentNullException.ThrowIfNull(run);
        var trial = run.Trial;
        var part = new TrialPartAnswer(
            digest,
            DesignName(trial.Design),
            trial.N,
            trial.Seed,
            VariabilityName(trial.Variability),
            new TrialShardAnswer(run.ShardIndex + 1, run.ShardCount),
            trial.Arms.Select(arm => arm.Name).ToArray(),
            trial.Outcomes.Select(outcome => outcome.Key).ToArray(),
            run.Observations.Select(o => new TrialSubjectAnswer(o.Subject, trial.Arms[o.Arm].Name, o.Values.ToArray())).ToArray());
        return AnswerJson.Write(part, AnswerJsonContext.Default.TrialPartAnswer);
    }

    /// <summary>Reads a part written by <see cref="PartJson"/>; <see cref="ReportException"/> names the file and what is wrong.</summary>
    public static TrialPart ReadPart(string text, string file)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            string Text(JsonElement e, string name) => e.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null");
            var design = Text(root, "design") switch
            {
                "parallel" => TrialDesign.Parallel,
                "within" => TrialDesign.Within,
                var other => throw new FormatException($"unknown design '{other}'"),
            };
            var variability = Text(root, "variability") == "none" ? TrialVariability.None : TrialVariability.Population;
            var arms = root.GetProperty("arms").EnumerateArray().Select(a => a.GetString() ?? "").ToArray();
            var outcomes = root.GetProperty("outcomes").EnumerateArray().Select(a => a.GetString() ?? "").ToArray();
            var shard = root.GetProperty("shard");
            var observations = new List<SubjectObservation>();
            foreach (var subject in root.GetProperty("subjects").EnumerateArray())
            {
                var arm = Array.IndexOf(arms, Text(subject, "arm"));
                if (arm < 0)
                {
                    throw new FormatException($"subject {subject.GetProperty("subject").GetInt32()} is in an arm not listed in 'arms'");
                }
                var values = subject.GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToArray();
                if (values.Length != outcomes.Length)
                {
                    throw new FormatException($"subject {subject.GetProperty("subject").GetInt32()} has {values.Length} values for {outcomes.Length} outcomes");
                }
                observations.Add(new SubjectObservation(subject.GetProperty("subject").GetInt32(), arm, values));
            }
            return new TrialPart(Text(root, "trial_digest"), design, root.GetProperty("n").GetInt32(), root.GetProperty("seed").GetInt32(), variability,
                arms, outcomes, shard.GetProperty("index").GetInt32() - 1, shard.GetProperty("count").GetInt32(), observations);
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ReportException($"{file}: not a part written by 'surge trial --shard K/N --json': {e.Message}");
        }
    }

    /// <summary>
    /// Combines the parts of one trial into the one-run statistics. Every part must come from the same trial (digest,
    /// design, n, seed, arms, outcomes) and every shard 1…N must be given exactly once.
    /// </summary>
    public static TrialResult Merge(IReadOnlyList<(string File, TrialPart Part)> parts)
    {
        if (parts.Count == 0)
        {
            throw new ReportException("merge: expected at least one part");
        }
        var (firstFile, first) = parts[0];
        var seen = new Dictionary<int, string>();
        foreach (var (file, part) in parts)
        {
            if (part.Digest != first.Digest || part.Design != first.Design || part.N != first.N || part.Seed != first.Seed
                || part.Variability != first.Variability || !part.Arms.SequenceEqual(first.Arms) || !part.Outcomes.SequenceEqual(first.Outcomes))
            {
                throw new ReportException($"merge: '{file}' is a part of another trial than '{firstFile}' (trial file, design, n, seed, arms or outcomes differ)");
            }
            if (part.ShardCount != first.ShardCount)
            {
                throw new ReportException($"merge: '{file}' is shard {part.ShardIndex + 1} of {part.ShardCount}, '{firstFile}' of {first.ShardCount}: give the parts of one split");
            }
            if (!seen.TryAdd(part.ShardIndex, file))
            {
                throw new ReportException($"merge: shard {part.ShardIndex + 1}/{part.ShardCount} is given twice ('{seen[part.ShardIndex]}' and '{file}')");
            }
        }
        var missing = Enumerable.Range(0, first.ShardCount).Where(k => !seen.ContainsKey(k)).Select(k => (k + 1).ToString(_invariant)).ToArray();
        if (missing.Length > 0)
        {
            throw new ReportException($"merge: missing shard {string.Join(", ", missing)} of {first.ShardCount}");
        }
        try
        {
            return TrialResult.Compute(first.Design, first.N, first.Seed, first.Variability, first.Arms, first.Outcomes, parts.SelectMany(p => p.Part.Observations));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new ReportException("merge: " + e.Message);
        }
    }

    /// <summary>The subjects CSV: <c>subject,arm,outcome,value</c>, one row per subject, arm and outcome.</summary>
    public static string Csv(TrialRun run)
    {
        var text = new StringBuilder("subject,arm,outcome,value\n");
        foreach (var observation in run.Observations)
        {
            for (var o = 0; o < run.Trial.Outcomes.Count; o++)
            {
                text.Append(observation.Subject.ToString(_invariant)).Append(',')
                    .Append(run.Trial.Arms[observation.Arm].Name).Append(',')
                    .Append(Quote(run.Trial.Outcomes[o].Key)).Append(',')
                    .Append(observation.Values[o].ToString("R", _invariant)).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>Writes <see cref="Csv"/> to <paramref name="path"/> whole or not at all.</summary>
    public static void WriteCsv(string path, string option, TrialRun run)
    {
        var text = Csv(run);
        OutputFile.Write(path, option, temporary => File.WriteAllText(temporary, text, new UTF8Encoding(false)));
    }

    /// <summary>
    /// <c>{"power": {"target", "alpha": 0.05, "replicates", "design", "seed", "results": [{a, b, outcome, n, power,
    /// largest_n_tried}]}}</c>; <c>n</c> is null when the target was not reached.
    /// </summary>
    public static string PowerJson(Trial trial, double target, int replicates, IReadOnlyList<PowerResult> results) =>
        AnswerJson.Write(PowerAnswer(trial, target, replicates, results), AnswerJsonContext.Default.TrialPowerAnswer);

    /// <summary>The <c>surge trial --power P --json</c> object as its typed answer.</summary>
    public static TrialPowerAnswer PowerAnswer(Trial trial, double target, int replicates, IReadOnlyList<PowerResult> results)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(results);
        return new TrialPowerAnswer(new TrialPowerSearch(target, 0.05, replicates, trial.DesignId, trial.Seed,
            results.Select(r => new TrialPowerResult(r.A, r.B, r.Outcome, r.N, r.Power, r.LargestNTried)).ToArray()));
    }

    private static string Quote(string value) => value.Contains(',') || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    private static string DesignName(TrialDesign design) => design == TrialDesign.Parallel ? "parallel" : "within";

    private static string VariabilityName(TrialVariability variability) => variability == TrialVariability.Population ? "population" : "none";
}
