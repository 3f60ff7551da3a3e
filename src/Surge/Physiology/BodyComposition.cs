using Surge.Catalogue;
using Surge.Training;

namespace Surge.Physiology;

/// <summary>Body-composition parameters (docs/model.md, section 1 "The athlete"; data/parameters.yaml, "Body composition" and "Muscle-group shares").</summary>
/// <param name="SkeletalMuscleFractionMale">Skeletal muscle of a man at the reference body fat, kg/kg body mass.</param>
/// <param name="SkeletalMuscleFractionFemale">The same for a woman, kg/kg body mass.</param>
/// <param name="ReferenceBodyFatMale">Body fat of the men behind the fraction, kg/kg.</param>
/// <param name="ReferenceBodyFatFemale">Body fat of the women behind the fraction, kg/kg.</param>
/// <param name="FemaleUpperBodyMuscleFactor">Women's factor on upper-body group shares, 1.</param>
/// <param name="FemaleLowerBodyMuscleFactor">Women's factor on lower-body and trunk group shares, 1.</param>
/// <param name="MuscleShare">Each group's share of skeletal muscle (both sides; young man), kg/kg, indexed by <see cref="MuscleGroup"/>.</param>
/// <param name="MuscleLossPerYear">Each group's loss of mass per year over 25, 1/year, indexed by <see cref="MuscleGroup"/>.</param>
public sealed record BodyCompositionParameters(
    double SkeletalMuscleFractionMale, double SkeletalMuscleFractionFemale,
    double ReferenceBodyFatMale, double ReferenceBodyFatFemale,
    double FemaleUpperBodyMuscleFactor, double FemaleLowerBodyMuscleFactor,
    IReadOnlyList<double> MuscleShare, IReadOnlyList<double> MuscleLossPerYear) : IParameterGroup<BodyCompositionParameters>
{
    /// <inheritdoc/>
    public static BodyCompositionParameters Read(ParameterReader r) => new(
        r["skeletal_muscle_fraction_male"], r["skeletal_muscle_fraction_female"],
        r["reference_body_fat_male"], r["reference_body_fat_female"],
        r["female_upper_body_muscle_factor"], r["female_lower_body_muscle_factor"],
        r.PerGroup("muscle_share_"), r.PerGroup("muscle_loss_per_year_", "muscle_loss_per_year_other"));
}

/// <summary>Skeletal muscle and its groups (docs/model.md, section 1).</summary>
public static class BodyComposition
{
    private static readonly bool[] _upperBody =
        [false, false, false, false, false, true, true, true, true, true, true, true, false, false];

    /// <summary>Whole-body skeletal muscle, kg: Janssen's fraction of body mass, scaled with fat-free mass around the reference body fat.</summary>
    public static double SkeletalMuscleKg(Athlete athlete, BodyCompositionParameters p)
    {
        var male = athlete.Sex == Sex.Male;
        var fraction = male ? p.SkeletalMuscleFractionMale : p.SkeletalMuscleFractionFemale;
        var referenceFat = male ? p.ReferenceBodyFatMale : p.ReferenceBodyFatFemale;
        return athlete.BodyMassKg * fraction * (1.0 - athlete.BodyFatFraction) / (1.0 - referenceFat);
    }

    /// <summary>Mass of each group (both sides), kg, indexed by <see cref="MuscleGroup"/>: its share, shifted for women
    /// between upper and lower body, less the loss with age (at most half).</summary>
    public static double[] MuscleMassKg(Athlete athlete, double skeletalMuscleKg, BodyCompositionParameters p)
    {
        var male = athlete.Sex == Sex.Male;
        var shares = new double[MuscleGroups.Count];
        foreach (var group in MuscleGroups.All)
        {
            var share = p.MuscleShare[(int)group];
            if (!male)
            {
                share *= _upperBody[(int)group] ? p.FemaleUpperBodyMuscleFactor : p.FemaleLowerBodyMuscleFactor;
            }
            shares[(int)group] = share * Math.Max(0.5, 1.0 - p.MuscleLossPerYear[(int)group] * Math.Max(0.0, athlete.AgeYears - 25.0));
        }
        return shares.Select(s => s * skeletalMuscleKg).ToArray();
    }
}
