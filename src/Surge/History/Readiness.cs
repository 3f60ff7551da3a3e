using Surge.Catalogue;
using Surge.Physiology;

namespace Surge.History;

/// <summary>How far one muscle group has recovered at a moment.</summary>
/// <param name="Group">The canonical group.</param>
/// <param name="RecoveredPct">0–100 %: 100 = no residual micro-damage deficit (docs/model.md, "Readiness").</param>
/// <param name="DamagePerKg">The model's residual micro-damage of the group per kg of its muscle, 1/kg.</param>
public sealed record MuscleReadiness(MuscleGroup Group, double RecoveredPct, double DamagePerKg);

/// <summary>Readiness of every trained muscle group at one moment (formats.md, <c>surge history --json</c> "readiness").</summary>
/// <param name="Date">The day it is evaluated for (the day after the last logged workout); null when there is no workout.</param>
/// <param name="At">The moment evaluated (local time); null when there is no workout.</param>
/// <param name="Muscles">Every group any analysed workout trained, in canonical order.</param>
public sealed record HistoryReadiness(DateOnly? Date, DateTime? At, IReadOnlyList<MuscleReadiness> Muscles)
{
    /// <summary>No workouts: nothing to recover from.</summary>
    public static HistoryReadiness None { get; } = new(null, null, []);

    /// <summary>The readiness of <paramref name="group"/>, or null when it was not trained.</summary>
    public MuscleReadiness? this[MuscleGroup group] => Muscles.FirstOrDefault(m => m.Group == group);
}

/// <summary>Readiness parameters (docs/model.md, "Readiness"; data/parameters.yaml, "Readiness").</summary>
/// <param name="DamagePerKgFull">Residual micro-damage per kg of a group's muscle at which it counts as not recovered at all, 1/kg.</param>
public sealed record ReadinessParameters(double DamagePerKgFull) : IParameterGroup<ReadinessParameters>
{
    /// <inheritdoc/>
    public static ReadinessParameters Read(ParameterReader r) => new(r["readiness_damage_per_kg_full"]);
}

/// <summary>
/// Readiness per muscle from the acute model's own micro-damage state D_g (docs/model.md, section 10 and "Readiness"):
/// each workout leaves D_g at the end of its last set, which decays exponentially with <c>damage_recovery_tau</c>;
/// workouts add (the damage equation is linear in D_g, so superposition is exact). The residual damage per kg of the
/// group's muscle maps to recovered % = 100 · max(0, 1 − d_g / <c>readiness_damage_per_kg_full</c>).
/// </summary>
public static class Readiness
{
    /// <summary>How long after the start of the last logged workout readiness is reported, h (the same clock time next day).</summary>
    public const double HoursAfterLastWorkout = 24.0;

    /// <summary>Readiness <see cref="HoursAfterLastWorkout"/> after the last of <paramref name="sessions"/> began.</summary>
    public static HistoryReadiness DayAfter(IReadOnlyList<HistorySession> sessions, ModelParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (sessions.Count == 0)
        {
            return HistoryReadiness.None;
        }
        var at = sessions.Max(s => s.Start).AddHours(HoursAfterLastWorkout);
        return At(sessions, at, parameters);
    }

    /// <summary>
    /// Readiness at local time <paramref name="at"/>: workouts that end after <paramref name="at"/> do not count;
    /// groups trained by no counted workout are left out.
    /// </summary>
    public static HistoryReadiness At(IReadOnlyList<HistorySession> sessions, DateTime at, ModelParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(parameters);
        var tauMin = parameters.Group<DamageParameters>().RecoveryTau;
        var fullPerKg = parameters.Group<ReadinessParameters>().DamagePerKgFull;
        var damagePerKg = new double[MuscleGroups.Count];
        var trained = new bool[MuscleGroups.Count];
        foreach (var session in sessions)
        {
            if (session.End > at || session.DamagePerKg.Count != MuscleGroups.Count)
            {
                continue;
            }
            var decay = Math.Exp(-(at - session.End).TotalMinutes / tauMin);
            for (var g = 0; g < damagePerKg.Length; g++)
            {
                if (session.DamagePerKg[g] > 0)
                {
                    trained[g] = true;
                    damagePerKg[g] += session.DamagePerKg[g] * decay;
                }
            }
        }
        var muscles = MuscleGroups.All
            .Where(g => trained[(int)g])
            .Select(g => new MuscleReadiness(g, 100.0 * Math.Max(0.0, 1.0 - damagePerKg[(int)g] / fullPerKg), damagePerKg[(int)g]))
            .ToArray();
        return new HistoryReadiness(DateOnly.FromDateTime(at), at, muscles);
    }
}
