using System.Text.Json;
using System.Text.Json.Serialization;

namespace Surge.Reports;

// The request bodies of the web API, as records: the schemas the OpenAPI document shows for POST /api/simulate,
// /api/compare, /api/train, /api/trial and PUT /api/athletes/{id}/profile. They only describe the documents: the bodies
// are read by the core's located readers (SessionFile, ProgramFile, TrialFile; CompareRequest, LogApi.ParseProfile in the
// web app), which keep every error's line and column, and the web tests check each record's property names against the
// keys its reader accepts (Surge.Files.DocumentKeys). The contract is docs/formats.md. A value that may be a number or a
// text with its unit ("80 kg", "90 s", "24 %") is a JsonElement: any JSON value, as the reader decides. Only what the
// reader requires is required.

/// <summary>A session document (docs/formats.md, "Session files"): the athlete, when it starts and the exercises in order.</summary>
public sealed record SessionDocument
{
    [JsonPropertyName("athlete")]
    public AthleteDocument? Athlete { get; init; }

    [JsonPropertyName("start")]
    public string? Start { get; init; }

    [JsonPropertyName("record_until")]
    public JsonElement? RecordUntil { get; init; }

    [JsonPropertyName("transition")]
    public JsonElement? Transition { get; init; }

    [JsonPropertyName("exercises")]
    public IReadOnlyList<ExerciseDocument>? Exercises { get; init; }
}

/// <summary>An athlete (of a session, a program or a trial's cohort), and the profile an API client stores: any of these.</summary>
public sealed record AthleteDocument
{
    [JsonPropertyName("sex")]
    public string? Sex { get; init; }

    [JsonPropertyName("age")]
    public JsonElement? Age { get; init; }

    [JsonPropertyName("body_mass")]
    public JsonElement? BodyMass { get; init; }

    [JsonPropertyName("body_fat")]
    public JsonElement? BodyFat { get; init; }

    [JsonPropertyName("training_status")]
    public string? TrainingStatus { get; init; }

    [JsonPropertyName("resting_testosterone")]
    public JsonElement? RestingTestosterone { get; init; }
}

/// <summary>
/// An exercise of a session or of a training day: which, its sets (a number, or a list of <see cref="SetDocument"/>)
/// and the set fields that apply to all of them.
/// </summary>
public sealed record ExerciseDocument
{
    [JsonPropertyName("exercise")]
    public required string Exercise { get; init; }

    [JsonPropertyName("side")]
    public string? Side { get; init; }

    [JsonPropertyName("sets")]
    public required JsonElement Sets { get; init; }

    [JsonPropertyName("one_rm")]
    public JsonElement? OneRm { get; init; }

    [JsonPropertyName("transition")]
    public JsonElement? Transition { get; init; }

    [JsonPropertyName("reps")]
    public JsonElement? Reps { get; init; }

    [JsonPropertyName("load")]
    public JsonElement? Load { get; init; }

    [JsonPropertyName("rest")]
    public JsonElement? Rest { get; init; }

    [JsonPropertyName("rir")]
    public double? Rir { get; init; }

    [JsonPropertyName("rpe")]
    public double? Rpe { get; init; }

    [JsonPropertyName("to_failure")]
    public bool? ToFailure { get; init; }

    [JsonPropertyName("tempo")]
    public JsonElement? Tempo { get; init; }
}

/// <summary>One set of an exercise's list of sets (reps a number or <c>amrap</c>; one of rir, rpe and to_failure).</summary>
public sealed record SetDocument
{
    [JsonPropertyName("reps")]
    public JsonElement? Reps { get; init; }

    [JsonPropertyName("load")]
    public JsonElement? Load { get; init; }

    [JsonPropertyName("rest")]
    public JsonElement? Rest { get; init; }

    [JsonPropertyName("rir")]
    public double? Rir { get; init; }

    [JsonPropertyName("rpe")]
    public double? Rpe { get; init; }

    [JsonPropertyName("to_failure")]
    public bool? ToFailure { get; init; }

    [JsonPropertyName("tempo")]
    public JsonElement? Tempo { get; init; }
}

/// <summary>
/// A program document (docs/formats.md, "Program files"): the athlete, nutrition, testosterone, and either a weekly
/// template repeated (<c>weeks</c>, <c>week</c>) or <c>blocks</c> of them run in order.
/// </summary>
public sealed record ProgramDocument
{
    [JsonPropertyName("athlete")]
    public AthleteDocument? Athlete { get; init; }

    [JsonPropertyName("nutrition")]
    public NutritionDocument? Nutrition { get; init; }

    [JsonPropertyName("testosterone")]
    public JsonElement? Testosterone { get; init; }

    [JsonPropertyName("weeks")]
    public int? Weeks { get; init; }

    [JsonPropertyName("week")]
    public IReadOnlyDictionary<string, ProgramDayDocument>? Week { get; init; }

    [JsonPropertyName("blocks")]
    public IReadOnlyList<ProgramBlockDocument>? Blocks { get; init; }
}

/// <summary>A program's nutrition: protein and energy balance.</summary>
public sealed record NutritionDocument
{
    [JsonPropertyName("protein")]
    public JsonElement? Protein { get; init; }

    [JsonPropertyName("energy_balance")]
    public JsonElement? EnergyBalance { get; init; }
}

/// <summary>A block of a program: its weekly template (training days by weekday, mon … sun) repeated for that many weeks.</summary>
public sealed record ProgramBlockDocument
{
    [JsonPropertyName("weeks")]
    public required int Weeks { get; init; }

    [JsonPropertyName("week")]
    public required IReadOnlyDictionary<string, ProgramDayDocument> Week { get; init; }
}

/// <summary>A training day of a program's week: a local clock time, the exercises as in a session, the transition.</summary>
public sealed record ProgramDayDocument
{
    [JsonPropertyName("start")]
    public string? Start { get; init; }

    [JsonPropertyName("exercises")]
    public required IReadOnlyList<ExerciseDocument> Exercises { get; init; }

    [JsonPropertyName("transition")]
    public JsonElement? Transition { get; init; }
}

/// <summary>A trial document (docs/formats.md, "Virtual trials"): the cohort, design, seed, named arms and outcomes.</summary>
public sealed record TrialDocument
{
    [JsonPropertyName("cohort")]
    public required TrialCohortDocument Cohort { get; init; }

    [JsonPropertyName("design")]
    public string? Design { get; init; }

    [JsonPropertyName("seed")]
    public int? Seed { get; init; }

    [JsonPropertyName("arms")]
    public required IReadOnlyDictionary<string, TrialArmDocument> Arms { get; init; }

    [JsonPropertyName("outcomes")]
    public required IReadOnlyList<TrialOutcomeDocument> Outcomes { get; init; }
}

/// <summary>A trial's cohort: subjects (per arm in a parallel design), the athlete they vary around, the variability.</summary>
public sealed record TrialCohortDocument
{
    [JsonPropertyName("n")]
    public required int N { get; init; }

    [JsonPropertyName("athlete")]
    public AthleteDocument? Athlete { get; init; }

    [JsonPropertyName("variability")]
    public string? Variability { get; init; }
}

/// <summary>An arm of a trial: a program or a session (on the web, inline).</summary>
public sealed record TrialArmDocument
{
    [JsonPropertyName("program")]
    public ProgramDocument? Program { get; init; }

    [JsonPropertyName("session")]
    public SessionDocument? Session { get; init; }
}

/// <summary>An outcome of a trial: the measure, and the muscle group, exercise or hormone it is of (and the side).</summary>
public sealed record TrialOutcomeDocument
{
    [JsonPropertyName("measure")]
    public required string Measure { get; init; }

    [JsonPropertyName("group")]
    public string? Group { get; init; }

    [JsonPropertyName("exercise")]
    public string? Exercise { get; init; }

    [JsonPropertyName("hormone")]
    public string? Hormone { get; init; }

    [JsonPropertyName("side")]
    public string? Side { get; init; }
}

/// <summary><c>POST /api/compare</c>: the sessions compared and, optionally, their names (one per session).</summary>
public sealed record CompareRequestDocument
{
    [JsonPropertyName("sessions")]
    public required IReadOnlyList<SessionDocument> Sessions { get; init; }

    [JsonPropertyName("names")]
    public IReadOnlyList<string>? Names { get; init; }
}
