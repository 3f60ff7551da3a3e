using System.Text.Json.Serialization;

namespace Surge.Reports;

// The typed answer of GET /api/model (docs/formats.md): what the pages need of the model, built by the web app's ModelJson
// from the core. The properties are declared in the order the object is written.

/// <summary>The <c>GET /api/model</c> object.</summary>
/// <param name="Muscles">The muscle group ids in canonical order.</param>
/// <param name="Measures">The measures in the model's order.</param>
/// <param name="AthleteDefaults">The default athlete per sex (<c>male</c>, <c>female</c>).</param>
/// <param name="SessionDefaults">What a session file leaves out.</param>
/// <param name="RepsToFraction">The fraction of 1RM for 1, 2, … 30 repetitions.</param>
/// <param name="Units">The unit factors the pages convert with.</param>
/// <param name="Limits">The ranges the files' readers accept (the editors' input limits).</param>
/// <param name="TrainingStatuses">The training statuses' names.</param>
/// <param name="RirForRpe">Reps in reserve for RPE 1, 2, … up to the first RPE that leaves none.</param>
/// <param name="VolumeBands">The weekly-volume bands of the history.</param>
/// <param name="Weekdays">A program week's days, Monday first: the key a program file names it by, the shown name and the other names accepted.</param>
public sealed record ModelAnswer(
    [property: JsonPropertyName("muscles")] IReadOnlyList<string> Muscles,
    [property: JsonPropertyName("measures")] IReadOnlyList<MeasureInfo> Measures,
    [property: JsonPropertyName("athlete_defaults")] IReadOnlyDictionary<string, AthleteDefaults> AthleteDefaults,
    [property: JsonPropertyName("session_defaults")] SessionDefaults SessionDefaults,
    [property: JsonPropertyName("reps_to_fraction")] IReadOnlyList<double> RepsToFraction,
    [property: JsonPropertyName("units")] UnitFactors Units,
    [property: JsonPropertyName("limits")] ModelLimits Limits,
    [property: JsonPropertyName("training_statuses")] IReadOnlyList<string> TrainingStatuses,
    [property: JsonPropertyName("rir_for_rpe")] IReadOnlyList<double> RirForRpe,
    [property: JsonPropertyName("volume_bands")] VolumeBandsInfo VolumeBands,
    [property: JsonPropertyName("weekdays")] IReadOnlyList<WeekdayInfo> Weekdays);

/// <summary>A day of a program's week: its key in a program file (<c>mon</c>), its shown name (<c>Monday</c>) and the other names a file may use for it.</summary>
public sealed record WeekdayInfo(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases);

/// <summary>One measure: its id, title and unit.</summary>
public sealed record MeasureInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("unit")] string Unit);

/// <summary>The default athlete of one sex.</summary>
public sealed record AthleteDefaults(
    [property: JsonPropertyName("age")] double Age,
    [property: JsonPropertyName("body_mass_kg")] double BodyMassKg,
    [property: JsonPropertyName("body_fat_pct")] double BodyFatPct,
    [property: JsonPropertyName("training_status")] string TrainingStatus);

/// <summary>What a session file leaves out: the rest between sets (s), the start time (HH:mm) and the record after the last set (min).</summary>
public sealed record SessionDefaults(
    [property: JsonPropertyName("rest_s")] double RestS,
    [property: JsonPropertyName("start_time")] string StartTime,
    [property: JsonPropertyName("record_until_min")] double RecordUntilMin);

/// <summary>The unit factors: kg per lb, and ng/dL of testosterone per nmol/L.</summary>
public sealed record UnitFactors(
    [property: JsonPropertyName("kg_per_lb")] double KgPerLb,
    [property: JsonPropertyName("testosterone_ng_per_dl_per_nmol_per_l")] double TestosteroneNgPerDlPerNmolPerL);

/// <summary>The ranges the session and program readers accept.</summary>
public sealed record ModelLimits(
    [property: JsonPropertyName("age_years")] ValueRange AgeYears,
    [property: JsonPropertyName("body_mass_kg")] ValueRange BodyMassKg,
    [property: JsonPropertyName("body_fat_pct")] ValueRange BodyFatPct,
    [property: JsonPropertyName("testosterone_nmol_per_l")] ValueRange TestosteroneNmolPerL,
    [property: JsonPropertyName("protein_g_per_kg_per_day")] ValueMaximum ProteinGPerKgPerDay,
    [property: JsonPropertyName("energy_balance_kcal_per_day")] ValueMaximum EnergyBalanceKcalPerDay,
    [property: JsonPropertyName("record_until_min")] ValueMaximum RecordUntilMin);

/// <summary>The least and the most a reader accepts.</summary>
public sealed record ValueRange(
    [property: JsonPropertyName("min")] double Min,
    [property: JsonPropertyName("max")] double Max);

/// <summary>The most a reader accepts.</summary>
public sealed record ValueMaximum([property: JsonPropertyName("max")] double Max);

/// <summary>The weekly-volume bands: hard sets per week below, within and above the range, and their labels.</summary>
public sealed record VolumeBandsInfo(
    [property: JsonPropertyName("lower_sets_per_week")] double LowerSetsPerWeek,
    [property: JsonPropertyName("upper_sets_per_week")] double UpperSetsPerWeek,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels);
