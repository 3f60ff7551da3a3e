namespace Surge.Training;

/// <summary>Biological sex, for body composition and endocrine defaults.</summary>
public enum Sex
{
    Male,
    Female,
}

/// <summary>Resistance-training status.</summary>
public enum TrainingStatus
{
    Untrained,
    Trained,
    Elite,
}

/// <summary>The person who trains.</summary>
/// <param name="Sex">Male or female.</param>
/// <param name="AgeYears">Age in years, 15–100.</param>
/// <param name="BodyMassKg">Body mass in kg, 30–250.</param>
/// <param name="BodyFatFraction">Body fat as a fraction of body mass, 0.03–0.6.</param>
/// <param name="TrainingStatus">Training status.</param>
/// <param name="MorningTestosteroneNmolPerL">
/// Habitual morning (08:00) total testosterone in nmol/L, 0.1–150; null: the default for sex and age
/// (see <c>Physiology.EndocrineBaselines</c>).
/// </param>
public sealed record Athlete(
    Sex Sex,
    double AgeYears,
    double BodyMassKg,
    double BodyFatFraction,
    TrainingStatus TrainingStatus,
    double? MorningTestosteroneNmolPerL)
{
    /// <summary>Default body mass: 80 kg for men, 62 kg for women (formats.md).</summary>
    public static double DefaultBodyMassKg(Sex sex) => sex == Sex.Male ? 80.0 : 62.0;

    /// <summary>Default body fat: 15 % for men, 25 % for women (formats.md).</summary>
    public static double DefaultBodyFatFraction(Sex sex) => sex == Sex.Male ? 0.15 : 0.25;

    /// <summary>The default athlete: a trained 25-year-old man of 80 kg with 15 % body fat.</summary>
    public static Athlete Default { get; } = Create(Sex.Male);

    /// <summary>An athlete with the defaults of formats.md for <paramref name="sex"/>.</summary>
    public static Athlete Create(Sex sex) =>
        new(sex, 25.0, DefaultBodyMassKg(sex), DefaultBodyFatFraction(sex), TrainingStatus.Trained, null);
}
