using System.Text.Json.Serialization;

namespace Surge.Reports;

// The typed answers of POST /api/trial and GET /api/trial/limits: the `surge trial --json` object (or the --power one)
// plus what the web adds. The contract is docs/formats.md, "Virtual trials"; the web app's TrialApi builds them, and the
// properties are declared in the order the objects are written.

/// <summary>
/// <c>POST /api/trial</c>: the <c>surge trial --json</c> object (<see cref="TrialAnswer"/>'s properties, in its order) plus
/// every subject's values, the caller's limits and the trial file's warnings.
/// </summary>
public sealed record TrialRunAnswer(
    [property: JsonPropertyName("design")] string Design,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("variability")] string Variability,
    [property: JsonPropertyName("arms")] IReadOnlyDictionary<string, TrialArmAnswer> Arms,
    [property: JsonPropertyName("contrasts")] IReadOnlyList<TrialContrastAnswer> Contrasts,
    [property: JsonPropertyName("correlations")] IReadOnlyList<TrialCorrelationAnswer> Correlations,
    [property: JsonPropertyName("subjects")] IReadOnlyList<TrialSubjectValues> Subjects,
    [property: JsonPropertyName("limits")] TrialLimitsAnswer Limits,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings)
{
    /// <summary>The trial object <paramref name="trial"/> with the web's additions.</summary>
    public static TrialRunAnswer Of(TrialAnswer trial, IReadOnlyList<TrialSubjectValues> subjects, TrialLimitsAnswer limits, IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return new(trial.Design, trial.N, trial.Seed, trial.Variability, trial.Arms, trial.Contrasts, trial.Correlations, subjects, limits, warnings);
    }
}

/// <summary>One subject (1-based within its arm for a parallel design): its arm and each outcome's value by key (null when not finite).</summary>
public sealed record TrialSubjectValues(
    [property: JsonPropertyName("subject")] int Subject,
    [property: JsonPropertyName("arm")] string Arm,
    [property: JsonPropertyName("values")] IReadOnlyDictionary<string, double?> Values);

/// <summary>
/// <c>POST /api/trial?power=P</c>: the <c>surge trial --power P --json</c> object plus the largest n tried, every n tried,
/// the trials simulated, the caller's limits and the warnings.
/// </summary>
public sealed record TrialPowerRunAnswer(
    [property: JsonPropertyName("power")] TrialPowerSearch Power,
    [property: JsonPropertyName("max_n")] int MaxN,
    [property: JsonPropertyName("n_tried")] IReadOnlyList<int> NTried,
    [property: JsonPropertyName("trials_simulated")] int TrialsSimulated,
    [property: JsonPropertyName("limits")] TrialLimitsAnswer Limits,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings);

/// <summary>The last line of a power search streamed as NDJSON: <c>{"result": …}</c>.</summary>
public sealed record TrialPowerResultLine([property: JsonPropertyName("result")] TrialPowerRunAnswer Result);

/// <summary>A line of a power search streamed as NDJSON, one after every simulated trial: <c>{"progress": …}</c>.</summary>
public sealed record TrialPowerProgressLine([property: JsonPropertyName("progress")] TrialPowerProgress Progress);

/// <summary>
/// How far a streamed power search is: the n being tried, its simulated trials done of the replicates per n, which n
/// this is (1-based) of the grid's count, the trials simulated so far and at most.
/// </summary>
public sealed record TrialPowerProgress(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("replicates_done")] int ReplicatesDone,
    [property: JsonPropertyName("replicates")] int Replicates,
    [property: JsonPropertyName("n_index")] int NIndex,
    [property: JsonPropertyName("n_count")] int NCount,
    [property: JsonPropertyName("trials_simulated")] int TrialsSimulated,
    [property: JsonPropertyName("trials_at_most")] int TrialsAtMost);

/// <summary>The last line of a power search streamed as NDJSON that stopped after the answer began: <c>{"problem": …}</c>.</summary>
public sealed record TrialPowerProblemLine([property: JsonPropertyName("problem")] TrialPowerProblem Problem);

/// <summary>Why a streamed power search stopped: the status, title and detail its problem answer would have had.</summary>
public sealed record TrialPowerProblem(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("detail")] string Detail);

/// <summary>
/// <c>GET /api/trial/limits</c> and the <c>limits</c> of the trial answers: whether the caller is signed in, the caller's
/// limits, and both sets.
/// </summary>
public sealed record TrialLimitsAnswer(
    [property: JsonPropertyName("signed_in")] bool SignedIn,
    [property: JsonPropertyName("n_per_arm")] int NPerArm,
    [property: JsonPropertyName("weeks")] int Weeks,
    [property: JsonPropertyName("arms")] int Arms,
    [property: JsonPropertyName("power_replicates")] int PowerReplicates,
    [property: JsonPropertyName("anonymous")] TrialLimitValues Anonymous,
    [property: JsonPropertyName("signed_in_limits")] TrialLimitValues SignedInLimits);

/// <summary>One set of trial limits: subjects per arm, weeks, arms and power replicates per n.</summary>
public sealed record TrialLimitValues(
    [property: JsonPropertyName("n_per_arm")] int NPerArm,
    [property: JsonPropertyName("weeks")] int Weeks,
    [property: JsonPropertyName("arms")] int Arms,
    [property: JsonPropertyName("power_replicates")] int PowerReplicates);
