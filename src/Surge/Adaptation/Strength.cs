using Surge.Physiology;
using Surge.Training;

namespace Surge.Adaptation;

/// <summary>Strength parameters: the neural/skill factor of each exercise (docs/model.md, section 13 "Strength";
/// data/parameters.yaml, "Long-term adaptation").</summary>
/// <param name="VolumeConstant">Recent hard sets of an exercise at which the neural stimulus is 1 − 1/e, sets.</param>
/// <param name="GainMaxUntrained">Largest neural gain of the untrained, fraction.</param>
/// <param name="GainMaxTrained">Largest neural gain of the trained, fraction.</param>
/// <param name="GainMaxElite">Largest neural gain of elite lifters, fraction.</param>
/// <param name="FemaleFactor">Women's neural gain relative to men's, 1.</param>
/// <param name="Rate">Rate of approach to the neural target, 1/day.</param>
/// <param name="DetrainingTau">Time constant of losing the neural gain without training, days.</param>
/// <param name="VolumeTau">Memory of recent hard sets of the exercise, days.</param>
/// <param name="LoadMemory">Weight of each set in the recent relative load, 1 per set.</param>
/// <param name="LoadFactorLight">Share of the largest neural gain reached at or below <paramref name="LoadLight"/>, 1.</param>
/// <param name="LoadLight">Recent relative load of the light-load share, fraction of 1RM.</param>
/// <param name="LoadHeavy">Recent relative load of the full gain, fraction of 1RM.</param>
public sealed record StrengthParameters(double VolumeConstant, double GainMaxUntrained, double GainMaxTrained, double GainMaxElite,
    double FemaleFactor, double Rate, double DetrainingTau, double VolumeTau, double LoadMemory, double LoadFactorLight,
    double LoadLight, double LoadHeavy) : IParameterGroup<StrengthParameters>
{
    /// <inheritdoc/>
    public static StrengthParameters Read(ParameterReader r) => new(
        r["strength_volume_constant"], r["neural_gain_max_untrained"], r["neural_gain_max_trained"], r["neural_gain_max_elite"],
        r["neural_female_factor"], r["neural_rate"], r["neural_detraining_tau"], r["neural_volume_tau"], r["neural_load_memory"],
        r["neural_load_factor_light"], r["neural_load_light"], r["neural_load_heavy"]);

    /// <summary>The largest neural gain n_max of this athlete (status and sex), fraction.</summary>
    public double GainMax(Athlete athlete) => athlete.TrainingStatus switch
    {
        TrainingStatus.Untrained => GainMaxUntrained,
        TrainingStatus.Elite => GainMaxElite,
        _ => GainMaxTrained,
    } * (athlete.Sex == Sex.Male ? 1.0 : FemaleFactor);
}

/// <summary>The neural/skill factor N_e of one exercise (docs/model.md, section 13, "Strength").</summary>
public static class NeuralAdaptation
{
    /// <summary>Adds a set done at <paramref name="relativeLoad"/> (fraction of 1RM) to the exercise's recent load.</summary>
    public static double RecentLoad(StrengthParameters p, double recentLoad, double relativeLoad) =>
        (1.0 - p.LoadMemory) * recentLoad + p.LoadMemory * relativeLoad;

    /// <summary>
    /// One day: the recent hard sets decay by a week's time constant; N approaches 1 + n_max · L at the rate
    /// scaled by the saturating volume stimulus, and without training decays toward 1.
    /// </summary>
    public static double Day(StrengthParameters p, double gainMax, ref double recentSets, double recentLoad, double neural)
    {
        recentSets *= Math.Exp(-1.0 / p.VolumeTau);
        var stimulus = 1.0 - Math.Exp(-recentSets / p.VolumeConstant);
        var loadFactor = Math.Clamp(p.LoadFactorLight + (1.0 - p.LoadFactorLight) * (recentLoad - p.LoadLight) / (p.LoadHeavy - p.LoadLight), p.LoadFactorLight, 1.0);
        var target = 1.0 + gainMax * loadFactor;
        var n = neural;
        n += p.Rate * stimulus * Math.Max(0.0, target - n);
        n -= (1.0 - stimulus) * (n - 1.0) / p.DetrainingTau;
        return n;
    }
}
