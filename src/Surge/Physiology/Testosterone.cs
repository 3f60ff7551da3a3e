using Surge.Training;

namespace Surge.Physiology;

/// <summary>Testosterone parameters: baseline, rhythm, acute response and binding (docs/model.md, sections 1 and 7;
/// data/parameters.yaml, "Testosterone").</summary>
/// <param name="MorningMaleYoung">08:00 total T of men up to 19 years, nmol/L.</param>
/// <param name="MorningMale40">08:00 total T of men at 40, nmol/L.</param>
/// <param name="DeclineAfter40">Fall of 08:00 total T per year after 40, nmol/L/year.</param>
/// <param name="MorningFemale">08:00 total T of women, nmol/L.</param>
/// <param name="CircadianAmplitude35">Relative amplitude of the daily rhythm at 35 and younger (men), 1.</param>
/// <param name="CircadianAmplitude70">Relative amplitude at 70 and older (men), 1.</param>
/// <param name="Acrophase">Clock time of the rhythm's peak, h.</param>
/// <param name="ExcessHalfLife">Half-life of the post-exercise excess, min.</param>
/// <param name="ClearanceReductionMax">Largest exercise reduction of clearance, fraction.</param>
/// <param name="DriveHalf">Exercise stress giving half the largest reduction, 1.</param>
/// <param name="DriveHill">Hill exponent of the stress threshold, 1.</param>
/// <param name="ResponseAgeDecline">Loss of the acute response per year over 30, 1/year.</param>
/// <param name="DamageWeight">Weight of the inflammatory signal in the stress, 1.</param>
/// <param name="ShbgMaleYoung">SHBG of men up to 30, nmol/L.</param>
/// <param name="ShbgMaleIncreasePerYear">Rise of SHBG per year over 30 (men), nmol/L/year.</param>
/// <param name="ShbgFemale">SHBG of women, nmol/L.</param>
/// <param name="Albumin">Serum albumin, g/L.</param>
/// <param name="AlbuminMolarMass">Molar mass of albumin, g/mol.</param>
/// <param name="AlbuminAssociation">Association constant of T with albumin, L/mol.</param>
/// <param name="ShbgAssociation">Association constant of T with SHBG, L/mol.</param>
public sealed record TestosteroneParameters(
    double MorningMaleYoung, double MorningMale40, double DeclineAfter40, double MorningFemale,
    double CircadianAmplitude35, double CircadianAmplitude70, double Acrophase,
    double ExcessHalfLife, double ClearanceReductionMax, double DriveHalf, double DriveHill, double ResponseAgeDecline, double DamageWeight,
    double ShbgMaleYoung, double ShbgMaleIncreasePerYear, double ShbgFemale, double Albumin, double AlbuminMolarMass,
    double AlbuminAssociation, double ShbgAssociation) : IParameterGroup<TestosteroneParameters>
{
    /// <inheritdoc/>
    public static TestosteroneParameters Read(ParameterReader r) => new(
        r["testosterone_morning_male_young"], r["testosterone_morning_male_40"], r["testosterone_decline_after_40"], r["testosterone_morning_female"],
        r["testosterone_circadian_amplitude_35"], r["testosterone_circadian_amplitude_70"], r["testosterone_acrophase"],
        r["testosterone_excess_half_life"], r["testosterone_clearance_reduction_max"], r["testosterone_drive_half"], r["testosterone_drive_hill"],
        r["testosterone_response_age_decline"], r["testosterone_damage_weight"],
        r["shbg_male_young"], r["shbg_male_increase_per_year"], r["shbg_female"], r["albumin"], r["albumin_molar_mass"],
        r["testosterone_albumin_association"], r["testosterone_shbg_association"]);

    /// <summary>The default habitual 08:00 testosterone for sex and age, nmol/L (Kelsey 2014; Harman 2001; Braunstein 2011).</summary>
    public double DefaultMorning(Sex sex, double ageYears)
    {
        if (sex == Sex.Female)
        {
            return MorningFemale;
        }
        if (ageYears <= 19.0)
        {
            return MorningMaleYoung;
        }
        if (ageYears <= 40.0)
        {
            return MorningMaleYoung + (MorningMale40 - MorningMaleYoung) * (ageYears - 19.0) / 21.0;
        }
        return Math.Max(2.0, MorningMale40 - DeclineAfter40 * (ageYears - 40.0));
    }

    /// <summary>Relative amplitude of the daily rhythm (men; 0 for women), falling linearly from 35 to 70 (Brambilla 2009).</summary>
    public double CircadianAmplitude(Athlete athlete) => athlete.Sex == Sex.Male
        ? Math.Clamp(CircadianAmplitude35 + (CircadianAmplitude70 - CircadianAmplitude35) * (athlete.AgeYears - 35.0) / 35.0, CircadianAmplitude70, CircadianAmplitude35)
        : 0.0;

    /// <summary>SHBG at rest, nmol/L.</summary>
    public double ShbgNmolPerL(Athlete athlete) => athlete.Sex == Sex.Male
        ? ShbgMaleYoung + ShbgMaleIncreasePerYear * Math.Max(0.0, athlete.AgeYears - 30.0)
        : ShbgFemale;

    /// <summary>Serum albumin, mol/L.</summary>
    public double AlbuminMolPerL => Albumin / AlbuminMolarMass;

    /// <summary>
    /// Scale of the acute response (1 = young man). The rise is reduced clearance (section 7), a mechanism of the liver
    /// and tissues that is not sex-specific: women keep the same factor; their smaller recruited mass gives them a
    /// smaller drive.
    /// </summary>
    public double ResponseFactor(Athlete athlete) => Math.Max(0.0, 1.0 - ResponseAgeDecline * Math.Max(0.0, athlete.AgeYears - 30.0));
}

/// <summary>
/// The acute testosterone response (docs/model.md, section 7): exercise stress lowers clearance by a fraction c_T, so
/// the excess e = T − T_b follows de/dt = k_T c_T (T_b + e) − k_T e.
/// </summary>
public sealed class TestosteroneAxis
{
    private readonly double _perMin, _clearanceMax, _driveHalfPow, _hill, _damageWeight;

    /// <param name="p">The testosterone parameters.</param>
    /// <param name="responseFactor">The athlete's response factor (<see cref="TestosteroneParameters.ResponseFactor"/>).</param>
    public TestosteroneAxis(TestosteroneParameters p, double responseFactor)
    {
        _perMin = Math.Log(2) / p.ExcessHalfLife;
        _clearanceMax = p.ClearanceReductionMax * responseFactor;
        _hill = p.DriveHill;
        _driveHalfPow = Math.Pow(p.DriveHalf, _hill);
        _damageWeight = p.DamageWeight;
    }

    /// <summary>Rates of the excess over the baseline <paramref name="baseline"/> (nmol/L) under exercise stress and inflammation.</summary>
    public void Rates(double stress, double inflammation, double baseline, out double production, out double loss)
    {
        var clearanceReduction = _clearanceMax * Kinetics.Hill(stress + _damageWeight * inflammation, _driveHalfPow, _hill);
        production = _perMin * clearanceReduction * baseline;
        loss = _perMin * (1.0 - clearanceReduction);
    }
}
