using Surge.Catalogue;
using Surge.Quantities;

namespace Surge.Training;

/// <summary>Which limbs work in every repetition.</summary>
public enum Side
{
    Both,
    Left,
    Right,
}

/// <summary>Seconds per repetition in lifters' notation eccentric-pause-concentric-pause (e.g. 3-0-1-0).</summary>
public readonly record struct Tempo(double EccentricSeconds, double BottomPauseSeconds, double ConcentricSeconds, double TopPauseSeconds)
{
    /// <summary>Seconds per repetition.</summary>
    public double RepetitionSeconds => EccentricSeconds + BottomPauseSeconds + ConcentricSeconds + TopPauseSeconds;
}

/// <summary>How close to failure a set went, as the user stated it.</summary>
/// <param name="RepsInReserve">Repetitions left in reserve (0 = failure); null: estimate from reps and load.</param>
public readonly record struct Effort(double? RepsInReserve)
{
    public static Effort Estimated => new(null);

    public static Effort Failure => new(0.0);

    /// <summary>From an RPE of 1–10: reps in reserve = 10 − RPE.</summary>
    public static Effort FromRpe(double rpe) => new(Math.Max(0.0, 10.0 - rpe));
}

/// <summary>One set as prescribed or logged.</summary>
/// <param name="Reps">
/// Repetitions done, ≥ 1; or <see cref="AsManyAsPossibleReps"/> (<c>reps: amrap</c>): as many as the lifter can, which
/// the planner decides from the load and the fatigue left by earlier sets (docs/model.md, "Load and repetitions").
/// </param>
/// <param name="Load">The load.</param>
/// <param name="Rest">The pause after the set.</param>
/// <param name="Effort">Reps in reserve, if stated.</param>
/// <param name="Tempo">Seconds per phase of a repetition; null: chosen from the load.</param>
public sealed record SetPrescription(int Reps, Load Load, TimeSpan Rest, Effort Effort, Tempo? Tempo)
{
    /// <summary>The value of <see cref="Reps"/> for a set done for as many repetitions as possible (to failure).</summary>
    public const int AsManyAsPossibleReps = 0;

    /// <summary>Whether the set is done for as many repetitions as possible (<c>reps: amrap</c>).</summary>
    public bool AsManyAsPossible => Reps == AsManyAsPossibleReps;
}

/// <summary>One exercise done for one or more sets.</summary>
/// <param name="Exercise">The catalogue entry.</param>
/// <param name="NameAsWritten">The name as the user wrote it (for messages and keyed output).</param>
/// <param name="Side">Which limbs work.</param>
/// <param name="OneRmKg">The 1RM of the external load in kg (per hand where the exercise is per hand); null: a default for the athlete.</param>
/// <param name="Sets">The sets in order.</param>
/// <param name="Transition">The pause after the bout's last set before the next bout; null: the last set's rest.</param>
public sealed record Bout(
    Exercise Exercise,
    string NameAsWritten,
    Side Side,
    double? OneRmKg,
    IReadOnlyList<SetPrescription> Sets,
    TimeSpan? Transition);

/// <summary>One workout: who, when, what, and how long to follow the body afterwards.</summary>
/// <param name="Athlete">The person.</param>
/// <param name="Start">Local clock time of the first set.</param>
/// <param name="RecordUntil">How long after the last set to simulate.</param>
/// <param name="Bouts">The exercises in order; empty for a rest-control session.</param>
public sealed record Session(Athlete Athlete, DateTime Start, TimeSpan RecordUntil, IReadOnlyList<Bout> Bouts)
{
    /// <summary>Default start: 17:00 on the day of the file (formats.md).</summary>
    public static readonly TimeOnly DefaultStartTime = new(17, 0);

    /// <summary>Default recording after the last set: 180 min.</summary>
    public static readonly TimeSpan DefaultRecordUntil = TimeSpan.FromMinutes(180);

    /// <summary>Most sets a session may hold (absurd sizes are refused).</summary>
    public const int MaximumSets = 1000;

    /// <summary>Longest recording after the last set: 48 h.</summary>
    public static readonly TimeSpan MaximumRecordUntil = TimeSpan.FromHours(48);

    /// <summary>Total number of sets.</summary>
    public int SetCount => Bouts.Sum(b => b.Sets.Count);
}
