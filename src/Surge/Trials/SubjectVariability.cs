using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using Surge.Adaptation;
using Surge.Physiology;
using Surge.Training;

namespace Surge.Trials;

/// <summary>
/// One subject's multiplicative factors on the typical subject (1 = typical), each log-normal with mean 1
/// (docs/model.md, "Between-subject variability and measurement").
/// </summary>
public sealed record SubjectFactors(
    double RestingTestosterone,
    double Shbg,
    double GrowthHormoneResponse,
    double CortisolResponse,
    double LactateClearance,
    double GrowthResponsiveness,
    double StrengthResponsiveness)
{
    /// <summary>The typical subject: every factor 1.</summary>
    public static SubjectFactors Typical { get; } = new(1, 1, 1, 1, 1, 1, 1);

    /// <summary>The number of factors.</summary>
    public const int Count = 7;
}

/// <summary>Between-subject spreads and measurement errors of virtual trials (docs/model.md, section 13a;
/// data/parameters.yaml, "Between-subject variability and measurement error").</summary>
/// <param name="RestingTestosteroneLogSd">SD of ln(habitual testosterone), 1.</param>
/// <param name="ShbgLogSd">SD of ln(SHBG), 1.</param>
/// <param name="TestosteroneShbgCorrelation">Correlation of ln(resting testosterone) and ln(SHBG) across subjects, 1.</param>
/// <param name="GrowthHormoneResponseLogSd">SD of ln(the exercise GH response), 1.</param>
/// <param name="CortisolResponseLogSd">SD of ln(the exercise cortisol response), 1.</param>
/// <param name="LactateClearanceLogSd">SD of ln(the lactate removal rate), 1.</param>
/// <param name="GrowthLogSd">SD of ln(growth responsiveness), 1.</param>
/// <param name="StrengthLogSd">SD of ln(neural responsiveness), 1.</param>
/// <param name="LimbGrowthLogSd">SD of ln(one limb's growth factor) within a subject, 1.</param>
/// <param name="MeasurementCvMuscleSize">Coefficient of variation of a muscle-size measurement, 1.</param>
/// <param name="MeasurementCvOneRm">Coefficient of variation of a 1RM test, 1.</param>
/// <param name="MeasurementCvHormoneAssay">Coefficient of variation of a hormone assay, 1.</param>
/// <param name="MeasurementCvLactate">Coefficient of variation of a lactate measurement, 1.</param>
public sealed record VariabilityParameters(
    double RestingTestosteroneLogSd, double ShbgLogSd, double GrowthHormoneResponseLogSd, double CortisolResponseLogSd,
    double LactateClearanceLogSd, double GrowthLogSd, double StrengthLogSd, double LimbGrowthLogSd,
    double MeasurementCvMuscleSize, double MeasurementCvOneRm, double MeasurementCvHormoneAssay, double MeasurementCvLactate,
    double TestosteroneShbgCorrelation)
    : IParameterGroup<VariabilityParameters>
{
    /// <inheritdoc/>
    public static VariabilityParameters Read(ParameterReader r) => new(
        r["between_subject_resting_testosterone_log_sd"], r["between_subject_shbg_log_sd"], r["between_subject_gh_response_log_sd"],
        r["between_subject_cortisol_response_log_sd"], r["between_subject_lactate_clearance_log_sd"], r["between_subject_growth_log_sd"],
        r["between_subject_strength_log_sd"], r["between_limb_growth_log_sd"],
        r["measurement_cv_muscle_size"], r["measurement_cv_one_rm"], r["measurement_cv_hormone_assay"], r["measurement_cv_lactate"],
        r["between_subject_testosterone_shbg_correlation"]);

    /// <summary>
    /// The lower Cholesky factor L of the correlation matrix of the seven standard normal draws (order of
    /// <see cref="SubjectFactors"/>); L·z of independent z has that correlation. Only testosterone and SHBG are
    /// correlated (where the data say so); every other pair is independent.
    /// </summary>
    public MathNet.Numerics.LinearAlgebra.Matrix<double> CorrelationFactor() =>
        // Factored once per correlation value, not once per subject drawn (a record cannot cache it in a field: two equal
        // parameter sets would then compare unequal).
        _factors.GetOrAdd(TestosteroneShbgCorrelation, rho =>
        {
            var correlation = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(SubjectFactors.Count);
            correlation[0, 1] = correlation[1, 0] = rho;
            return correlation.Cholesky().Factor;
        });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<double, MathNet.Numerics.LinearAlgebra.Matrix<double>> _factors = new();
}

/// <summary>
/// Draws and applies between-subject variability. Draws are deterministic: a subject's random numbers come from a
/// Xoshiro256** generator (Math.NET) seeded by a SplitMix64 mix of the trial seed, a stream number and the subject
/// index, so they depend on nothing else (not on threads, shards or other subjects).
/// </summary>
public static class SubjectVariability
{
    /// <summary>Stream of the between-subject draw.</summary>
    public const int SubjectStream = 0;

    /// <summary>Stream of the measurement errors.</summary>
    public const int MeasurementStream = 1;

    /// <summary>Stream of the limb-to-limb growth factors of a within design (one per arm).</summary>
    public const int LimbStream = 2;

    /// <summary>One limb's factor on the subject's growth responsiveness (within designs), mean 1.</summary>
    public static double LimbFactor(ModelParameters p, System.Random random)
    {
        var s = p.Group<VariabilityParameters>().LimbGrowthLogSd;
        return Math.Exp(s * StandardNormal(random) - 0.5 * s * s);
    }

    /// <summary>A generator for (<paramref name="seed"/>, <paramref name="stream"/>, <paramref name="index"/>) alone.</summary>
    public static System.Random Generator(int seed, int stream, long index)
    {
        var mixed = SplitMix((ulong)(uint)seed);
        mixed = SplitMix(mixed ^ (ulong)(uint)stream);
        mixed = SplitMix(mixed ^ (ulong)index);
        return new Xoshiro256StarStar((int)(mixed & 0x7FFF_FFFF), threadSafe: false);
    }

    /// <summary>One standard normal number.</summary>
    public static double StandardNormal(System.Random random) => Normal.Sample(random, 0.0, 1.0);

    /// <summary>
    /// Draws one subject's factors: seven standard normal numbers in a fixed order (testosterone, SHBG, GH, cortisol,
    /// lactate, growth, strength), correlated by the Cholesky factor of their correlation matrix (Math.NET), each
    /// factor log-normal with mean 1.
    /// </summary>
    public static SubjectFactors Draw(ModelParameters p, System.Random random)
    {
        var v = p.Group<VariabilityParameters>();
        var z = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(SubjectFactors.Count, _ => StandardNormal(random));
        var correlated = v.CorrelationFactor() * z;
        double Factor(double s, int i) => Math.Exp(s * correlated[i] - 0.5 * s * s);
        return new SubjectFactors(
            Factor(v.RestingTestosteroneLogSd, 0),
            Factor(v.ShbgLogSd, 1),
            Factor(v.GrowthHormoneResponseLogSd, 2),
            Factor(v.CortisolResponseLogSd, 3),
            Factor(v.LactateClearanceLogSd, 4),
            Factor(v.GrowthLogSd, 5),
            Factor(v.StrengthLogSd, 6));
    }

    /// <summary>
    /// The parameter set of a subject: the varying parameters scaled by the subject's factors. The variant is written by
    /// the names of data/parameters.yaml (<see cref="ModelParameters.With"/>), the identity of a parameter in a set.
    /// </summary>
    public static ModelParameters Apply(ModelParameters p, SubjectFactors f)
    {
        if (f == SubjectFactors.Typical)
        {
            return p;
        }
        var t = p.Group<TestosteroneParameters>();
        var growth = p.Group<Adaptation.GrowthParameters>();
        var strength = p.Group<Adaptation.StrengthParameters>();
        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["shbg_male_young"] = t.ShbgMaleYoung * f.Shbg,
            ["shbg_male_increase_per_year"] = t.ShbgMaleIncreasePerYear * f.Shbg,
            ["shbg_female"] = t.ShbgFemale * f.Shbg,
            ["growth_rate_untrained"] = growth.RateUntrained * f.GrowthResponsiveness,
            ["growth_rate_trained"] = growth.RateTrained * f.GrowthResponsiveness,
            ["growth_rate_elite"] = growth.RateElite * f.GrowthResponsiveness,
            ["neural_gain_max_untrained"] = strength.GainMaxUntrained * f.StrengthResponsiveness,
            ["neural_gain_max_trained"] = strength.GainMaxTrained * f.StrengthResponsiveness,
            ["neural_gain_max_elite"] = strength.GainMaxElite * f.StrengthResponsiveness,
            ["gh_exercise_plateau"] = p.Group<GrowthHormoneParameters>().ExercisePlateau * f.GrowthHormoneResponse,
            ["cortisol_secretion_max"] = p.Group<CortisolParameters>().SecretionMax * f.CortisolResponse,
            ["lactate_removal_rate"] = p.Group<LactateParameters>().RemovalRate * f.LactateClearance,
        };
        return p.With(values);
    }

    /// <summary>
    /// <paramref name="simulator"/> with the strength responsiveness <paramref name="factor"/> (a trial subject's factor on
    /// the largest neural gain, fitted from a log by <c>surge fit --db</c>): the same simulator when it is null or 1.
    /// </summary>
    public static ProgramSimulator WithStrengthResponsiveness(ProgramSimulator simulator, double? factor)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return factor is not { } f || f == 1.0
            ? simulator
            : new ProgramSimulator(Apply(simulator.Parameters, SubjectFactors.Typical with { StrengthResponsiveness = f }));
    }

    /// <summary>
    /// The subject as an athlete: the habitual 08:00 testosterone (given, or the default for sex and age) times the
    /// subject's factor, kept within the accepted 0.1–150 nmol/L.
    /// </summary>
    public static Athlete Apply(Athlete athlete, ModelParameters p, SubjectFactors f)
    {
        if (f.RestingTestosterone == 1.0)
        {
            return athlete;
        }
        var habitual = athlete.MorningTestosteroneNmolPerL ?? AthleteProfile.DefaultMorningTestosterone(athlete.Sex, athlete.AgeYears, p);
        return athlete with { MorningTestosteroneNmolPerL = Math.Clamp(habitual * f.RestingTestosterone, 0.1, 150.0) };
    }

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
