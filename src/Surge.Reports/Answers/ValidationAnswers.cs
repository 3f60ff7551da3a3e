using System.Text.Json.Serialization;

namespace Surge.Reports;

// The typed answer of `surge validate --json` / GET /api/validation. The contract is docs/formats.md: the properties are
// declared in the order the object is written, and ValidationJson builds it. Numbers that are not finite are null.

/// <summary>The <c>surge validate --json</c> object: the graded cases, the counts, the summary line and the two sets.</summary>
public sealed record ValidationAnswer(
    [property: JsonPropertyName("cases")] IReadOnlyList<ValidationCaseAnswer> Cases,
    [property: JsonPropertyName("passed")] int Passed,
    [property: JsonPropertyName("near")] int Near,
    [property: JsonPropertyName("failed")] int Failed,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("studies")] int Studies,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("sets")] IReadOnlyDictionary<string, ValidationSetAnswer> Sets);

/// <summary>
/// One graded case: the formats.md fields (<c>spread</c> the SD the range was made from, in <c>unit</c>; <c>low</c>/<c>high</c>
/// null when open), then the extras from <c>file</c> to <c>citation</c>.
/// </summary>
public sealed record ValidationCaseAnswer(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("study")] string Study,
    [property: JsonPropertyName("measure")] string Measure,
    [property: JsonPropertyName("when")] string When,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("observed")] double? Observed,
    [property: JsonPropertyName("spread")] double? Spread,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("low")] double? Low,
    [property: JsonPropertyName("high")] double? High,
    [property: JsonPropertyName("predicted")] double? Predicted,
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("set")] string Set,
    [property: JsonPropertyName("standardised_residual")] double? StandardisedResidual,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("condition")] string Condition,
    [property: JsonPropertyName("condition_label")] string? ConditionLabel,
    [property: JsonPropertyName("comparison")] string Comparison,
    [property: JsonPropertyName("other")] string? Other,
    [property: JsonPropertyName("spread_reported")] double? SpreadReported,
    [property: JsonPropertyName("spread_kind")] string SpreadKind,
    [property: JsonPropertyName("scale")] string Scale,
    [property: JsonPropertyName("baseline")] double? Baseline,
    [property: JsonPropertyName("corrected")] bool Corrected,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("citation")] string Citation);

/// <summary>One set (calibration or validation): its counts and the RMS of its numeric cases' standardised residuals, overall and per measure.</summary>
public sealed record ValidationSetAnswer(
    [property: JsonPropertyName("studies")] int Studies,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("numeric")] int Numeric,
    [property: JsonPropertyName("passed")] int Passed,
    [property: JsonPropertyName("near")] int Near,
    [property: JsonPropertyName("failed")] int Failed,
    [property: JsonPropertyName("rms_standardised_residual")] double? RmsStandardisedResidual,
    [property: JsonPropertyName("rms_standardised_residual_by_measure")] IReadOnlyDictionary<string, double?> RmsStandardisedResidualByMeasure);
