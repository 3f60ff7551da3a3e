using System.Text.Json.Serialization;

namespace Surge.Reports;

// The typed answers of `surge simulate --json` / POST /api/simulate, `surge compare --json` / POST /api/compare (sessions)
// and `surge exercises --json` / GET /api/exercises. The contract is docs/formats.md: the properties are declared in the
// order the objects are written, and JsonOutput builds them from the model's results.

/// <summary>The <c>surge simulate --json</c> object (docs/formats.md); one element of <c>surge compare --json</c>'s <c>sessions</c>.</summary>
/// <param name="File">The session file as given (only in a comparison's sessions; absent from a simulation).</param>
/// <param name="Session">The session in figures.</param>
/// <param name="Measures">The five measures by id, in the model's order.</param>
/// <param name="Diagnostics">The model's intermediate signals, summarised.</param>
/// <param name="Warnings">Warnings from reading the file and from the simulation.</param>
/// <param name="Uncertainty">The bands of <c>--uncertainty</c> (absent without it).</param>
public sealed record SimulateAnswer(
    [property: JsonPropertyName("file"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? File,
    [property: JsonPropertyName("session")] SessionFigures Session,
    [property: JsonPropertyName("measures")] IReadOnlyDictionary<string, MeasureAnswer> Measures,
    [property: JsonPropertyName("diagnostics")] DiagnosticsAnswer Diagnostics,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings,
    [property: JsonPropertyName("uncertainty"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UncertaintyAnswer? Uncertainty);

/// <summary><c>session</c> of the simulate object: the session in figures (times in min since the first set started).</summary>
public sealed record SessionFigures(
    [property: JsonPropertyName("start")] string Start,
    [property: JsonPropertyName("end_min")] double EndMin,
    [property: JsonPropertyName("sets")] int Sets,
    [property: JsonPropertyName("active_muscle_mass_kg")] double ActiveMuscleMassKg,
    [property: JsonPropertyName("volume_load_kg")] double VolumeLoadKg,
    [property: JsonPropertyName("record_until_min")] double RecordUntilMin,
    [property: JsonPropertyName("set_times")] IReadOnlyList<SetTime> SetTimes,
    [property: JsonPropertyName("set_plan")] IReadOnlyList<PlannedSet> SetPlan);

/// <summary>When one set ran, min since the first set started (for shading charts).</summary>
public sealed record SetTime(
    [property: JsonPropertyName("start_min")] double StartMin,
    [property: JsonPropertyName("end_min")] double EndMin);

/// <summary>One set as the model ran it: its external load, %1RM on the same scale and the reserve used.</summary>
public sealed record PlannedSet(
    [property: JsonPropertyName("exercise")] string Exercise,
    [property: JsonPropertyName("side")] string Side,
    [property: JsonPropertyName("reps")] int Reps,
    [property: JsonPropertyName("load_kg")] double LoadKg,
    [property: JsonPropertyName("percent_1rm")] double PercentOfOneRm,
    [property: JsonPropertyName("rir")] double RepsInReserve,
    [property: JsonPropertyName("start_min")] double StartMin,
    [property: JsonPropertyName("end_min")] double EndMin);

/// <summary>One measure over the record with its summary figures.</summary>
/// <remarks><c>back_to_baseline_t</c> is null when the measure never returns to baseline within the record; <c>no_exercise_series</c>, the same day without the session, is there only with <c>?no_exercise=true</c>.</remarks>
public sealed record MeasureAnswer(
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("baseline")] double Baseline,
    [property: JsonPropertyName("peak")] double Peak,
    [property: JsonPropertyName("peak_t")] double PeakT,
    [property: JsonPropertyName("peak_change_pct")] double PeakChangePct,
    [property: JsonPropertyName("back_to_baseline_t")] double? BackToBaselineT,
    [property: JsonPropertyName("series")] IReadOnlyList<SeriesPoint> Series,
    [property: JsonPropertyName("no_exercise_series"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SeriesPoint>? NoExerciseSeries);

/// <summary>One point of a series: whole minutes since the first set started and the value in the measure's unit.</summary>
public sealed record SeriesPoint(
    [property: JsonPropertyName("t")] int T,
    [property: JsonPropertyName("value")] double Value);

/// <summary><c>diagnostics</c> of the simulate object; <c>androgen_receptor_sensitivity</c> by muscle group id, canonical order.</summary>
public sealed record DiagnosticsAnswer(
    [property: JsonPropertyName("lowest_phosphocreatine_pct")] double LowestPhosphocreatinePct,
    [property: JsonPropertyName("lactate_produced_mmol")] double LactateProducedMmol,
    [property: JsonPropertyName("peak_sympathetic_drive")] double PeakSympatheticDrive,
    [property: JsonPropertyName("peak_hpa_drive")] double PeakHpaDrive,
    [property: JsonPropertyName("lowest_plasma_volume_change_pct")] double LowestPlasmaVolumeChangePct,
    [property: JsonPropertyName("damage_index")] double DamageIndex,
    [property: JsonPropertyName("peak_total_testosterone_corrected_change_pct")] double PeakTotalTestosteroneCorrectedChangePct,
    [property: JsonPropertyName("androgen_receptor_sensitivity")] IReadOnlyDictionary<string, double> AndrogenReceptorSensitivity);

/// <summary><c>uncertainty</c> (docs/formats.md, "surge simulate --uncertainty").</summary>
public sealed record UncertaintyAnswer(
    [property: JsonPropertyName("draws")] int Draws,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("interval")] double Interval,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("redrawn")] int Redrawn,
    [property: JsonPropertyName("measures")] IReadOnlyDictionary<string, MeasureBandAnswer> Measures);

/// <summary>One measure's 5th, 50th and 95th percentiles per minute and of its peak, peak change and peak time.</summary>
public sealed record MeasureBandAnswer(
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("t_min")] IReadOnlyList<int> TMin,
    [property: JsonPropertyName("p05")] IReadOnlyList<double> P05,
    [property: JsonPropertyName("p50")] IReadOnlyList<double> P50,
    [property: JsonPropertyName("p95")] IReadOnlyList<double> P95,
    [property: JsonPropertyName("peak")] BandAnswer Peak,
    [property: JsonPropertyName("peak_change_pct")] BandAnswer PeakChangePct,
    [property: JsonPropertyName("peak_t")] BandAnswer PeakT);

/// <summary>The 5th, 50th and 95th percentiles of one figure.</summary>
public sealed record BandAnswer(
    [property: JsonPropertyName("p05")] double P05,
    [property: JsonPropertyName("p50")] double P50,
    [property: JsonPropertyName("p95")] double P95);

/// <summary>The <c>surge compare --json</c> object for sessions: one simulate object (with <c>file</c>) per session.</summary>
public sealed record CompareAnswer([property: JsonPropertyName("sessions")] IReadOnlyList<SimulateAnswer> Sessions);

/// <summary>The <c>surge exercises --json</c> object.</summary>
public sealed record ExercisesAnswer([property: JsonPropertyName("exercises")] IReadOnlyList<ExerciseAnswer> Exercises);

/// <summary>One exercise of the catalogue; activations by muscle group id are fractions (0–1).</summary>
public sealed record ExerciseAnswer(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("equipment")] string Equipment,
    [property: JsonPropertyName("primary")] IReadOnlyDictionary<string, double> Primary,
    [property: JsonPropertyName("secondary")] IReadOnlyDictionary<string, double> Secondary,
    [property: JsonPropertyName("unilateral")] bool Unilateral,
    [property: JsonPropertyName("load_per_hand")] bool LoadPerHand,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases);
