using System.Text.Json.Serialization;

namespace Surge.Reports;

// The typed answers of `surge train --json` / POST /api/train and `surge compare --json` for programs. The contract is
// docs/formats.md: the properties are declared in the order the objects are written, and ProgramJson builds them.

/// <summary>
/// The <c>surge train --json</c> object (docs/formats.md); one element of the program comparison's <c>programs</c>.
/// Muscle groups are keyed by id in canonical order, exercises by name as written in order of first appearance.
/// </summary>
/// <remarks><c>file</c>, the program file as given, only in a comparison's programs; <c>resting_testosterone_start</c> and <c>_end</c> (nmol/L) are null when not finite.</remarks>
public sealed record TrainAnswer(
    [property: JsonPropertyName("file"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? File,
    [property: JsonPropertyName("weeks")] int Weeks,
    [property: JsonPropertyName("muscles")] IReadOnlyDictionary<string, MuscleAnswer> Muscles,
    [property: JsonPropertyName("strength")] IReadOnlyDictionary<string, StrengthAnswer> Strength,
    [property: JsonPropertyName("resting_testosterone_change_pct")] double RestingTestosteroneChangePct,
    [property: JsonPropertyName("acute_surge_share_pct")] double AcuteSurgeSharePct,
    [property: JsonPropertyName("session_surge")] SessionSurgeAnswer SessionSurge,
    [property: JsonPropertyName("weekly")] IReadOnlyList<WeekAnswer> Weekly,
    [property: JsonPropertyName("fat_free_mass_change_kg")] double FatFreeMassChangeKg,
    [property: JsonPropertyName("resting_testosterone_start")] double? RestingTestosteroneStart,
    [property: JsonPropertyName("resting_testosterone_end")] double? RestingTestosteroneEnd,
    [property: JsonPropertyName("hard_sets_per_week")] IReadOnlyDictionary<string, double> HardSetsPerWeek,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings);

/// <summary>Size change of one muscle group, % from the start: both sides' mean, and each side.</summary>
public sealed record MuscleAnswer(
    [property: JsonPropertyName("size_change_pct")] double SizeChangePct,
    [property: JsonPropertyName("left_pct")] double LeftPct,
    [property: JsonPropertyName("right_pct")] double RightPct);

/// <summary>1RM change of one exercise, %; the kilograms only at the program's end (absent from the weekly states).</summary>
public sealed record StrengthAnswer(
    [property: JsonPropertyName("one_rm_change_pct")] double OneRmChangePct,
    [property: JsonPropertyName("start_one_rm_kg"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? StartOneRmKg,
    [property: JsonPropertyName("one_rm_kg"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? OneRmKg);

/// <summary>The acute hormone surge of the program's sessions, averaged over every session done.</summary>
/// <remarks><c>growth_hormone_peak</c>: mean GH peak per session, µg/L.</remarks>
public sealed record SessionSurgeAnswer(
    [property: JsonPropertyName("sessions")] int Sessions,
    [property: JsonPropertyName("total_testosterone_rise_pct")] double TotalTestosteroneRisePct,
    [property: JsonPropertyName("growth_hormone_peak")] double GrowthHormonePeak,
    [property: JsonPropertyName("cortisol_rise_pct")] double CortisolRisePct);

/// <summary>The state at the end of one week.</summary>
/// <remarks><c>resting_testosterone</c>: morning resting total testosterone, nmol/L.</remarks>
public sealed record WeekAnswer(
    [property: JsonPropertyName("week")] int Week,
    [property: JsonPropertyName("muscles")] IReadOnlyDictionary<string, MuscleAnswer> Muscles,
    [property: JsonPropertyName("strength")] IReadOnlyDictionary<string, StrengthAnswer> Strength,
    [property: JsonPropertyName("resting_testosterone")] double RestingTestosterone,
    [property: JsonPropertyName("hard_sets")] IReadOnlyDictionary<string, double> HardSets);

/// <summary>The <c>surge compare --json</c> object for programs: one train object (with <c>file</c>) per program.</summary>
public sealed record CompareProgramsAnswer([property: JsonPropertyName("programs")] IReadOnlyList<TrainAnswer> Programs);
