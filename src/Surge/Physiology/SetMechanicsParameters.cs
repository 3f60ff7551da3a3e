using Surge.Catalogue;
using Surge.Training;

namespace Surge.Physiology;

/// <summary>Set-mechanics parameters: default tempo, default 1RM and between-set fatigue (docs/model.md, section 2
/// "From a set to a stimulus"; data/parameters.yaml, "Set mechanics").</summary>
/// <param name="DefaultEccentricSeconds">Default lowering time, s.</param>
/// <param name="DefaultConcentricLightSeconds">Default lifting time at light loads, s.</param>
/// <param name="DefaultConcentricHeavyExtraSeconds">Extra lifting time at 1RM (times the squared fraction of 1RM), s.</param>
/// <param name="FemaleOneRmFactor">Women's default 1RM relative to men's, 1.</param>
/// <param name="OneRmDeclinePerYearOver35">Loss of the default 1RM per year over 35, 1/year.</param>
/// <param name="UntrainedOneRmFactor">Default 1RM of the untrained relative to the trained, 1.</param>
/// <param name="EliteOneRmFactor">Default 1RM of elite lifters relative to the trained, 1.</param>
/// <param name="SetFatiguePerSet">Share of fresh repetition capacity a set to failure takes from its prime mover, 1.</param>
/// <param name="SetFatigueRecoveryTau">Time constant of recovering that capacity during rest, min.</param>
/// <param name="SetFatigueFemaleFactor">Women's between-set fatigue relative to men's, 1.</param>
public sealed record SetMechanicsParameters(
    double DefaultEccentricSeconds, double DefaultConcentricLightSeconds, double DefaultConcentricHeavyExtraSeconds,
    double FemaleOneRmFactor, double OneRmDeclinePerYearOver35, double UntrainedOneRmFactor, double EliteOneRmFactor,
    double SetFatiguePerSet, double SetFatigueRecoveryTau, double SetFatigueFemaleFactor) : IParameterGroup<SetMechanicsParameters>
{
    /// <inheritdoc/>
    public static SetMechanicsParameters Read(ParameterReader r) => new(
        r["default_eccentric_seconds"], r["default_concentric_light_seconds"], r["default_concentric_heavy_extra_seconds"],
        r["female_one_rm_factor"], r["one_rm_decline_per_year_over_35"], r["untrained_one_rm_factor"], r["elite_one_rm_factor"],
        r["set_fatigue_per_set"], r["set_fatigue_recovery_tau"], r["set_fatigue_female_factor"]);

    /// <summary>
    /// The default 1RM of the external load for an exercise (per hand where the exercise is per hand), kg:
    /// the catalogue's ratio for a trained man × body mass × sex, training-status and age factors.
    /// </summary>
    public double DefaultOneRmKg(Exercise exercise, Athlete athlete)
    {
        var status = athlete.TrainingStatus switch
        {
            TrainingStatus.Untrained => UntrainedOneRmFactor,
            TrainingStatus.Elite => EliteOneRmFactor,
            _ => 1.0,
        };
        var sex = athlete.Sex == Sex.Female ? FemaleOneRmFactor : 1.0;
        var age = Math.Max(0.5, 1.0 - OneRmDeclinePerYearOver35 * Math.Max(0.0, athlete.AgeYears - 35.0));
        // Body-weight exercises with a ratio of 0 still get a small nominal 1RM so relative loads map to added weight.
        return Math.Max(exercise.OneRmRatio * athlete.BodyMassKg * status * sex * age, 0.05 * athlete.BodyMassKg);
    }

    /// <summary>Default tempo for a load: 2 s lowering, a concentric phase that slows with load, no pauses.</summary>
    public Tempo DefaultTempo(double fractionOfOneRm) =>
        new(DefaultEccentricSeconds, 0.0, DefaultConcentricLightSeconds + DefaultConcentricHeavyExtraSeconds * fractionOfOneRm * fractionOfOneRm, 0.0);

    /// <summary>Share of fresh capacity a set to failure takes from its prime mover, for this athlete's sex.</summary>
    public double FatiguePerSet(Athlete athlete) => SetFatiguePerSet * (athlete.Sex == Sex.Female ? SetFatigueFemaleFactor : 1.0);
}
