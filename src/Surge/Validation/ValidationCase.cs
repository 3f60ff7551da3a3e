using Surge.Training;

namespace Surge.Validation;

/// <summary>
/// What an observation measures: one of the five simulated measures or the plasma-volume shift of a session, or a
/// long-term outcome of a program (muscle size change, 1RM change, fat-free mass change, resting testosterone change).
/// </summary>
public enum ObservedMeasure
{
    TotalTestosterone,
    FreeTestosterone,
    GrowthHormone,
    Cortisol,
    Lactate,
    PlasmaVolume,
    MuscleSize,
    OneRm,
    FatFreeMass,
    RestingTestosterone,
}

/// <summary>How an observation is compared with the prediction.</summary>
public enum Comparison
{
    /// <summary>The value at a time lies in the study's range (mean ± 1 SD; on a log scale where stated).</summary>
    Value,
    /// <summary>The % change from the pre-exercise value lies in the study's range (mean change ± 1 SD).</summary>
    ChangePercent,
    /// <summary>This condition's value exceeds another condition's at the same time.</summary>
    GreaterThan,
    /// <summary>This condition's value is below another condition's at the same time.</summary>
    LessThan,
    /// <summary>This condition's value minus another condition's lies in the study's range for that difference (mean ± 1 SD).</summary>
    Difference,
}

/// <summary>How the study reported its spread.</summary>
public enum SpreadKind
{
    StandardDeviation,
    StandardError,
}

/// <summary>When an observation was taken, relative to the session.</summary>
/// <param name="Anchor">
/// "pre" (before the first set), "end" (end of the last set; for a program the end of its last week), "start" (first
/// set), "bout" (end of bout <paramref name="Bout"/>) or "week" (end of program week <paramref name="Bout"/>).
/// </param>
/// <param name="Bout">1-based bout number for the "bout" anchor, week number for the "week" anchor.</param>
/// <param name="OffsetMin">Minutes after the anchor.</param>
/// <param name="Text">The time as written, e.g. <c>end+15</c>.</param>
public sealed record ObservationTime(string Anchor, int Bout, double OffsetMin, string Text)
{
    /// <summary>Minutes since the first set started for a session whose sets are <paramref name="result"/>.</summary>
    public double MinutesSinceStart(Simulation.SimulationResult result) => Anchor switch
    {
        "pre" => 0.0,
        "start" => OffsetMin,
        "bout" => result.Sets.Where(s => s.BoutIndex == Bout - 1).Select(s => s.EndMin).DefaultIfEmpty(0.0).Max() + OffsetMin,
        _ => result.Session.EndMin + OffsetMin,
    };
}

/// <summary>One protocol of a study: a session (acute studies), a program (long-term studies) or a virtual trial (a cohort of differing subjects, for the spread of responses).</summary>
public sealed record StudyCondition(string Key, string Label, Session? Session, TrainingProgram? Program = null, Trials.Trial? Trial = null)
{
    public bool IsProgram => Program is not null;

    /// <summary>Whether the condition is a virtual trial (observations name an arm and a statistic).</summary>
    public bool IsTrial => Trial is not null;
}

/// <summary>One published observation and how to compare it (docs/validation.md).</summary>
/// <param name="Id">Unique id, e.g. <c>villanueva2012-h60-total-t-ip</c>.</param>
/// <param name="Condition">The condition key.</param>
/// <param name="Measure">What was measured.</param>
/// <param name="When">When.</param>
/// <param name="Unit">The unit of <paramref name="Observed"/> and <paramref name="Spread"/>.</param>
/// <param name="Observed">Mean (or mean change in % for <see cref="Comparison.ChangePercent"/>); for orderings, informational.</param>
/// <param name="Spread">The study's spread, in <paramref name="Unit"/>; null only for orderings.</param>
/// <param name="SpreadKind">SD or SE (converted with SD = SE·√n).</param>
/// <param name="N">Subjects.</param>
/// <param name="Baseline">The study's own pre-exercise mean, in <paramref name="Unit"/>: when given, the prediction is the model's relative change applied to it.</param>
/// <param name="LogScale">Compare on a log scale (GH: strongly skewed).</param>
/// <param name="Corrected">Compare with the plasma-volume corrected value.</param>
/// <param name="Comparison">The comparison.</param>
/// <param name="Other">The other condition of an ordering.</param>
/// <param name="Note">Why the case is as it is, in a sentence.</param>
/// <param name="Group">For muscle size: the canonical muscle group.</param>
/// <param name="Side">For muscle size: "mean" (default), "left" or "right".</param>
/// <param name="Exercise">For 1RM: the exercise's name as written in the program.</param>
/// <param name="Statistic">For a trial condition: <c>mean</c> or <c>sd</c> of the arm's outcome across subjects, <c>correlation</c>
/// (Pearson r across the arm's subjects) between that outcome and <paramref name="With"/>, or <c>difference</c> or
/// <c>difference_sd</c> from <paramref name="OtherArm"/>.</param>
/// <param name="Arm">For a trial condition: the arm.</param>
/// <param name="With">For a correlation: the trial's other outcome key (e.g. <c>acute_peak_change_pct:growth_hormone</c>).</param>
/// <param name="OtherArm">
/// For a trial's <c>difference</c> (mean of <paramref name="Arm"/> minus this arm: of the paired differences in a within design,
/// of the arms' means in a parallel one) or <c>difference_sd</c> (SD of the paired differences, within designs): the other arm.
/// </param>
public sealed record Observation(
    string Id,
    string Condition,
    ObservedMeasure Measure,
    ObservationTime When,
    string Unit,
    double Observed,
    double? Spread,
    SpreadKind SpreadKind,
    int N,
    double? Baseline,
    bool LogScale,
    bool Corrected,
    Comparison Comparison,
    string? Other,
    string? Note,
    string? Group = null,
    string? Side = null,
    string? Exercise = null,
    string? Statistic = null,
    string? Arm = null,
    string? With = null,
    string? OtherArm = null)
{
    /// <summary>Whether this observation is a long-term outcome of a program.</summary>
    public bool IsLongTerm => Measure >= ObservedMeasure.MuscleSize;
}

/// <summary>Questions about an observation that graders and writers share.</summary>
public static class ObservationKinds
{
    /// <summary>True for "greater than" and "less than" cases.</summary>
    public static bool IsOrdering(this Observation observation) =>
        observation.Comparison is Comparison.GreaterThan or Comparison.LessThan;

    /// <summary>
    /// For an observation of a trial condition: the trial's outcome key it grades (as <see cref="Trials.TrialOutcome.Key"/>
    /// writes it): <c>muscle_size:group</c> (with <c>:left</c> or <c>:right</c> for one side) or <c>one_rm:exercise</c>.
    /// </summary>
    public static string TrialOutcomeKey(this Observation observation) => observation.Measure == ObservedMeasure.MuscleSize
        ? $"muscle_size:{observation.Group}" + (observation.Side is "left" or "right" ? ":" + observation.Side : "")
        : $"one_rm:{observation.Exercise}";
}

/// <summary>Which pile a study is in: what the parameters were fitted to, or what was held back from fitting.</summary>
public enum ValidationSet
{
    /// <summary>data/calibration/: the studies <c>tools/Surge.Calibrate</c> fits the parameters to.</summary>
    Calibration,
    /// <summary>data/validation/: studies never fitted, so their grades measure the model out of sample.</summary>
    Validation,
}

/// <summary>A study: citation, subjects, protocols and observations (one file in data/calibration/ or data/validation/).</summary>
public sealed record ValidationStudy(
    string File,
    string Name,
    string Citation,
    string Subjects,
    IReadOnlyList<string> Properties,
    IReadOnlyList<StudyCondition> Conditions,
    IReadOnlyList<Observation> Observations,
    string? Note)
{
    /// <summary>The pile the study is in (from its folder: <c>calibration</c> or any other).</summary>
    public ValidationSet Set { get; init; } = ValidationSet.Validation;

    /// <summary>The pile of the case files in <paramref name="folder"/>: calibration when the folder is named so, else validation.</summary>
    public static ValidationSet SetOfFolder(string folder) =>
        string.Equals(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), "calibration", StringComparison.OrdinalIgnoreCase)
            ? ValidationSet.Calibration : ValidationSet.Validation;
}
