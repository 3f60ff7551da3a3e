using System.Globalization;
using Spectre.Console;
using Surge.Quantities;
using Surge.Reports;
using Surge.Training;

namespace Surge.Cli.Terminal;

/// <summary>The <c>surge athlete</c> table (the JSON and the one-line summary are <see cref="AthleteOutput"/>).</summary>
public static class AthleteTable
{
    /// <summary>The <c>surge athlete</c> table: field, value with unit, and whether it is set or a default; titled with the name and number.</summary>
    public static void Table(IAnsiConsole console, string name, AthleteSettings settings, long? number = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(settings);
        var a = settings.ToAthlete();
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle(Markup.Escape($"athlete {AthleteOutput.Title(name, number)}"));
        table.AddColumn("field");
        table.AddColumn(new TableColumn("value").RightAligned());
        table.AddColumn("unit");
        table.AddColumn("source");
        var sexDefault = $"default for {AthleteSettings.Name(a.Sex)}";
        void Row(string field, string value, string unit, bool set, string fallback = "default") =>
            table.AddRow(Markup.Escape(field), Markup.Escape(value), Markup.Escape(unit), Markup.Escape(set ? "set" : fallback));
        Row("sex", AthleteSettings.Name(a.Sex), "", settings.Sex is not null);
        Row("age", Number(a.AgeYears), "years", settings.AgeYears is not null);
        Row("body mass", Number(a.BodyMassKg), "kg", settings.BodyMassKg is not null, sexDefault);
        Row("body fat", Number(a.BodyFatFraction * 100.0), "%", settings.BodyFatFraction is not null, sexDefault);
        Row("training status", AthleteSettings.Name(a.TrainingStatus), "", settings.TrainingStatus is not null);
        // Not set: the value the model uses, its default for the sex and age (the JSON says null: nothing stored).
        var t = a.MorningTestosteroneNmolPerL ?? Physiology.AthleteProfile.DefaultMorningTestosterone(a.Sex, a.AgeYears, Physiology.ModelParameters.Default);
        var testosterone = $"{Number(t)} ({Number(t * QuantityParser.TestosteroneNgPerDlPerNmolPerL)} ng/dL)";
        Row("resting testosterone (08:00)", testosterone, "nmol/L", a.MorningTestosteroneNmolPerL is not null, "model default for sex and age");
        Row("strength responsiveness", settings.StrengthResponsiveness is { } f ? f.ToString("0.###", CultureInfo.InvariantCulture) : "1", "1",
            settings.StrengthResponsiveness is not null, "population's average");
        void Factor(string field, double? value) =>
            Row(field, value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "1", "1", value is not null, "population's average");
        Factor("GH response", settings.GrowthHormoneResponse);
        Factor("cortisol response", settings.CortisolResponse);
        Factor("lactate response", settings.LactateResponse);
        Factor("lactate clearance", settings.LactateClearance);
        console.Write(table);
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
