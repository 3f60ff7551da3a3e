namespace Surge.Files;

/// <summary>
/// The keys each object of a session, program and trial document accepts: the readers' own lists (what their "unknown
/// key" errors name), exposed read-only so that the web API's typed request schemas can be checked against them.
/// </summary>
public static class DocumentKeys
{
    /// <summary>A session's top level: athlete, start, record_until, transition, exercises.</summary>
    public static IReadOnlyList<string> Session => SessionReader.TopFields;

    /// <summary>An athlete (of a session, a program or a trial's cohort).</summary>
    public static IReadOnlyList<string> Athlete => SessionReader.AthleteFields;

    /// <summary>An exercise of a session or a training day (its own fields and a set's, which apply to all its sets).</summary>
    public static IReadOnlyList<string> Exercise => SessionReader.BoutFields;

    /// <summary>One set of an exercise's list of sets.</summary>
    public static IReadOnlyList<string> Set => SessionReader.SetFields;

    /// <summary>A program's top level.</summary>
    public static IReadOnlyList<string> Program => ProgramReader.TopFields;

    /// <summary>A program's nutrition.</summary>
    public static IReadOnlyList<string> Nutrition => ProgramReader.NutritionFields;

    /// <summary>A block of a program's blocks.</summary>
    public static IReadOnlyList<string> Block => ProgramReader.BlockFields;

    /// <summary>A training day of a program's week.</summary>
    public static IReadOnlyList<string> Day => ProgramReader.DayFields;

    /// <summary>A trial's top level.</summary>
    public static IReadOnlyList<string> Trial => TrialReader.TopFields;

    /// <summary>A trial's cohort.</summary>
    public static IReadOnlyList<string> Cohort => TrialReader.CohortFields;

    /// <summary>An arm of a trial.</summary>
    public static IReadOnlyList<string> Arm => TrialReader.ArmFields;

    /// <summary>An outcome of a trial.</summary>
    public static IReadOnlyList<string> Outcome => TrialReader.OutcomeFields;
}
