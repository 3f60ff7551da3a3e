using Surge.Catalogue;
using Surge.Training;

namespace Surge.Physiology;

/// <summary>
/// Everything the acute model needs about one person, computed once from the athlete and the parameter set:
/// muscle-group masses, hormone baselines and rhythms, response factors (docs/model.md, "The athlete").
/// </summary>
public sealed class AthleteProfile
{
    private static readonly bool[] _upperBody =
        [false, false, false, false, false, true, true, true, true, true, true, true, false, false];

    private readonly double _testosteroneMeanNmolPerL;
    private readonly double _testosteroneAmplitude;
    private readonly double _testosteroneAcrophaseHours;
    private readonly double _cortisolPeak;
    private readonly double _cortisolNadir;
    private readonly double _cortisolPeakHours;
    private readonly double _cortisolNadirHours;

    public AthleteProfile(Athlete athlete, ModelParameters p)
    {
        Athlete = athlete;
        var male = athlete.Sex == Sex.Male;
        var age = athlete.AgeYears;

        // Skeletal muscle: Janssen fraction of body mass, scaled with fat-free mass around the reference body fat.
        var fraction = male ? p["skeletal_muscle_fraction_male"] : p["skeletal_muscle_fraction_female"];
        var referenceFat = male ? p["reference_body_fat_male"] : p["reference_body_fat_female"];
        SkeletalMuscleKg = athlete.BodyMassKg * fraction * (1.0 - athlete.BodyFatFraction) / (1.0 - referenceFat);

        var shares = new double[MuscleGroups.Count];
        foreach (var group in MuscleGroups.All)
        {
            var share = p["muscle_share_" + group.Id()];
            if (!male)
            {
                share *= _upperBody[(int)group] ? p["female_upper_body_muscle_factor"] : p["female_lower_body_muscle_factor"];
            }
            var loss = p.TryGet("muscle_loss_per_year_" + group.Id(), out var groupLoss) ? groupLoss : p["muscle_loss_per_year_other"];
            shares[(int)group] = share * Math.Max(0.5, 1.0 - loss * Math.Max(0.0, age - 25.0));
        }
        MuscleMassKg = shares.Select(s => s * SkeletalMuscleKg).ToArray();

        // Testosterone: habitual 08:00 level, cosine rhythm with the age-dependent amplitude (Brambilla 2009).
        MorningTestosteroneNmolPerL = athlete.MorningTestosteroneNmolPerL ?? DefaultMorningTestosterone(athlete.Sex, age, p);
        _testosteroneAcrophaseHours = p["testosterone_acrophase"];
        var a35 = p["testosterone_circadian_amplitude_35"];
        var a70 = p["testosterone_circadian_amplitude_70"];
        _testosteroneAmplitude = male ? Math.Clamp(a35 + (a70 - a35) * (age - 35.0) / 35.0, a70, a35) : 0.0;
        _testosteroneMeanNmolPerL = MorningTestosteroneNmolPerL / (1.0 + _testosteroneAmplitude * Math.Cos(2 * Math.PI * (8.0 - _testosteroneAcrophaseHours) / 24.0));
        ShbgNmolPerL = male ? p["shbg_male_young"] + p["shbg_male_increase_per_year"] * Math.Max(0.0, age - 30.0) : p["shbg_female"];
        AlbuminMolPerL = p["albumin"] / p["albumin_molar_mass"];
        // The acute T rise is reduced clearance (section 7), a mechanism of the liver and tissues that is not
        // sex-specific: women keep the same factor; their smaller recruited mass gives them a smaller drive.
        TestosteroneResponse = Math.Max(0.0, 1.0 - p["testosterone_response_age_decline"] * Math.Max(0.0, age - 30.0));

        // Growth hormone: basal level and the size of the exercise response (sex, age, training status).
        var untrainedWoman = !male && athlete.TrainingStatus == TrainingStatus.Untrained;
        GrowthHormoneRestUgPerL = male ? p["gh_rest_male"]
            : age < 50 ? p["gh_rest_female"] * (untrainedWoman ? p["gh_rest_untrained_female_factor"] : 1.0)
            : p["gh_rest_female_postmenopausal"];
        // A continuous decline from 25 years that never reaches zero (docs/model.md, section 1).
        var ageScale = male ? p["gh_response_age_scale_male"] : p["gh_response_age_scale_female"];
        var ageShape = male ? p["gh_response_age_shape_male"] : p["gh_response_age_shape_female"];
        var ageFactor = Math.Exp(-Math.Pow(Math.Max(0.0, age - 25.0) / ageScale, ageShape));
        GrowthHormoneResponse = ageFactor
            * (male ? 1.0 : p["gh_response_female"]);

        // Glycolytic capacity (lactate made per unit of anaerobic demand).
        GlycolyticCapacity = (male ? 1.0 : p["glycolytic_capacity_female"])
            * athlete.TrainingStatus switch
            {
                TrainingStatus.Untrained => p["glycolytic_capacity_untrained"],
                TrainingStatus.Elite => p["glycolytic_capacity_elite"],
                _ => 1.0,
            }
            * Math.Max(0.5, 1.0 - p["glycolytic_capacity_decline_per_year"] * Math.Max(0.0, age - 30.0));

        _cortisolPeak = p["cortisol_peak"];
        _cortisolNadir = p["cortisol_nadir"];
        _cortisolPeakHours = p["cortisol_peak_time"];
        _cortisolNadirHours = p["cortisol_nadir_time"];
        PlasmaVolumeL = p["plasma_volume"] * athlete.BodyMassKg;
        LactateSpaceL = p["lactate_space"] * athlete.BodyMassKg;
    }

    public Athlete Athlete { get; }

    /// <summary>Whole-body skeletal muscle, kg.</summary>
    public double SkeletalMuscleKg { get; }

    /// <summary>Mass of each canonical group (both sides), kg, indexed by <see cref="MuscleGroup"/>.</summary>
    public IReadOnlyList<double> MuscleMassKg { get; }

    /// <summary>Habitual total testosterone at 08:00, nmol/L.</summary>
    public double MorningTestosteroneNmolPerL { get; }

    /// <summary>SHBG, nmol/L (at rest, before hemoconcentration).</summary>
    public double ShbgNmolPerL { get; }

    /// <summary>Albumin, mol/L.</summary>
    public double AlbuminMolPerL { get; }

    /// <summary>Scale of the acute testosterone response (1 = young man).</summary>
    public double TestosteroneResponse { get; }

    /// <summary>Resting (basal) GH, µg/L.</summary>
    public double GrowthHormoneRestUgPerL { get; }

    /// <summary>Scale of the exercise GH response (1 = young trained man).</summary>
    public double GrowthHormoneResponse { get; }

    /// <summary>Lactate made per unit of anaerobic ATP demand, relative to a young trained man.</summary>
    public double GlycolyticCapacity { get; }

    /// <summary>Resting plasma volume, L.</summary>
    public double PlasmaVolumeL { get; }

    /// <summary>Lactate distribution space, L.</summary>
    public double LactateSpaceL { get; }

    /// <summary>The default habitual 08:00 testosterone for sex and age, nmol/L (Kelsey 2014; Harman 2001; Braunstein 2011).</summary>
    public static double DefaultMorningTestosterone(Sex sex, double ageYears, ModelParameters p)
    {
        if (sex == Sex.Female)
        {
            return p["testosterone_morning_female"];
        }
        var young = p["testosterone_morning_male_young"];
        var at40 = p["testosterone_morning_male_40"];
        if (ageYears <= 19.0)
        {
            return young;
        }
        if (ageYears <= 40.0)
        {
            return young + (at40 - young) * (ageYears - 19.0) / 21.0;
        }
        return Math.Max(2.0, at40 - p["testosterone_decline_after_40"] * (ageYears - 40.0));
    }

    /// <summary>Total testosterone without exercise at clock time <paramref name="clockHours"/> (0–24, may exceed 24), nmol/L.</summary>
    public double TestosteroneBaseline(double clockHours) =>
        _testosteroneMeanNmolPerL * (1.0 + _testosteroneAmplitude * Math.Cos(2 * Math.PI * (clockHours - _testosteroneAcrophaseHours) / 24.0));

    /// <summary>Time derivative of <see cref="TestosteroneBaseline"/>, nmol/L per hour.</summary>
    public double TestosteroneBaselineSlopePerHour(double clockHours) =>
        -_testosteroneMeanNmolPerL * _testosteroneAmplitude * 2 * Math.PI / 24.0 * Math.Sin(2 * Math.PI * (clockHours - _testosteroneAcrophaseHours) / 24.0);

    /// <summary>
    /// Serum cortisol without exercise at <paramref name="clockHours"/>, nmol/L: a half-cosine rise from the nadir
    /// (00:18) to the peak (08:32) and a slower half-cosine fall back (Debono 2009).
    /// </summary>
    public double CortisolBaseline(double clockHours)
    {
        var h = ((clockHours % 24.0) + 24.0) % 24.0;
        var rise = _cortisolPeakHours - _cortisolNadirHours;
        var sinceNadir = ((h - _cortisolNadirHours) % 24.0 + 24.0) % 24.0;
        var phase = sinceNadir <= rise ? sinceNadir / rise : 1.0 - (sinceNadir - rise) / (24.0 - rise);
        return _cortisolNadir + (_cortisolPeak - _cortisolNadir) * 0.5 * (1.0 - Math.Cos(Math.PI * phase));
    }
}
