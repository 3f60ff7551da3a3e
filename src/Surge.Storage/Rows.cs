namespace Surge.Storage;

// Database rows. Column names are snake_case (SurgeContext); these types stay inside the assembly:
// callers see the model's records (LoggedWorkout, LoggedSet) and ImportRecord.

/// <summary>A person whose workouts are stored (one store can hold several).</summary>
internal sealed class AthleteRow
{
    public long Id { get; set; }

    /// <summary>Whose athlete this is: the account's user id on the web, "" for the command line's local user.</summary>
    public string OwnerId { get; set; } = "";

    /// <summary>
    /// The athlete's number within its owner (1, 2, … in the order they were created): what URLs and outputs name, so
    /// that an id says nothing about other owners' athletes (<see cref="Id"/> is one sequence for every owner).
    /// </summary>
    public long Number { get; set; }

    public string Name { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public List<WorkoutRow> Workouts { get; set; } = [];

    // The stored profile (surge athlete): null fields are not set (the session format's defaults apply).
    public Training.Sex? Sex { get; set; }
    public double? AgeYears { get; set; }
    public double? BodyMassKg { get; set; }
    public double? BodyFatFraction { get; set; }
    public Training.TrainingStatus? TrainingStatus { get; set; }
    public double? MorningTestosteroneNmolPerL { get; set; }

    /// <summary>The strength responsiveness fitted from the log (surge fit --db --store), 1; null: not fitted.</summary>
    public double? StrengthResponsiveness { get; set; }

    /// <summary>The acute response factors fitted to the person's samples (surge fit --samples --store), 1; null: not fitted.</summary>
    public double? GrowthHormoneResponse { get; set; }

    /// <summary>See <see cref="GrowthHormoneResponse"/>.</summary>
    public double? CortisolResponse { get; set; }

    /// <summary>See <see cref="GrowthHormoneResponse"/>.</summary>
    public double? LactateResponse { get; set; }

    /// <summary>See <see cref="GrowthHormoneResponse"/>.</summary>
    public double? LactateClearance { get; set; }

    /// <summary>When the profile was last set; null when it never was.</summary>
    public DateTime? ProfileUpdatedUtc { get; set; }
}

/// <summary>One imported workout; (athlete, key) is unique so re-imports add nothing twice.</summary>
internal sealed class WorkoutRow
{
    public long Id { get; set; }
    public long AthleteId { get; set; }
    public AthleteRow? Athlete { get; set; }
    public long ImportId { get; set; }
    public ImportRow? Import { get; set; }
    public string Key { get; set; } = "";
    public DateTime Start { get; set; }
    public string Title { get; set; } = "";
    public double? DurationSeconds { get; set; }
    public List<SetRow> Sets { get; set; } = [];
}

/// <summary>One logged set of a workout.</summary>
internal sealed class SetRow
{
    public long Id { get; set; }
    public long WorkoutId { get; set; }
    public WorkoutRow? Workout { get; set; }
    public int Order { get; set; }
    public Logs.SetKind Kind { get; set; }
    public string ExerciseName { get; set; } = "";
    public string? Exercise { get; set; }
    public double? WeightKg { get; set; }
    public int Reps { get; set; }
    public double? Rpe { get; set; }
    public double? RestSeconds { get; set; }
    public bool RestInferred { get; set; }
    public int Line { get; set; }
}

/// <summary>An exercise name mapped to a catalogue exercise, remembered for later imports.</summary>
internal sealed class MappingRow
{
    public long Id { get; set; }

    /// <summary>Whose mapping this is (as <see cref="AthleteRow.OwnerId"/>).</summary>
    public string OwnerId { get; set; } = "";

    /// <summary>The name as the user wrote it.</summary>
    public string Name { get; set; } = "";

    /// <summary>Trimmed, upper-case invariant name: unique per owner, so names match case-insensitively.</summary>
    public string NormalizedName { get; set; } = "";

    public string Target { get; set; } = "";
}

/// <summary>One run of Import.</summary>
internal sealed class ImportRow
{
    public long Id { get; set; }
    public long AthleteId { get; set; }
    public AthleteRow? Athlete { get; set; }
    public string File { get; set; } = "";
    public Logs.LogFormat Format { get; set; }
    public string Layout { get; set; } = "";
    public DateTime ImportedUtc { get; set; }
    public int WorkoutsAdded { get; set; }
    public int WorkoutsSkipped { get; set; }
    public int Duplicates { get; set; }
    public int SetsAdded { get; set; }
}

/// <summary>
/// One counter of the web app's limits shared by every node over one database (<see cref="SharedCounters"/>): a rate
/// limit's requests of one client in one fixed window, or a sign-in throttle's wrong passwords of one email and address.
/// </summary>
internal sealed class RateCounterRow
{
    /// <summary>What is counted: the limit's name and the client (e.g. <c>simulations|203.0.113.7</c>).</summary>
    public string Key { get; set; } = "";

    /// <summary>When the counter's window began, milliseconds since 1970-01-01 UTC.</summary>
    public long WindowStart { get; set; }

    /// <summary>How many were counted in that window.</summary>
    public int Count { get; set; }
}
