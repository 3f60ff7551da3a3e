using Surge.Catalogue;
using Surge.Training;

namespace Surge.Physiology;

/// <summary>One set resolved into what the physiology needs (docs/model.md, "From a set to a stimulus").</summary>
/// <param name="BoutIndex">0-based bout index.</param>
/// <param name="Exercise">The exercise name as written.</param>
/// <param name="StartMin">Start, min since the first set started.</param>
/// <param name="EndMin">End, min.</param>
/// <param name="Intensity">Internal intensity, 0–1: the force the muscles make relative to their maximum, counting the body mass the lift moves (<see cref="LoadScale.Intensity"/>).</param>
/// <param name="Reps">Repetitions done.</param>
/// <param name="RepsInReserve">Repetitions left in reserve (stated or estimated), ≥ 0.</param>
/// <param name="Recruitment">Set-average fraction of the involved groups' motor units recruited, 0–1.</param>
/// <param name="Groups">Groups that work, in canonical order.</param>
/// <param name="WorkingMassKg">Mass of each group in <paramref name="Groups"/> that the exercise engages (group mass × activation share × side), kg.</param>
/// <param name="ContractionSecondsPerRep">Concentric-equivalent seconds per repetition (eccentric and isometric phases weighted by their ATP cost).</param>
/// <param name="EccentricSecondsPerRep">Seconds of lowering per repetition.</param>
/// <param name="VolumeLoadKg">Reps × external load, kg.</param>
/// <param name="Entry">The catalogue exercise.</param>
/// <param name="Side">Which limbs worked.</param>
/// <param name="ExternalLoadKg">The external load: on the bar, the dumbbell (per hand) or the stack; for a body-weight exercise the added weight, kg.</param>
/// <param name="OneRmKg">The 1RM of the external load used for this set, kg.</param>
/// <param name="RelativeLoad">The load as lifters mean it, a fraction of the 1RM on the scale of <see cref="LoadScale.RelativeLoad"/> (capped at 1).</param>
public sealed record PlannedSet(
    int BoutIndex,
    string Exercise,
    double StartMin,
    double EndMin,
    double Intensity,
    int Reps,
    double RepsInReserve,
    double Recruitment,
    MuscleGroup[] Groups,
    double[] WorkingMassKg,
    double ContractionSecondsPerRep,
    double EccentricSecondsPerRep,
    double VolumeLoadKg,
    Exercise Entry,
    Side Side,
    double ExternalLoadKg,
    double OneRmKg,
    double RelativeLoad)
{
    /// <summary>The external load as a percentage of the exercise's external 1RM, % (what set_plan reports).</summary>
    public double PercentOfOneRm => OneRmKg > 0 ? 100.0 * ExternalLoadKg / OneRmKg : 0.0;

    /// <summary>Proximity to failure: reps / (reps + reps in reserve), 0–1 (1 = failure).</summary>
    public double Effort => Reps / (Reps + RepsInReserve);

    /// <summary>Duration of the set, min.</summary>
    public double DurationMin => EndMin - StartMin;
}
