using Surge.Quantities;

namespace Surge.Catalogue;

/// <summary>
/// The one place where a lift's load, its 1RM, the lifter's %1RM and the muscle's internal intensity are related
/// (docs/model.md, "Load and repetitions").
/// <para>
/// For a loaded lift (barbell, dumbbell, machine, cable, kettlebell, Smith, band) "75 %1RM" means what lifters mean:
/// 75 % of the 1RM of the load on the bar, the dumbbell or the stack, and the reps-to-%1RM relation applies to that
/// external scale (it was measured on it). The body mass the lift also moves (the exercise's body-mass share: the trunk
/// in a squat) enters only the <em>internal</em> intensity, the force the muscles make relative to their maximum:
/// (external + share × body mass) / (1RM + share × body mass).
/// </para>
/// <para>
/// For a body-weight exercise (pull-up, dip, push-up, crunch…) the lift is the body itself: %1RM and NRM are of the
/// whole load moved (share × body mass + added weight), which is then both the lifter's scale and the internal
/// intensity; an absolute load is the added weight.
/// </para>
/// </summary>
public static class LoadScale
{
    /// <summary>Whether the exercise's %1RM is of the whole load moved (body share + added weight) rather than of the external load.</summary>
    public static bool CountsBodyMassInRelativeLoad(this Exercise exercise) => exercise.Equipment == Equipment.Bodyweight;

    /// <summary>Body mass the lift moves besides the external load, kg.</summary>
    public static double MovedBodyMassKg(this Exercise exercise, double bodyMassKg) => exercise.BodyMassShare * bodyMassKg;

    /// <summary>
    /// The lifter's relative load (fraction of 1RM, on the scale the reps-to-%1RM relation uses) of
    /// <paramref name="externalKg"/> for a 1RM of <paramref name="oneRmKg"/> (both external, kg).
    /// </summary>
    public static double RelativeLoad(this Exercise exercise, double externalKg, double oneRmKg, double bodyMassKg)
    {
        var bodyKg = exercise.CountsBodyMassInRelativeLoad() ? exercise.MovedBodyMassKg(bodyMassKg) : 0.0;
        return (externalKg + bodyKg) / (oneRmKg + bodyKg);
    }

    /// <summary>The external load, kg, of relative load <paramref name="relativeLoad"/> (fraction of 1RM on the lifter's scale); never negative.</summary>
    public static double ExternalLoadKg(this Exercise exercise, double relativeLoad, double oneRmKg, double bodyMassKg)
    {
        var bodyKg = exercise.CountsBodyMassInRelativeLoad() ? exercise.MovedBodyMassKg(bodyMassKg) : 0.0;
        return Math.Max(0.0, relativeLoad * (oneRmKg + bodyKg) - bodyKg);
    }

    /// <summary>
    /// The internal intensity of a set, 0–1: the force the muscles make relative to their maximum, counting the body
    /// mass the lift moves: (external + share × body mass) / (1RM + share × body mass).
    /// </summary>
    public static double Intensity(this Exercise exercise, double externalKg, double oneRmKg, double bodyMassKg)
    {
        var bodyKg = exercise.MovedBodyMassKg(bodyMassKg);
        return (externalKg + bodyKg) / (oneRmKg + bodyKg);
    }

    /// <summary>
    /// The 1RM of the external load, kg, estimated from a set of <paramref name="externalKg"/> that could have been lifted
    /// <paramref name="repsToFailure"/> times (reps done + reps in reserve), by the reps-to-%1RM relation on the lifter's
    /// scale; null when the set tells nothing (nothing lifted on that scale or no positive estimate).
    /// </summary>
    public static double? OneRmFromSetKg(this Exercise exercise, double externalKg, double repsToFailure, double bodyMassKg)
    {
        var bodyKg = exercise.CountsBodyMassInRelativeLoad() ? exercise.MovedBodyMassKg(bodyMassKg) : 0.0;
        if (externalKg + bodyKg <= 0 || repsToFailure < 1)
        {
            return null;
        }
        var oneRm = (externalKg + bodyKg) / RepetitionMaximum.FractionOfOneRm(repsToFailure) - bodyKg;
        return oneRm > 0 ? oneRm : null;
    }
}
