using System.Globalization;
using Surge.Quantities;
using Surge.Training;

namespace Surge.Reports;

/// <summary>A stored profile shown: the athlete's name and settings (formats.md, "Athlete profiles: <c>surge athlete</c>").</summary>
public static class AthleteOutput
{
    /// <summary>The <c>surge athlete --json</c> object; <paramref name="number"/> the athlete's number within its owner (1, 2, …), null when not stored.</summary>
    public static string Json(string name, AthleteSettings settings, long? number = null) =>
        AnswerJson.Write(Answer(name, settings, number), AnswerJson.Relaxed.AthleteAnswer);

    /// <summary>
    /// The athlete object as its typed answer: every field as the predictions use it (unset fields at their defaults for
    /// the sex), except <c>resting_testosterone_nmol_per_l</c>, null when not set (the model's default for sex and age
    /// applies), and <c>number</c>, the athlete's number within its owner (1, 2, …; the web API's <c>id</c>), null when the
    /// athlete is not stored.
    /// </summary>
    public static AthleteAnswer Answer(string name, AthleteSettings settings, long? number = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var athlete = settings.ToAthlete();
        return new AthleteAnswer(
            name,
            AthleteSettings.Name(athlete.Sex),
            athlete.AgeYears,
            athlete.BodyMassKg,
            athlete.BodyFatFraction * 100.0,
            AthleteSettings.Name(athlete.TrainingStatus),
            athlete.MorningTestosteroneNmolPerL,
            AnswerJson.Finite(settings.StrengthResponsiveness),
            number,
            AnswerJson.Finite(settings.GrowthHormoneResponse),
            AnswerJson.Finite(settings.CortisolResponse),
            AnswerJson.Finite(settings.LactateResponse),
            AnswerJson.Finite(settings.LactateClearance));
    }

    /// <summary>One line for reports: "athlete default (number 1): male, 25 years, 80 kg, 15 % body fat, trained (defaults)"; no number when not stored.</summary>
    public static string Line(string name, AthleteSettings settings, long? number = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var a = settings.ToAthlete();
        var testosterone = a.MorningTestosteroneNmolPerL is { } t ? $", resting T {Number(t)} nmol/L" : "";
        var responsiveness = settings.StrengthResponsiveness is { } f ? $", strength responsiveness {f.ToString("0.###", CultureInfo.InvariantCulture)} (fitted)" : "";
        var factors = string.Join(", ", new (string Name, double? Value)[]
            {
                ("GH", settings.GrowthHormoneResponse), ("cortisol", settings.CortisolResponse),
                ("lactate", settings.LactateResponse), ("lactate clearance", settings.LactateClearance),
            }.Where(x => x.Value is not null).Select(x => $"{x.Name} × {x.Value!.Value.ToString("0.##", CultureInfo.InvariantCulture)}"));
        responsiveness += factors.Length > 0 ? $", own response {factors} (fitted to samples)" : "";
        var note = settings.IsEmpty ? " (no stored profile: the defaults; set one with surge athlete)" : "";
        return $"athlete {Title(name, number)}: {AthleteSettings.Name(a.Sex)}, {Number(a.AgeYears)} years, {Number(a.BodyMassKg)} kg, "
            + $"{Number(a.BodyFatFraction * 100.0)} % body fat, {AthleteSettings.Name(a.TrainingStatus)}{testosterone}{responsiveness}{note}";
    }

    /// <summary>"NAME (number N)", or the name alone for an athlete not stored.</summary>
    public static string Title(string name, long? number) =>
        number is { } n ? $"{name} (number {n.ToString(CultureInfo.InvariantCulture)})" : name;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
