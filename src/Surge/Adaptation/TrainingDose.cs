using Surge.Catalogue;
using Surge.Physiology;
using Surge.Simulation;

namespace Surge.Adaptation;

/// <summary>Training-dose parameters: what counts as a hard set and how recent sets add up (docs/model.md, section 13
/// "Hard sets"; data/parameters.yaml, "Long-term adaptation").</summary>
/// <param name="HardSetReserve">Reps in reserve up to which a set counts fully, reps.</param>
/// <param name="HardSetReserveScale">Scale of the fall of a set's weight beyond that, reps.</param>
/// <param name="HardSetLightLoad">Internal intensity below which a set counts less, fraction of 1RM.</param>
/// <param name="HardSetSecondaryShare">Hard sets a set counts for each secondary muscle of its exercise, per set.</param>
/// <param name="TrainingStimulusTau">Time constant of the weekly volume's memory of recent sets, days.</param>
public sealed record TrainingDoseParameters(double HardSetReserve, double HardSetReserveScale, double HardSetLightLoad, double HardSetSecondaryShare,
    double TrainingStimulusTau) : IParameterGroup<TrainingDoseParameters>
{
    /// <inheritdoc/>
    public static TrainingDoseParameters Read(ParameterReader r) => new(
        r["hard_set_reserve"], r["hard_set_reserve_scale"], r["hard_set_light_load"], r["hard_set_secondary_share"], r["training_stimulus_tau"]);

    /// <summary>How much a set counts as a hard set: 1 near failure, less with reps in reserve and at very light loads.</summary>
    public double HardSetWeight(PlannedSet set)
    {
        var reserve = Math.Max(0.0, set.RepsInReserve - HardSetReserve);
        return Math.Exp(-reserve / HardSetReserveScale) * Math.Min(1.0, set.Intensity / HardSetLightLoad);
    }

    /// <summary>
    /// Hard sets one set of <paramref name="exercise"/> counts for <paramref name="group"/> per unit of its weight: 1 for
    /// a primary group, <see cref="HardSetSecondaryShare"/> for a secondary one, 0 for a group it does not train. The
    /// one definition the long-term model and the history's weekly volume share.
    /// </summary>
    public double GroupShare(Exercise exercise, MuscleGroup group) =>
        exercise.Primary.Contains(group) ? 1.0 : exercise.Secondary.Contains(group) ? HardSetSecondaryShare : 0.0;

    /// <summary>The daily decay factor of the weekly volume.</summary>
    public double DailyDecay => Math.Exp(-1.0 / TrainingStimulusTau);
}
