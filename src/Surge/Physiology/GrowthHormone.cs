using Surge.Training;

namespace Surge.Physiology;

/// <summary>Growth-hormone parameters (docs/model.md, sections 1 and 8; data/parameters.yaml, "Growth hormone").</summary>
/// <param name="HalfLife">GH half-life, min.</param>
/// <param name="RestMale">Resting GH of men, µg/L.</param>
/// <param name="RestFemale">Resting GH of women under 50, µg/L.</param>
/// <param name="RestFemalePostmenopausal">Resting GH of women from 50, µg/L.</param>
/// <param name="ExercisePlateau">Largest exercise-driven GH level (secretion rate over k_G), µg/L.</param>
/// <param name="StressHalf">Metabolic stress giving half the largest secretion, 1.</param>
/// <param name="MetaboreflexWeight">Weight of the muscle metabolite drive in the metabolic stress, 1.</param>
/// <param name="StressHill">Hill exponent of the stress threshold, 1.</param>
/// <param name="ResponseFemale">Women's exercise response relative to men's, 1.</param>
/// <param name="RestUntrainedFemaleFactor">Factor on the resting GH of untrained women, 1.</param>
/// <param name="AgeScaleMale">Scale a of the age curve exp(−((age − 25)/a)^b), men, years.</param>
/// <param name="AgeShapeMale">Shape b of the age curve, men, 1.</param>
/// <param name="AgeScaleFemale">Scale a of the age curve, women, years.</param>
/// <param name="AgeShapeFemale">Shape b of the age curve, women, 1.</param>
/// <param name="FeedbackTau">Time constant of the somatostatin-like feedback, min.</param>
/// <param name="FeedbackGain">Feedback built per µg/L of GH above rest, L/µg.</param>
public sealed record GrowthHormoneParameters(
    double HalfLife, double RestMale, double RestFemale, double RestFemalePostmenopausal, double ExercisePlateau, double StressHalf,
    double MetaboreflexWeight, double StressHill, double ResponseFemale, double RestUntrainedFemaleFactor,
    double AgeScaleMale, double AgeShapeMale, double AgeScaleFemale, double AgeShapeFemale, double FeedbackTau, double FeedbackGain)
    : IParameterGroup<GrowthHormoneParameters>
{
    /// <inheritdoc/>
    public static GrowthHormoneParameters Read(ParameterReader r) => new(
        r["gh_half_life"], r["gh_rest_male"], r["gh_rest_female"], r["gh_rest_female_postmenopausal"], r["gh_exercise_plateau"], r["gh_stress_half"],
        r["gh_metaboreflex_weight"], r["gh_stress_hill"], r["gh_response_female"], r["gh_rest_untrained_female_factor"],
        r["gh_response_age_scale_male"], r["gh_response_age_shape_male"], r["gh_response_age_scale_female"], r["gh_response_age_shape_female"],
        r["gh_feedback_tau"], r["gh_feedback_gain"]);

    /// <summary>Resting (basal) GH, µg/L, by sex, age and (for women) training status.</summary>
    public double RestingLevel(Athlete athlete) => athlete.Sex == Sex.Male ? RestMale
        : athlete.AgeYears < 50 ? RestFemale * (athlete.TrainingStatus == TrainingStatus.Untrained ? RestUntrainedFemaleFactor : 1.0)
        : RestFemalePostmenopausal;

    /// <summary>Scale of the exercise response (1 = young man): a continuous decline from 25 years that never reaches zero
    /// (docs/model.md, section 1), times women's factor.</summary>
    public double ResponseFactor(Athlete athlete)
    {
        var male = athlete.Sex == Sex.Male;
        var ageScale = male ? AgeScaleMale : AgeScaleFemale;
        var ageShape = male ? AgeShapeMale : AgeShapeFemale;
        var ageFactor = Math.Exp(-Math.Pow(Math.Max(0.0, athlete.AgeYears - 25.0) / ageScale, ageShape));
        return ageFactor * (male ? 1.0 : ResponseFemale);
    }
}

/// <summary>
/// Growth hormone (docs/model.md, section 8): basal plus exercise secretion driven by metabolic stress (the metabolite
/// drive of working muscle and the blood lactate load, P5), both damped by a somatostatin-like feedback Φ.
/// </summary>
public sealed class GrowthHormoneAxis
{
    private readonly double _perMin, _plateau, _stressHalfPow, _hill, _metaboreflexWeight, _feedbackPerMin, _feedbackGain;
    private readonly double _metaboreflexReferenceMmol, _stressLactateReference;

    /// <param name="p">The GH parameters.</param>
    /// <param name="sympathetic">The references of the metabolite drive and the lactate load (section 6).</param>
    /// <param name="restUgPerL">The athlete's resting GH, µg/L.</param>
    /// <param name="responseFactor">The athlete's response factor.</param>
    public GrowthHormoneAxis(GrowthHormoneParameters p, SympatheticParameters sympathetic, double restUgPerL, double responseFactor)
    {
        _perMin = Math.Log(2) / p.HalfLife;
        RestUgPerL = restUgPerL;
        _plateau = p.ExercisePlateau * responseFactor;
        _hill = p.StressHill;
        _metaboreflexWeight = p.MetaboreflexWeight;
        _stressHalfPow = Math.Pow(p.StressHalf, _hill);
        _feedbackPerMin = 1.0 / p.FeedbackTau;
        _feedbackGain = p.FeedbackGain;
        _metaboreflexReferenceMmol = sympathetic.MetaboreflexReferenceLactate;
        _stressLactateReference = sympathetic.StressLactateReference;
    }

    /// <summary>Resting GH, µg/L.</summary>
    public double RestUgPerL { get; }

    /// <summary>Metabolic stress M: the muscle metabolite drive (lactate held above blood, mmol) and the blood lactate load.</summary>
    public double MetabolicStress(double muscleLactatePoolMmol, double bloodLactate) =>
        _metaboreflexWeight * muscleLactatePoolMmol / _metaboreflexReferenceMmol + bloodLactate / _stressLactateReference;

    /// <summary>Rates of GH (µg/L) and of the feedback Φ.</summary>
    public void Rates(double metabolicStress, double gh, double feedback, out double ghProduction, out double ghLoss, out double feedbackProduction, out double feedbackLoss)
    {
        ghProduction = _perMin * (RestUgPerL + _plateau * Kinetics.Hill(metabolicStress, _stressHalfPow, _hill)) * Math.Max(0.0, 1.0 - feedback);
        ghLoss = _perMin;
        feedbackProduction = _feedbackPerMin * _feedbackGain * Math.Max(0.0, gh - RestUgPerL);
        feedbackLoss = _feedbackPerMin;
    }
}
