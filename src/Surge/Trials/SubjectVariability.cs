using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
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
        var s = p["between_limb_growth_log_sd"];
        return Math.Exp(s * StandardNormal(random) - 0.5 * s * s);
    }

    private static readonly string[] _shbgParameters = ["shbg_male_young", "shbg_male_increase_per_year", "shbg_female"];
    private static readonly string[] _growthParameters = ["growth_rate_untrained", "growth_rate_trained", "growth_rate_elite"];
    private static readonly string[] _strengthParameters = ["neural_gain_max_untrained", "neural_gain_max_trained", "neural_gain_max_elite"];

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

    /// <summary>Draws one subject's factors in a fixed order (testosterone, SHBG, GH, cortisol, lactate, growth, strength).</summary>
    public static SubjectFactors Draw(ModelParameters p, System.Random random)
    {
        double Factor(string name)
        {
            var s = p[name];
            return Math.Exp(s * StandardNormal(random) - 0.5 * s * s);
        }
        return new SubjectFactors(
            Factor("between_subject_resting_testosterone_log_sd"),
            Factor("between_subject_shbg_log_sd"),
            Factor("between_subject_gh_response_log_sd"),
            Factor("between_subject_cortisol_response_log_sd"),
            Factor("between_subject_lactate_clearance_log_sd"),
            Factor("between_subject_growth_log_sd"),
            Factor("between_subject_strength_log_sd"));
    }

    /// <summary>The parameter set of a subject: the named parameters scaled by the subject's factors (via <see cref="ModelParameters.With"/>).</summary>
    public static ModelParameters Apply(ModelParameters p, SubjectFactors f)
    {
        if (f == SubjectFactors.Typical)
        {
            return p;
        }
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in _shbgParameters)
        {
            values[name] = p[name] * f.Shbg;
        }
        foreach (var name in _growthParameters)
        {
            values[name] = p[name] * f.GrowthResponsiveness;
        }
        foreach (var name in _strengthParameters)
        {
            values[name] = p[name] * f.StrengthResponsiveness;
        }
        values["gh_exercise_plateau"] = p["gh_exercise_plateau"] * f.GrowthHormoneResponse;
        values["cortisol_secretion_max"] = p["cortisol_secretion_max"] * f.CortisolResponse;
        values["lactate_removal_rate"] = p["lactate_removal_rate"] * f.LactateClearance;
        return p.With(values);
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
