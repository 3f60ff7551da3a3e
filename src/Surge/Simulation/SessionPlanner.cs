using System.Globalization;
using Surge.Catalogue;
using Surge.Physiology;
using Surge.Quantities;
using Surge.Training;

namespace Surge.Simulation;

/// <summary>A session laid out on the time axis.</summary>
/// <param name="Sets">Sets in order.</param>
/// <param name="EndMin">End of the last set, min since the first started (0 without sets).</param>
/// <param name="Warnings">What the user should know about the inputs.</param>
public sealed record SessionPlan(IReadOnlyList<PlannedSet> Sets, double EndMin, IReadOnlyList<string> Warnings);

/// <summary>Turns a session into timed sets with intensity, effort, recruitment and working muscle mass.</summary>
public static class SessionPlanner
{
    /// <summary>Lays out <paramref name="session"/> for <paramref name="profile"/>.</summary>
    public static SessionPlan Plan(Session session, AthleteProfile profile, ModelParameters p)
    {
        var athlete = session.Athlete;
        var sets = new List<PlannedSet>();
        var warnings = new List<string>();
        var clockSeconds = 0.0;
        // Fatigue of each muscle group: the share of its fresh repetition capacity that earlier sets took and rest has
        // not yet given back (docs/model.md, "Load and repetitions"). It decides how many reps an amrap set gets.
        var fatigue = new double[MuscleGroups.Count];
        var fatigueClockSeconds = 0.0;
        var mechanics = p.Group<SetMechanicsParameters>();
        var energetics = p.Group<EnergeticsParameters>();
        var fatiguePerSet = mechanics.FatiguePerSet(athlete);
        var fatigueRecoverySeconds = 60.0 * mechanics.SetFatigueRecoveryTau;
        for (var b = 0; b < session.Bouts.Count; b++)
        {
            var bout = session.Bouts[b];
            var exercise = bout.Exercise;
            var where = $"bout {b + 1} ({bout.NameAsWritten})";
            var needsOneRm = bout.Sets.Any(s => s.Load.Kind == LoadKind.Absolute);
            var oneRmKg = bout.OneRmKg ?? mechanics.DefaultOneRmKg(exercise, athlete);
            if (needsOneRm && bout.OneRmKg is null)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{where}: absolute loads without one_rm; using a default 1RM of {oneRmKg:0.#} kg for this athlete (give one_rm for accuracy)"));
            }
            var sideFactor = bout.Side == Side.Both ? 1.0 : 0.5;
            var handFactor = exercise.LoadPerHand && bout.Side == Side.Both ? 2.0 : 1.0;
            var groups = MuscleGroups.All.Where(g => exercise.ActivationOf(g) > 0).ToArray();
            var working = groups.Select(g => profile.MuscleMassKg[(int)g] * exercise.ActivationOf(g) * sideFactor).ToArray();

            for (var s = 0; s < bout.Sets.Count; s++)
            {
                var set = bout.Sets[s];
                // The lifter's relative load (docs/model.md, "Load and repetitions"): %1RM and NRM are of the external
                // 1RM for loaded lifts; body mass enters the internal intensity only.
                double relative;
                double externalKg;
                switch (set.Load.Kind)
                {
                    case LoadKind.FractionOfOneRm:
                        relative = set.Load.Value;
                        externalKg = exercise.ExternalLoadKg(relative, oneRmKg, athlete.BodyMassKg);
                        break;
                    case LoadKind.RepetitionMaximum:
                        relative = RepetitionMaximum.FractionOfOneRm(set.Load.Value);
                        externalKg = exercise.ExternalLoadKg(relative, oneRmKg, athlete.BodyMassKg);
                        break;
                    default:
                        externalKg = set.Load.Value;
                        relative = exercise.RelativeLoad(externalKg, oneRmKg, athlete.BodyMassKg);
                        break;
                }
                if (relative > 1.0)
                {
                    warnings.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{where}, set {s + 1}: {externalKg:0.#} kg is above the 1RM of {oneRmKg:0.#} kg; taken as 100 %1RM"));
                    relative = 1.0;
                    externalKg = Math.Min(externalKg, exercise.ExternalLoadKg(1.0, oneRmKg, athlete.BodyMassKg));
                }
                relative = Math.Max(relative, 0.05);
                var fraction = Math.Clamp(exercise.Intensity(externalKg, oneRmKg, athlete.BodyMassKg), 0.05, 1.0);
                var possible = RepetitionMaximum.MaximumRepetitions(relative);
                // Rest since the last set gives capacity back; what is left lowers this set's capacity.
                var recovered = Math.Exp(-(clockSeconds - fatigueClockSeconds) / fatigueRecoverySeconds);
                for (var g = 0; g < fatigue.Length; g++)
                {
                    fatigue[g] *= recovered;
                }
                fatigueClockSeconds = clockSeconds;
                // Each group weighs by its involvement relative to the prime mover (1 for the prime mover): the set
                // fails with its most fatigued contributor.
                var primeActivation = Math.Max(groups.Select(exercise.ActivationOf).DefaultIfEmpty(1.0).Max(), 1e-9);
                var groupFatigue = groups.Select(g => exercise.ActivationOf(g) / primeActivation * fatigue[(int)g]).DefaultIfEmpty(0.0).Max();
                var capacity = possible * (1.0 - Math.Clamp(groupFatigue, 0.0, 1.0));
                var reps = set.Reps;
                double reserve;
                if (set.AsManyAsPossible)
                {
                    // As many as the lifter can: the capacity left, less any reserve the lifter stated (rir/rpe).
                    var stop = set.Effort.RepsInReserve ?? 0.0;
                    reps = (int)Math.Max(1.0, Math.Round(capacity - stop, MidpointRounding.AwayFromZero));
                    reserve = stop;
                }
                else if (set.Effort.RepsInReserve is { } stated)
                {
                    // RIR, RPE or failure as the lifter recorded it: used as given (people differ from the relation).
                    reserve = stated;
                }
                else if (reps > possible + 0.5)
                {
                    warnings.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{where}, set {s + 1}: {reps} reps at {relative * 100:0.#} %1RM is more than the {possible:0.#} the reps-to-%1RM relation allows; taken as done, to failure"));
                    reserve = 0.0;
                }
                else
                {
                    reserve = Math.Max(0.0, possible - reps);
                }
                // The set takes its share of the fresh capacity from each group it works.
                foreach (var g in groups)
                {
                    fatigue[(int)g] = Math.Min(1.0, fatigue[(int)g] + fatiguePerSet * exercise.ActivationOf(g) / primeActivation * Math.Min(1.0, reps / possible));
                }
                var tempo = set.Tempo ?? mechanics.DefaultTempo(fraction);
                var contraction = tempo.ConcentricSeconds
                    + energetics.EccentricCostRatio * tempo.EccentricSeconds
                    + energetics.IsometricCostRatio * (tempo.BottomPauseSeconds + tempo.TopPauseSeconds);
                var effort = reps / (reps + reserve);
                var loadRecruitment = Math.Min(1.0, fraction / energetics.FullRecruitmentLoad);
                var recruitment = loadRecruitment + (1.0 - loadRecruitment) * effort * effort * effort;
                var durationSeconds = Math.Max(1.0, reps * tempo.RepetitionSeconds);
                var start = clockSeconds / 60.0;
                clockSeconds += durationSeconds;
                sets.Add(new PlannedSet(b, bout.NameAsWritten, start, clockSeconds / 60.0, fraction, reps, reserve, recruitment,
                    groups, working, contraction, tempo.EccentricSeconds, reps * externalKg * handFactor, exercise, bout.Side,
                    externalKg, oneRmKg, relative));
                var lastOfBout = s == bout.Sets.Count - 1;
                clockSeconds += (lastOfBout && bout.Transition is { } transition ? transition : set.Rest).TotalSeconds;
            }
        }
        var endMin = sets.Count == 0 ? 0.0 : sets[^1].EndMin;
        return new SessionPlan(sets, endMin, warnings);
    }
}
