using Surge.Physiology;
using Surge.Training;

namespace Surge.Adaptation;

/// <summary>Muscle-growth parameters (docs/model.md, section 13 "Growth"; data/parameters.yaml, "Long-term adaptation").</summary>
/// <param name="VolumeConstant">Weekly hard sets V₀ of the diminishing returns 1 − e^(−V/V₀), sets/week.</param>
/// <param name="RateUntrained">Largest growth rate of the untrained, 1/day.</param>
/// <param name="RateTrained">Largest growth rate of the trained, 1/day.</param>
/// <param name="RateElite">Largest growth rate of elite lifters, 1/day.</param>
/// <param name="StatusProgressionTau">Days of training over which an untrained muscle's rate moves toward the trained rate, days.</param>
/// <param name="HeadroomUntrained">Gain left to the untrained, fraction of the start.</param>
/// <param name="HeadroomTrained">Gain left to the trained, fraction.</param>
/// <param name="HeadroomElite">Gain left to elite lifters, fraction.</param>
/// <param name="FemaleFactor">Women's growth rate relative to men's, 1.</param>
/// <param name="AgeDeclinePerYearOver40">Loss of the growth rate per year over 40, 1/year.</param>
/// <param name="AgeFactorFloor">Lowest age factor of the growth rate, 1.</param>
/// <param name="DetrainingTau">Time constant of losing recent gains below the maintenance volume, days.</param>
/// <param name="MaintenanceSets">Weekly hard sets that keep what was gained, sets/week.</param>
/// <param name="ProteinPlateau">Protein intake above which growth is not limited by it, g/kg/day.</param>
/// <param name="ProteinFloorFactor">Growth factor at no protein, 1.</param>
/// <param name="EnergyDeficitStop">Energy deficit that stops gain, kcal/day.</param>
/// <param name="AcuteSurgeWeight">Weight of the acute surge term, 1.</param>
/// <param name="AcuteSurgeReferenceAuc">Relative testosterone excess area of the reference session, min.</param>
/// <param name="SkeletalMuscleShareOfFatFreeMass">Skeletal muscle's share of fat-free mass, kg/kg.</param>
public sealed record GrowthParameters(
    double VolumeConstant, double RateUntrained, double RateTrained, double RateElite, double StatusProgressionTau,
    double HeadroomUntrained, double HeadroomTrained, double HeadroomElite, double FemaleFactor, double AgeDeclinePerYearOver40,
    double AgeFactorFloor, double DetrainingTau, double MaintenanceSets, double ProteinPlateau, double ProteinFloorFactor, double EnergyDeficitStop,
    double AcuteSurgeWeight, double AcuteSurgeReferenceAuc, double SkeletalMuscleShareOfFatFreeMass) : IParameterGroup<GrowthParameters>
{
    /// <inheritdoc/>
    public static GrowthParameters Read(ParameterReader r) => new(
        r["hypertrophy_volume_constant"], r["growth_rate_untrained"], r["growth_rate_trained"], r["growth_rate_elite"], r["training_status_progression_tau"],
        r["growth_headroom_untrained"], r["growth_headroom_trained"], r["growth_headroom_elite"], r["growth_female_factor"],
        r["growth_age_decline_per_year_over_40"], r["growth_age_factor_floor"], r["size_detraining_tau"], r["maintenance_sets"], r["protein_plateau"],
        r["protein_floor_factor"], r["energy_deficit_stop"], r["acute_surge_weight"], r["acute_surge_reference_auc"],
        r["skeletal_muscle_share_of_fat_free_mass"]);

    /// <summary>Headroom G_max for a training status, fraction of the start.</summary>
    public double Headroom(TrainingStatus status) => status switch
    {
        TrainingStatus.Untrained => HeadroomUntrained,
        TrainingStatus.Elite => HeadroomElite,
        _ => HeadroomTrained,
    };

    /// <summary>
    /// The largest daily growth rate of a muscle of this training status after <paramref name="trainedDays"/> days of
    /// training, 1/day: an untrained muscle moves toward the trained rate, k_t + (k_u − k_t) · e^(−D/τ_s)
    /// (docs/model.md section 13, "Growth").
    /// </summary>
    public double StatusRate(TrainingStatus status, double trainedDays) => status switch
    {
        TrainingStatus.Untrained => RateTrained + (RateUntrained - RateTrained) * Math.Exp(-trainedDays / StatusProgressionTau),
        TrainingStatus.Elite => RateElite,
        _ => RateTrained,
    };

    /// <summary>The factors of the growth rate other than training status (sex, age, protein, energy), 1.</summary>
    public double Modifiers(Athlete athlete, Nutrition nutrition)
    {
        var personal = (athlete.Sex == Sex.Male ? 1.0 : FemaleFactor) * Math.Max(AgeFactorFloor, 1.0 - AgeDeclinePerYearOver40 * Math.Max(0.0, athlete.AgeYears - 40.0));
        var protein = nutrition.ProteinGPerKgPerDay;
        var proteinFactor = protein >= ProteinPlateau ? 1.0 : ProteinFloorFactor + (1.0 - ProteinFloorFactor) * Math.Max(0.0, protein) / ProteinPlateau;
        var energyFactor = Math.Clamp(1.0 + Math.Min(0.0, nutrition.EnergyBalanceKcalPerDay) / EnergyDeficitStop, 0.0, 1.0);
        return personal * proteinFactor * energyFactor;
    }
}

/// <summary>The daily growth update of one muscle group and side (docs/model.md, section 13, "Growth").</summary>
public static class MuscleGrowth
{
    /// <summary>
    /// One day of growth: dG/dt = rate · (1 − e^(−V/V₀)) · (1 + s) · (1 − G/G_max)₊ − G · (1 − V/V_m)₊ / τ_d, for the
    /// gain with the acute surge term and without it.
    /// </summary>
    public static void Day(GrowthParameters p, double rate, double headroom, double volume, double surgeBoost, ref double gain, ref double gainWithoutSurge)
    {
        var stimulus = 1.0 - Math.Exp(-volume / p.VolumeConstant);
        var detraining = Math.Max(0.0, 1.0 - volume / p.MaintenanceSets) / p.DetrainingTau;
        var dailyRate = rate * stimulus;
        gain += dailyRate * (1.0 + surgeBoost) * Math.Max(0.0, 1.0 - gain / headroom) - detraining * gain;
        gainWithoutSurge += dailyRate * Math.Max(0.0, 1.0 - gainWithoutSurge / headroom) - detraining * gainWithoutSurge;
    }
}
