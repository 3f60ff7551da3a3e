using System.Text.Json.Serialization;

namespace Surge.Reports;

// The typed answers of `surge trial --json` (and its --shard part and --power search) and the base of POST /api/trial's
// answer. The contract is docs/formats.md, "Virtual trials": the properties are declared in the order the objects are
// written, and TrialOutput builds them.

/// <summary>
/// The <c>surge trial --json</c> object: the header, per arm the mean, SD and n of each outcome, the contrasts and the
/// correlations. A contrast's <c>t</c>, <c>df</c>, <c>p</c> are null when the standard error is 0 and <c>hedges_g</c>
/// when the SDs are 0; a correlation's <c>r</c> is null when an outcome does not vary.
/// </summary>
public sealed record TrialAnswer(
    [property: JsonPropertyName("design")] string Design,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("variability")] string Variability,
    [property: JsonPropertyName("arms")] IReadOnlyDictionary<string, TrialArmAnswer> Arms,
    [property: JsonPropertyName("contrasts")] IReadOnlyList<TrialContrastAnswer> Contrasts,
    [property: JsonPropertyName("correlations")] IReadOnlyList<TrialCorrelationAnswer> Correlations);

/// <summary>One arm: its outcomes by key, in the trial's order.</summary>
public sealed record TrialArmAnswer([property: JsonPropertyName("outcomes")] IReadOnlyDictionary<string, TrialOutcomeAnswer> Outcomes);

/// <summary>One outcome of one arm: mean, SD, n and unit (%).</summary>
public sealed record TrialOutcomeAnswer(
    [property: JsonPropertyName("mean")] double Mean,
    [property: JsonPropertyName("sd")] double Sd,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("unit")] string Unit);

/// <summary>Arm a against arm b on one outcome: the difference with its 95 % CI, and the test's t, df, p and Hedges' g.</summary>
public sealed record TrialContrastAnswer(
    [property: JsonPropertyName("a")] string A,
    [property: JsonPropertyName("b")] string B,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("test")] string Test,
    [property: JsonPropertyName("difference")] double Difference,
    [property: JsonPropertyName("ci_low")] double CiLow,
    [property: JsonPropertyName("ci_high")] double CiHigh,
    [property: JsonPropertyName("t")] double? T,
    [property: JsonPropertyName("df")] double? Df,
    [property: JsonPropertyName("p")] double? P,
    [property: JsonPropertyName("hedges_g")] double? HedgesG);

/// <summary>Pearson's r across one arm's subjects between two of its outcomes.</summary>
public sealed record TrialCorrelationAnswer(
    [property: JsonPropertyName("arm")] string Arm,
    [property: JsonPropertyName("a")] string A,
    [property: JsonPropertyName("b")] string B,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("r")] double? R);

/// <summary>A shard's part (<c>surge trial --shard K/N --json</c>): the trial's identity, the shard and every observation.</summary>
public sealed record TrialPartAnswer(
    [property: JsonPropertyName("trial_digest")] string TrialDigest,
    [property: JsonPropertyName("design")] string Design,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("variability")] string Variability,
    [property: JsonPropertyName("shard")] TrialShardAnswer Shard,
    [property: JsonPropertyName("arms")] IReadOnlyList<string> Arms,
    [property: JsonPropertyName("outcomes")] IReadOnlyList<string> Outcomes,
    [property: JsonPropertyName("subjects")] IReadOnlyList<TrialSubjectAnswer> Subjects);

/// <summary>Which shard: its 1-based index and the count.</summary>
public sealed record TrialShardAnswer(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("count")] int Count);

/// <summary>One subject's observation: the subject, its arm and one value per outcome.</summary>
public sealed record TrialSubjectAnswer(
    [property: JsonPropertyName("subject")] int Subject,
    [property: JsonPropertyName("arm")] string Arm,
    [property: JsonPropertyName("values")] IReadOnlyList<double> Values);

/// <summary>The <c>surge trial --power P --json</c> object: <c>{"power": {…}}</c>.</summary>
public sealed record TrialPowerAnswer([property: JsonPropertyName("power")] TrialPowerSearch Power);

/// <summary>The power search: target, alpha, replicates, design, seed and per contrast the n found.</summary>
public sealed record TrialPowerSearch(
    [property: JsonPropertyName("target")] double Target,
    [property: JsonPropertyName("alpha")] double Alpha,
    [property: JsonPropertyName("replicates")] int Replicates,
    [property: JsonPropertyName("design")] string Design,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("results")] IReadOnlyList<TrialPowerResult> Results);

/// <summary>One contrast's search: the n per arm at which the target is reached (null when it is not) and its power.</summary>
public sealed record TrialPowerResult(
    [property: JsonPropertyName("a")] string A,
    [property: JsonPropertyName("b")] string B,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("n")] int? N,
    [property: JsonPropertyName("power")] double Power,
    [property: JsonPropertyName("largest_n_tried")] int LargestNTried);
