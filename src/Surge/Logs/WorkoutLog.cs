using Surge.Files;

namespace Surge.Logs;

/// <summary>The apps whose exports Surge reads.</summary>
public enum LogFormat
{
    Strong,
    Hevy,
}

/// <summary>What kind of set a logged set was.</summary>
public enum SetKind
{
    Working,
    WarmUp,
    Drop,
    Failure,
}

/// <summary>One logged set.</summary>
/// <param name="Order">1-based order of the set within its workout.</param>
/// <param name="Kind">Working, warm-up, drop or failure set.</param>
/// <param name="ExerciseName">The exercise name as the app wrote it.</param>
/// <param name="Exercise">The catalogue exercise's canonical name it matched (directly or through a mapping), or null.</param>
/// <param name="WeightKg">External load in kg (converted from lb where needed); null for body-weight sets without added load.</param>
/// <param name="Reps">Repetitions.</param>
/// <param name="Rpe">RPE if logged (6–10, halves allowed).</param>
/// <param name="RestSeconds">Rest after the set, s; null when unknown.</param>
/// <param name="RestInferred">True when the rest was inferred from the workout's duration and set count rather than logged.</param>
/// <param name="Line">1-based line of the row in the file.</param>
public sealed record LoggedSet(
    int Order,
    SetKind Kind,
    string ExerciseName,
    string? Exercise,
    double? WeightKg,
    int Reps,
    double? Rpe,
    double? RestSeconds,
    bool RestInferred,
    int Line);

/// <summary>One logged workout.</summary>
/// <param name="Start">Local start date and time as the app wrote it.</param>
/// <param name="Title">The workout's name.</param>
/// <param name="Duration">The workout's duration if logged.</param>
/// <param name="Sets">Resistance sets in order (cardio and timed rows are skipped and counted instead).</param>
/// <param name="Key">
/// Stable natural key: the format plus the workout's identity in the export (Strong: start + workout number or name;
/// Hevy: start + title). Importing the same workout again yields the same key.
/// </param>
public sealed record LoggedWorkout(DateTime Start, string Title, TimeSpan? Duration, IReadOnlyList<LoggedSet> Sets, string Key);

/// <summary>A row that was not imported, with why.</summary>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Reason">Short reason, used to group the summary: e.g. "cardio", "timed", "rest timer", "note", "malformed: …".</param>
public sealed record SkippedRow(int Line, string Reason)
{
    /// <summary>
    /// What summaries count the row under: the reason without the row's own value and line (<c>malformed: weight</c>
    /// for <c>malformed: weight 'eighty' (line 3)</c>), so that many bad rows make one count, not one entry each.
    /// </summary>
    public string Kind { get; init; } = Reason;
}

/// <summary>An exercise name that matched no catalogue exercise.</summary>
public sealed record UnmatchedName(string Name, int Sets, IReadOnlyList<string> Suggestions);

/// <summary>A whole export, read and matched.</summary>
/// <param name="Format">Strong or Hevy.</param>
/// <param name="Layout">Which layout of the export was recognised (e.g. "strong-semicolon", "strong-comma-12", "strong-legacy", "hevy").</param>
/// <param name="Workouts">Workouts in file order.</param>
/// <param name="Skipped">Rows not imported.</param>
/// <param name="Unmatched">Exercise names that matched nothing, once each with their set count and suggestions.</param>
/// <param name="Warnings">Located warnings (e.g. a weight unit assumed from the command line).</param>
public sealed record WorkoutLog(
    LogFormat Format,
    string Layout,
    IReadOnlyList<LoggedWorkout> Workouts,
    IReadOnlyList<SkippedRow> Skipped,
    IReadOnlyList<UnmatchedName> Unmatched,
    IReadOnlyList<InputWarning> Warnings)
{
    public int SetCount => Workouts.Sum(w => w.Sets.Count);
}

/// <summary>The result of reading an export: a log or one located error (file not of the named format, unit needed, …).</summary>
public sealed record WorkoutLogResult(WorkoutLog? Log, InputError? Error)
{
    public bool Success => Log is not null;
}
