using Surge.Catalogue;
using Surge.Training;

namespace Surge.Physiology;

/// <summary>
/// Everything the acute model needs about one person, computed once from the athlete and the parameter set:
/// muscle-group masses, hormone baselines and rhythms, response factors (docs/model.md, "The athlete").
/// </summary>
public sealed class AthleteProfile
{
    private readonly double _testosteroneMeanNmolPerL;
    private readonly double _testosteroneAmplitude;
    private readonly double _testosteroneAcrophaseHours;
    private readonly CortisolParameters _cortisol;

    public AthleteProfile(Athlete athlete, ModelParameters p)
    {
        Athlete = athlete;
        var body = p.Group<BodyCompositionParameters>();
        var testosterone = p.Group<TestosteroneParameters>();
        var growthHormone = p.Group<GrowthHormoneParameters>();

        SkeletalMuscleKg = BodyComposition.SkeletalMuscleKg(athlete, body);
        MuscleMassKg = BodyComposition.MuscleMassKg(athlete, SkeletalMuscleKg, body);

        // Testosterone: habitual 08:00 level, cosine rhythm with the age-dependent amplitude (Brambilla 2009).
        MorningTestosteroneNmolPerL = athlete.MorningTestosteroneNmolPerL ?? testosterone.DefaultMorning(athlete.Sex, athlete.AgeYears);
        _testosteroneAcrophaseHours = testosterone.Acrophase;
        _testosteroneAmplitude = testosterone.CircadianAmplitude(athlete);
        _testosteroneMeanNmolPerL = MorningTestosteroneNmolPerL / (1.0 + _testosteroneAmplitude * Math.Cos(2 * Math.PI * (8.0 - _testosteroneAcrophaseHours) / 24.0));
        ShbgNmolPerL = testosterone.ShbgNmolPerL(athlete);
        AlbuminMolPerL = testosterone.AlbuminMolPerL;
        TestosteroneResponse = testosterone.ResponseFactor(athlete);

        // Growth hormone: basal level and the size of the exercise response (sex, age, training status).
        GrowthHormoneRestUgPerL = growthHormone.RestingLevel(athlete);
        GrowthHormoneResponse = growthHormone.ResponseFactor(athlete);

        GlycolyticCapacity = p.Group<EnergeticsParameters>().GlycolyticCapacity(athlete);
        _cortisol = p.Group<CortisolParameters>();
        PlasmaVolumeL = p.Group<PlasmaVolumeParameters>().VolumeL(athlete);
        LactateSpaceL = p.Group<LactateParameters>().SpaceL(athlete);
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

    /// <summary>The default habitual 08:00 testosterone for sex and age, nmol/L (<see cref="TestosteroneParameters.DefaultMorning"/>).</summary>
    public static double DefaultMorningTestosterone(Sex sex, double ageYears, ModelParameters p) =>
        p.Group<TestosteroneParameters>().DefaultMorning(sex, ageYears);

    /// <summary>Total testosterone without exercise at clock time <paramref name="clockHours"/> (0–24, may exceed 24), nmol/L.</summary>
    public double TestosteroneBaseline(double clockHours) =>
        _testosteroneMeanNmolPerL * (1.0 + _testosteroneAmplitude * Math.Cos(2 * Math.PI * (clockHours - _testosteroneAcrophaseHours) / 24.0));

    /// <summary>Time derivative of <see cref="TestosteroneBaseline"/>, nmol/L per hour.</summary>
    public double TestosteroneBaselineSlopePerHour(double clockHours) =>
        -_testosteroneMeanNmolPerL * _testosteroneAmplitude * 2 * Math.PI / 24.0 * Math.Sin(2 * Math.PI * (clockHours - _testosteroneAcrophaseHours) / 24.0);

    /// <summary>Serum cortisol without exercise at <paramref name="clockHours"/>, nmol/L (<see cref="CortisolParameters.Baseline"/>).</summary>
    public double CortisolBaseline(double clockHours) => _cortisol.Baseline(clockHours);
}
