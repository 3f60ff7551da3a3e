using System.Globalization;
using Surge.Quantities;

namespace Surge.Training;

/// <summary>
/// A stored athlete profile: each field the person has set, or null when not set (then the session format's default
/// for the sex applies, formats.md "Session file"). <see cref="ToAthlete"/> gives the athlete every prediction uses.
/// </summary>
/// <param name="Sex">Male or female; null: male.</param>
/// <param name="AgeYears">Years, 15–100; null: 25.</param>
/// <param name="BodyMassKg">kg, 30–250; null: 80 kg for men, 62 kg for women.</param>
/// <param name="BodyFatFraction">Fraction of body mass, 0.03–0.60; null: 0.15 for men, 0.25 for women.</param>
/// <param name="TrainingStatus">Training status; null: trained.</param>
/// <param name="MorningTestosteroneNmolPerL">Habitual 08:00 total testosterone, nmol/L, 0.1–150; null: from sex and age.</param>
/// <param name="StrengthResponsiveness">
/// The person's strength (neural) responsiveness fitted from their log (<c>surge fit --db … --store</c>), a factor on the
/// population's largest neural gain as a virtual-trial subject's (docs/model.md, "Fitting responsiveness to a log"),
/// 1 = the population's average, within <see cref="MinimumResponsiveness"/>–<see cref="MaximumResponsiveness"/>;
/// null: not fitted (1).
/// </param>
/// <param name="GrowthHormoneResponse">
/// The person's factor on the exercise GH response fitted to their samples (<c>surge fit --session … --samples … --store</c>,
/// docs/model.md "Fitting to a person"), 1 = the population's average, within
/// <see cref="MinimumResponsiveness"/>–<see cref="MaximumResponsiveness"/>; null: not fitted (1).
/// </param>
/// <param name="CortisolResponse">The factor on the exercise cortisol response, as <paramref name="GrowthHormoneResponse"/>.</param>
/// <param name="LactateResponse">The factor on the blood lactate rise, as <paramref name="GrowthHormoneResponse"/>.</param>
/// <param name="LactateClearance">The factor on lactate removal from the blood, as <paramref name="GrowthHormoneResponse"/>.</param>
public sealed record AthleteSettings(
    Sex? Sex = null,
    double? AgeYears = null,
    double? BodyMassKg = null,
    double? BodyFatFraction = null,
    TrainingStatus? TrainingStatus = null,
    double? MorningTestosteroneNmolPerL = null,
    double? StrengthResponsiveness = null,
    double? GrowthHormoneResponse = null,
    double? CortisolResponse = null,
    double? LactateResponse = null,
    double? LactateClearance = null)
{
    /// <summary>Nothing set: the default athlete.</summary>
    public static AthleteSettings None { get; } = new();

    /// <summary>Youngest accepted age, years (as a session file's athlete).</summary>
    public const double MinimumAgeYears = 15.0;

    /// <summary>Oldest accepted age, years.</summary>
    public const double MaximumAgeYears = 100.0;

    /// <summary>Lightest accepted body mass, kg.</summary>
    public const double MinimumBodyMassKg = 30.0;

    /// <summary>Heaviest accepted body mass, kg.</summary>
    public const double MaximumBodyMassKg = 250.0;

    /// <summary>Lowest accepted body fat, fraction.</summary>
    public const double MinimumBodyFatFraction = 0.03;

    /// <summary>Highest accepted body fat, fraction.</summary>
    public const double MaximumBodyFatFraction = 0.60;

    /// <summary>Smallest responsiveness factor a fit may give or a profile hold, 1.</summary>
    public const double MinimumResponsiveness = 0.05;

    /// <summary>Largest responsiveness factor a fit may give or a profile hold, 1.</summary>
    public const double MaximumResponsiveness = 20.0;

    /// <summary>Whether no field is set.</summary>
    public bool IsEmpty => this == None;

    /// <summary>These settings with every field <paramref name="changes"/> sets replaced (the others unchanged).</summary>
    public AthleteSettings Update(AthleteSettings changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return new(
            changes.Sex ?? Sex,
            changes.AgeYears ?? AgeYears,
            changes.BodyMassKg ?? BodyMassKg,
            changes.BodyFatFraction ?? BodyFatFraction,
            changes.TrainingStatus ?? TrainingStatus,
            changes.MorningTestosteroneNmolPerL ?? MorningTestosteroneNmolPerL,
            changes.StrengthResponsiveness ?? StrengthResponsiveness,
            changes.GrowthHormoneResponse ?? GrowthHormoneResponse,
            changes.CortisolResponse ?? CortisolResponse,
            changes.LactateResponse ?? LactateResponse,
            changes.LactateClearance ?? LactateClearance);
    }

    /// <summary>These settings without anything a fit gave (the responsiveness and the response factors); the rest unchanged.</summary>
    public AthleteSettings WithoutFits() => this with
    {
        StrengthResponsiveness = null,
        GrowthHormoneResponse = null,
        CortisolResponse = null,
        LactateResponse = null,
        LactateClearance = null,
    };

    /// <summary>Whether any fitted value is set.</summary>
    public bool HasFits => this != WithoutFits();

    /// <summary>The athlete these settings describe, the unset fields at the defaults of formats.md for the sex.</summary>
    public Athlete ToAthlete()
    {
        var athlete = Athlete.Create(Sex ?? Training.Sex.Male);
        return athlete with
        {
            AgeYears = AgeYears ?? athlete.AgeYears,
            BodyMassKg = BodyMassKg ?? athlete.BodyMassKg,
            BodyFatFraction = BodyFatFraction ?? athlete.BodyFatFraction,
            TrainingStatus = TrainingStatus ?? athlete.TrainingStatus,
            MorningTestosteroneNmolPerL = MorningTestosteroneNmolPerL,
        };
    }

    /// <summary><c>male</c> or <c>female</c> (any case).</summary>
    public static QuantityParseResult<Sex> ParseSex(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            "male" => QuantityParseResult<Sex>.Ok(Training.Sex.Male),
            "female" => QuantityParseResult<Sex>.Ok(Training.Sex.Female),
            _ => QuantityParseResult<Sex>.Fail($"expected one of male, female, got {QuantityParser.Quote(text)}"),
        };

    /// <summary><c>untrained</c>, <c>trained</c> or <c>elite</c> (any case).</summary>
    public static QuantityParseResult<TrainingStatus> ParseTrainingStatus(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            "untrained" => QuantityParseResult<TrainingStatus>.Ok(Training.TrainingStatus.Untrained),
            "trained" => QuantityParseResult<TrainingStatus>.Ok(Training.TrainingStatus.Trained),
            "elite" => QuantityParseResult<TrainingStatus>.Ok(Training.TrainingStatus.Elite),
            _ => QuantityParseResult<TrainingStatus>.Fail($"expected one of untrained, trained, elite, got {QuantityParser.Quote(text)}"),
        };

    /// <summary>An age in years (a bare number, or with <c>y</c>/<c>years</c>), 15–100.</summary>
    public static QuantityParseResult<double> ParseAgeYears(string? text)
    {
        if (!QuantityParser.TrySplit(text, out var years, out var unit) || unit is not ("" or "y" or "yr" or "yrs" or "year" or "years"))
        {
            return QuantityParseResult<double>.Fail($"expected an age in years as a number (e.g. 31), got {QuantityParser.Quote(text)}");
        }
        return years < MinimumAgeYears || years > MaximumAgeYears
            ? QuantityParseResult<double>.Fail($"must be between 15 and 100 years, got {QuantityParser.Quote(text)}")
            : QuantityParseResult<double>.Ok(years);
    }

    /// <summary>A body mass in kg or lb (a bare number is kg), 30–250 kg.</summary>
    public static QuantityParseResult<double> ParseBodyMassKg(string? text)
    {
        var mass = QuantityParser.ParseMass(text);
        if (!mass.Success)
        {
            return QuantityParseResult<double>.Fail(mass.Error!);
        }
        var kg = mass.Value.Kilograms;
        return kg < MinimumBodyMassKg || kg > MaximumBodyMassKg
            ? QuantityParseResult<double>.Fail($"must be between 30 and 250 kg (66–551 lb), got {QuantityParser.Quote(text)}")
            : QuantityParseResult<double>.Ok(kg);
    }

    /// <summary>Body fat in % (a bare number is %), 3–60 %, returned as a fraction.</summary>
    public static QuantityParseResult<double> ParseBodyFatFraction(string? text)
    {
        var fat = QuantityParser.ParseBodyFatFraction(text);
        if (!fat.Success)
        {
            return fat;
        }
        return fat.Value < MinimumBodyFatFraction || fat.Value > MaximumBodyFatFraction
            ? QuantityParseResult<double>.Fail($"must be between 3 and 60 %, got {QuantityParser.Quote(text)}")
            : fat;
    }

    /// <summary>Habitual morning testosterone in nmol/L or ng/dL (a bare number is nmol/L), 0.1–150 nmol/L.</summary>
    public static QuantityParseResult<double> ParseMorningTestosteroneNmolPerL(string? text) =>
        QuantityParser.ParseTestosteroneNmolPerL(text);

    /// <summary>The lower-case name of a sex (<c>male</c>, <c>female</c>).</summary>
    public static string Name(Sex sex) => sex == Training.Sex.Male ? "male" : "female";

    /// <summary>The lower-case name of a training status.</summary>
    public static string Name(TrainingStatus status) => status.ToString().ToLower(CultureInfo.InvariantCulture);
}
