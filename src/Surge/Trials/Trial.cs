using Surge.Catalogue;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Trials;

/// <summary>How subjects are assigned to arms (formats.md, "Virtual trials").</summary>
public enum TrialDesign
{
    /// <summary>Each subject does one arm; every arm has its own <see cref="Trial.N"/> subjects.</summary>
    Parallel,

    /// <summary>Every subject does every arm (one limb per arm, or a crossover); contrasts are paired.</summary>
    Within,
}

/// <summary>Whether subjects differ.</summary>
public enum TrialVariability
{
    /// <summary>Between-subject spreads and measurement error from data/parameters.yaml.</summary>
    Population,

    /// <summary>Every subject is the typical subject, measured exactly.</summary>
    None,
}

/// <summary>What an outcome measures.</summary>
public enum OutcomeMeasure
{
    /// <summary>Muscle-group size at the end of a program, % change from the start.</summary>
    MuscleSize,

    /// <summary>1RM of one exercise at the end of a program, % change from the start.</summary>
    OneRm,

    /// <summary>Peak change of one hormone (or lactate) in the first session, % of its value before the session.</summary>
    AcutePeakChangePct,
}

/// <summary>One outcome of a trial; every value is a % change.</summary>
/// <param name="Measure">What is measured.</param>
/// <param name="Group">The muscle group, for <see cref="OutcomeMeasure.MuscleSize"/>.</param>
/// <param name="Exercise">The exercise as written in the trial file, for <see cref="OutcomeMeasure.OneRm"/>.</param>
/// <param name="Hormone">The measure, for <see cref="OutcomeMeasure.AcutePeakChangePct"/>.</param>
/// <param name="Side">For muscle size: one side only (left or right); null or both: the mean of both sides.</param>
public sealed record TrialOutcome(OutcomeMeasure Measure, MuscleGroup? Group, string? Exercise, Measure? Hormone, Side? Side)
{
    /// <summary>The measure's id as written in trial files: <c>muscle_size</c>, <c>one_rm</c>, <c>acute_peak_change_pct</c>.</summary>
    public string MeasureId => Measure switch
    {
        OutcomeMeasure.MuscleSize => "muscle_size",
        OutcomeMeasure.OneRm => "one_rm",
        _ => "acute_peak_change_pct",
    };

    /// <summary>
    /// The key in every output: <c>measure:group</c>, <c>measure:exercise</c> or <c>measure:hormone</c>, and for a
    /// one-sided muscle size <c>muscle_size:group:left</c>.
    /// </summary>
    public string Key => Measure switch
    {
        OutcomeMeasure.MuscleSize => $"muscle_size:{Group!.Value.Id()}" + (Side is Training.Side.Left ? ":left" : Side is Training.Side.Right ? ":right" : ""),
        OutcomeMeasure.OneRm => $"one_rm:{Exercise}",
        _ => $"acute_peak_change_pct:{Hormone!.Value.Id()}",
    };

    /// <summary>The unit of every value: % change.</summary>
    public static string Unit => "%";
}

/// <summary>One arm: a program (long-term outcomes) or a single session (acute outcomes only).</summary>
/// <param name="Name">The arm's name as written in the trial file.</param>
/// <param name="Program">The program, or null for a session arm.</param>
/// <param name="Session">The session, or null for a program arm.</param>
/// <param name="StrengthNames">For each <c>one_rm</c> outcome key, the exercise's name as written in this arm's program.</param>
public sealed record TrialArm(string Name, TrainingProgram? Program, Session? Session, IReadOnlyDictionary<string, string> StrengthNames)
{
    /// <summary>The session whose acute response the <c>acute_peak_change_pct</c> outcomes report: the arm's session, or its program's first training day (null if it has none).</summary>
    public Training.Session? FirstSession(Athlete athlete)
    {
        if (Session is not null)
        {
            return Session with { Athlete = athlete };
        }
        var day = Program?.Blocks.SelectMany(b => b.Days).FirstOrDefault(d => d.Bouts.Count > 0);
        return day is null ? null : new Training.Session(athlete, new DateOnly(2026, 1, 5).ToDateTime(day.Start), Training.Session.DefaultRecordUntil, day.Bouts);
    }
}

/// <summary>A virtual trial (formats.md, "Virtual trials: surge trial").</summary>
/// <param name="N">Subjects: per arm for a parallel design, in all for a within design; 2–<see cref="MaximumSubjects"/>.</param>
/// <param name="Athlete">The cohort's typical subject, used for every arm.</param>
/// <param name="Variability">Whether subjects differ and are measured with error.</param>
/// <param name="Design">Parallel or within.</param>
/// <param name="Seed">The trial's seed, 0–2147483647: each subject's draw depends only on it and the subject's index.</param>
/// <param name="Arms">The arms in file order.</param>
/// <param name="Outcomes">The outcomes in file order.</param>
public sealed record Trial(
    int N,
    Athlete Athlete,
    TrialVariability Variability,
    TrialDesign Design,
    int Seed,
    IReadOnlyList<TrialArm> Arms,
    IReadOnlyList<TrialOutcome> Outcomes)
{
    /// <summary>Most subjects accepted in <see cref="N"/>.</summary>
    public const int MaximumSubjects = 100_000;

    /// <summary>Fewest subjects accepted: an SD needs two.</summary>
    public const int MinimumSubjects = 2;

    /// <summary>Most arms accepted.</summary>
    public const int MaximumArms = 20;

    /// <summary>Most outcomes accepted.</summary>
    public const int MaximumOutcomes = 50;

    /// <summary>Units of work: a subject in one arm (parallel: arms × N) or a subject in every arm (within: N).</summary>
    public int UnitCount => Design == TrialDesign.Parallel ? Arms.Count * N : N;

    public string DesignId => Design == TrialDesign.Parallel ? "parallel" : "within";

    public string VariabilityId => Variability == TrialVariability.Population ? "population" : "none";
}
