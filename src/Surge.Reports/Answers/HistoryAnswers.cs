using System.Text.Json.Serialization;

namespace Surge.Reports;

// The typed answer of `surge history --json` (and the base of the web's history answers). The contract is
// docs/formats.md: the properties are declared in the order the object is written, and HistoryJson builds it. Muscle
// groups are keyed by id in canonical order; dates are yyyy-MM-dd, times ISO local.

/// <summary>
/// The <c>surge history --json</c> object plus extras (warm-ups, bands, projection basis); <c>e1rm_weekly</c> only in the
/// web's answers (absent from the CLI's), <c>demo</c> only in <c>GET /api/history/demo</c>'s and <c>truncated</c> only when
/// a web answer analysed part of the range.
/// </summary>
public sealed record HistoryAnswer(
    [property: JsonPropertyName("workouts")] int Workouts,
    [property: JsonPropertyName("sets")] int Sets,
    [property: JsonPropertyName("first")] string? First,
    [property: JsonPropertyName("last")] string? Last,
    [property: JsonPropertyName("unmatched")] IReadOnlyList<UnmatchedAnswer> Unmatched,
    [property: JsonPropertyName("weeks")] IReadOnlyList<HistoryWeekAnswer> Weeks,
    [property: JsonPropertyName("sessions")] IReadOnlyList<HistorySessionAnswer> Sessions,
    [property: JsonPropertyName("projection")] HistoryProjectionAnswer Projection,
    [property: JsonPropertyName("warm_ups")] int WarmUps,
    [property: JsonPropertyName("athlete")] AthleteAnswer Athlete,
    [property: JsonPropertyName("readiness")] HistoryReadinessAnswer Readiness,
    [property: JsonPropertyName("fitness_fatigue")] FitnessFatigueAnswer FitnessFatigue,
    [property: JsonPropertyName("e1rm_weekly"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, IReadOnlyList<WeeklyOneRmAnswer>>? E1rmWeekly,
    [property: JsonPropertyName("demo"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] HistoryDemoAnswer? Demo = null,
    [property: JsonPropertyName("truncated"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] HistoryTruncationAnswer? Truncated = null);

/// <summary><c>GET /api/history/demo</c>'s <c>demo</c>: which shipped log was analysed, its format and unit.</summary>
public sealed record HistoryDemoAnswer(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("unit")] string Unit);

/// <summary>
/// A web history answer's <c>truncated</c>, when one request analysed only the latest workouts of the range: what the
/// range holds, what was analysed (from <c>first_analysed</c>) and how to ask for the rest.
/// </summary>
public sealed record HistoryTruncationAnswer(
    [property: JsonPropertyName("sets_in_range")] long SetsInRange,
    [property: JsonPropertyName("workouts_in_range")] int WorkoutsInRange,
    [property: JsonPropertyName("sets_analysed")] long SetsAnalysed,
    [property: JsonPropertyName("workouts_analysed")] int WorkoutsAnalysed,
    [property: JsonPropertyName("first_analysed")] string FirstAnalysed,
    [property: JsonPropertyName("detail")] string Detail);

/// <summary>One week from Monday: hard sets per group and each group's volume band.</summary>
public sealed record HistoryWeekAnswer(
    [property: JsonPropertyName("week_start")] string WeekStart,
    [property: JsonPropertyName("hard_sets")] IReadOnlyDictionary<string, double> HardSets,
    [property: JsonPropertyName("bands")] IReadOnlyDictionary<string, string> Bands);

/// <summary>One logged workout as simulated: the peaks of its session (GH µg/L, lactate mmol/L).</summary>
public sealed record HistorySessionAnswer(
    [property: JsonPropertyName("start")] string Start,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("sets")] int Sets,
    [property: JsonPropertyName("total_testosterone_peak_change_pct")] double TotalTestosteronePeakChangePct,
    [property: JsonPropertyName("growth_hormone_peak")] double GrowthHormonePeak,
    [property: JsonPropertyName("lactate_peak")] double LactatePeak,
    [property: JsonPropertyName("simulated_sets")] int SimulatedSets);

/// <summary>The projection if training continues as in the basis weeks.</summary>
public sealed record HistoryProjectionAnswer(
    [property: JsonPropertyName("weeks")] int Weeks,
    [property: JsonPropertyName("muscles")] IReadOnlyDictionary<string, ProjectedMuscleAnswer> Muscles,
    [property: JsonPropertyName("basis_weeks")] IReadOnlyList<string> BasisWeeks,
    [property: JsonPropertyName("strength")] IReadOnlyDictionary<string, ProjectedStrengthAnswer> Strength);

/// <summary>One group's projected size change, %, and the hard sets per week it assumes.</summary>
public sealed record ProjectedMuscleAnswer(
    [property: JsonPropertyName("size_change_pct")] double SizeChangePct,
    [property: JsonPropertyName("hard_sets_per_week")] double HardSetsPerWeek);

/// <summary>One exercise's projected 1RM change, %.</summary>
public sealed record ProjectedStrengthAnswer([property: JsonPropertyName("one_rm_change_pct")] double OneRmChangePct);

/// <summary>Each group's recovery the day after the last workout (null date and time for an empty log).</summary>
public sealed record HistoryReadinessAnswer(
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("at")] string? At,
    [property: JsonPropertyName("muscles")] IReadOnlyDictionary<string, MuscleReadinessAnswer> Muscles);

/// <summary>One group's recovery, % (one decimal).</summary>
public sealed record MuscleReadinessAnswer([property: JsonPropertyName("recovered_pct")] double RecoveredPct);

/// <summary>The fitness–fatigue series, one entry per calendar day from the first workout to the day after the last.</summary>
public sealed record FitnessFatigueAnswer(
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("impulse_unit")] string ImpulseUnit,
    [property: JsonPropertyName("days")] IReadOnlyList<FitnessFatigueDayAnswer> Days);

/// <summary>One day of the fitness–fatigue series.</summary>
public sealed record FitnessFatigueDayAnswer(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("fitness")] double Fitness,
    [property: JsonPropertyName("fatigue")] double Fatigue,
    [property: JsonPropertyName("form")] double Form,
    [property: JsonPropertyName("impulse")] double Impulse);

/// <summary>One week's best estimated 1RM of one exercise, kg (one decimal).</summary>
public sealed record WeeklyOneRmAnswer(
    [property: JsonPropertyName("week_start")] string WeekStart,
    [property: JsonPropertyName("e1rm_kg")] double E1rmKg);
