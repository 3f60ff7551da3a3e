using System.Text.Json.Serialization;

namespace Surge.Reports;

// The typed answers of `surge athlete --json`, `surge fit --json` and `surge import --json` (and the web's athlete and
// import answers). The contract is docs/formats.md: the properties are declared in the order the objects are written;
// AthleteOutput, FitOutput and HistoryImportOutput build them. Numbers that are not finite are null.

/// <summary>
/// The athlete object: every field as the predictions use it (unset fields at their defaults for the sex), except
/// <c>resting_testosterone_nmol_per_l</c>, null when not set, and <c>number</c>, the athlete's number within its owner
/// (1, 2, …; the web API's <c>id</c>), null when the athlete is not stored; the fitted factors null when not fitted.
/// </summary>
public sealed record AthleteAnswer(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("sex")] string Sex,
    [property: JsonPropertyName("age")] double Age,
    [property: JsonPropertyName("body_mass_kg")] double BodyMassKg,
    [property: JsonPropertyName("body_fat_pct")] double BodyFatPct,
    [property: JsonPropertyName("training_status")] string TrainingStatus,
    [property: JsonPropertyName("resting_testosterone_nmol_per_l")] double? RestingTestosteroneNmolPerL,
    [property: JsonPropertyName("strength_responsiveness")] double? StrengthResponsiveness,
    [property: JsonPropertyName("number")] long? Number,
    [property: JsonPropertyName("gh_response")] double? GhResponse,
    [property: JsonPropertyName("cortisol_response")] double? CortisolResponse,
    [property: JsonPropertyName("lactate_response")] double? LactateResponse,
    [property: JsonPropertyName("lactate_clearance")] double? LactateClearance);

/// <summary>
/// The <c>surge fit --json</c> object; <c>residual_sd_unit</c>, <c>lifts</c> and <c>span_days</c> only for a fit to a
/// log (absent for samples).
/// </summary>
public sealed record FitAnswer(
    [property: JsonPropertyName("parameters")] IReadOnlyList<FitParameterAnswer> Parameters,
    [property: JsonPropertyName("observations")] int Observations,
    [property: JsonPropertyName("residual_sd")] IReadOnlyDictionary<string, double> ResidualSd,
    [property: JsonPropertyName("residual_sd_unit"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ResidualSdUnit,
    [property: JsonPropertyName("stopped")] string? Stopped,
    [property: JsonPropertyName("iterations")] int Iterations,
    [property: JsonPropertyName("lifts"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Lifts,
    [property: JsonPropertyName("span_days"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? SpanDays);

/// <summary>One fitted parameter; value and se are null when the data cannot determine them.</summary>
public sealed record FitParameterAnswer(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] double? Value,
    [property: JsonPropertyName("se")] double? Se,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("identifiable")] bool Identifiable,
    [property: JsonPropertyName("note")] string? Note);

/// <summary>
/// The <c>surge import --json</c> object; dates as yyyy-MM-dd (null for an empty log); <c>skipped_first</c> (the first
/// malformed row of each kind) only when there is one; <c>athlete</c> and <c>warnings</c> only in <c>POST /api/import</c>'s answer.
/// </summary>
public sealed record ImportAnswer(
    [property: JsonPropertyName("workouts")] int Workouts,
    [property: JsonPropertyName("sets")] int Sets,
    [property: JsonPropertyName("warm_ups")] int WarmUps,
    [property: JsonPropertyName("first")] string? First,
    [property: JsonPropertyName("last")] string? Last,
    [property: JsonPropertyName("added")] int Added,
    [property: JsonPropertyName("already_present")] int AlreadyPresent,
    [property: JsonPropertyName("skipped")] IReadOnlyDictionary<string, int> Skipped,
    [property: JsonPropertyName("skipped_first"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? SkippedFirst,
    [property: JsonPropertyName("unmatched")] IReadOnlyList<UnmatchedAnswer> Unmatched,
    [property: JsonPropertyName("sets_added")] int SetsAdded,
    [property: JsonPropertyName("layout")] string Layout,
    [property: JsonPropertyName("dry_run")] bool DryRun,
    [property: JsonPropertyName("athlete"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImportedAthleteAnswer? Athlete = null,
    [property: JsonPropertyName("warnings"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Warnings = null);

/// <summary><c>POST /api/import</c>'s <c>athlete</c>: whose log took the workouts, by number (the API's id) and name.</summary>
public sealed record ImportedAthleteAnswer(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("name")] string Name);

/// <summary>An exercise name of the log not in the catalogue: its sets and the nearest catalogue names.</summary>
public sealed record UnmatchedAnswer(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("sets")] int Sets,
    [property: JsonPropertyName("suggestions")] IReadOnlyList<string> Suggestions);

/// <summary><c>GET /api/athletes</c>: the caller's athletes.</summary>
public sealed record AthletesAnswer([property: JsonPropertyName("athletes")] IReadOnlyList<StoredAthleteAnswer> Athletes);

/// <summary>One stored athlete: number (the API's id), name, stored workouts and sets, and the date range (yyyy-MM-dd; null when none).</summary>
public sealed record StoredAthleteAnswer(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("workouts")] int Workouts,
    [property: JsonPropertyName("sets")] int Sets,
    [property: JsonPropertyName("first")] string? First,
    [property: JsonPropertyName("last")] string? Last);
