using System.Globalization;
using System.Text;
using System.Text.Json;
using Surge.Quantities;
using Surge.Training;

namespace Surge.Reports;

/// <summary>A stored profile shown: the athlete's name and settings (formats.md, "Athlete profiles: <c>surge athlete</c>").</summary>
public static class AthleteOutput
{
    private static readonly JsonWriterOptions _options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The <c>surge athlete --json</c> object; <paramref name="number"/> the athlete's number within its owner (1, 2, …), null when not stored.</summary>
    public static string Json(string name, AthleteSettings settings, long? number = null)
    {
        return JsonText.Write(_options, writer =>
        {
            WriteObject(writer, name, settings, number);
        });
    }

    /// <summary>
    /// Writes the athlete object: every field as the predictions use it (unset fields at their defaults for the sex),
    /// except <c>resting_testosterone_nmol_per_l</c>, null when not set (the model's default for sex and age applies), and
    /// <c>number</c>, the athlete's number within its owner (1, 2, …; the web API's <c>id</c>), null when the athlete is not stored.
    /// </summary>
    public static void WriteObject(Utf8JsonWriter writer, string name, AthleteSettings settings, long? number = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(settings);
        var athlete = settings.ToAthlete();
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString("sex", AthleteSettings.Name(athlete.Sex));
        writer.WriteNumber("age", athlete.AgeYears);
        writer.WriteNumber("body_mass_kg", athlete.BodyMassKg);
        writer.WriteNumber("body_fat_pct", athlete.BodyFatFraction * 100.0);
        writer.WriteString("training_status", AthleteSettings.Name(athlete.TrainingStatus));
        if (athlete.MorningTestosteroneNmolPerL is { } testosterone)
        {
            writer.WriteNumber("resting_testosterone_nmol_per_l", testosterone);
        }
        else
        {
            writer.WriteNull("resting_testosterone_nmol_per_l");
        }
        JsonText.NumberOrNull(writer, "strength_responsiveness", settings.StrengthResponsiveness);
        if (number is { } stored)
        {
            writer.WriteNumber("number", stored);
        }
        else
        {
            writer.WriteNull("number");
        }
        JsonText.NumberOrNull(writer, "gh_response", settings.GrowthHormoneResponse);
        JsonText.NumberOrNull(writer, "cortisol_response", settings.CortisolResponse);
        JsonText.NumberOrNull(writer, "lactate_response", settings.LactateResponse);
        JsonText.NumberOrNull(writer, "lactate_clearance", settings.LactateClearance);
        writer.WriteEndObject();
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
