using System.CommandLine;
using Surge.Cli.Terminal;
using Surge.Quantities;
using Surge.Reports;
using Surge.Storage;
using Surge.Training;

namespace Surge.Cli.Commands;

/// <summary>
/// <c>surge athlete [--db CONN] [--athlete NAME] [--sex male|female] [--age N] [--body-mass Q] [--body-fat Q]
/// [--training-status S] [--resting-testosterone Q] [--reset-fit] [--json]</c>: shows the stored profile; with setting
/// options, stores those fields first (formats.md, "Athlete profiles"); <c>--reset-fit</c> first clears what
/// <c>surge fit --db --store</c> stored (the strength responsiveness).
/// </summary>
public static class AthleteCommand
{
    /// <summary>Longest athlete name (the database column's length).</summary>
    public const int MaximumNameLength = 200;

    public static Command Create(CliContext context)
    {
        var db = ImportCommand.DbOption();
        var athlete = AthleteOption();
        var sex = new Option<string?>("--sex") { Description = "male or female.", HelpName = "male|female" };
        var age = new Option<string?>("--age") { Description = "Age in years, 15–100.", HelpName = "N" };
        var bodyMass = new Option<string?>("--body-mass") { Description = "Body mass, 30–250 kg: 82kg, 180 lb (a bare number is kg).", HelpName = "Q" };
        var bodyFat = new Option<string?>("--body-fat") { Description = "Body fat, 3–60 %: 18 % (a bare number is %).", HelpName = "Q" };
        var status = new Option<string?>("--training-status") { Description = "untrained, trained or elite.", HelpName = "S" };
        var testosterone = new Option<string?>("--resting-testosterone") { Description = "Habitual morning (08:00) total testosterone, 0.1–150 nmol/L: 20 nmol/L, 577 ng/dL (a bare number is nmol/L).", HelpName = "Q" };
        var resetFit = new Option<bool>("--reset-fit") { Description = "Clear the strength responsiveness surge fit --db --store stored (predictions then use the population's average, 1)." };
        var json = new Option<bool>("--json") { Description = "Write the profile as one JSON object to stdout (formats.md)." };
        var command = new Command("athlete", "Show an athlete's stored profile (sex, age, body mass and fat, training status, resting testosterone); setting options store those fields first, the others unchanged.")
        {
            db, athlete, sex, age, bodyMass, bodyFat, status, testosterone, resetFit, json,
        };
        command.SetAction(parseResult =>
        {
            var changes = new AthleteSettings(
                Parse(parseResult.GetValue(sex), "--sex", AthleteSettings.ParseSex),
                Parse(parseResult.GetValue(age), "--age", AthleteSettings.ParseAgeYears),
                Parse(parseResult.GetValue(bodyMass), "--body-mass", AthleteSettings.ParseBodyMassKg),
                Parse(parseResult.GetValue(bodyFat), "--body-fat", AthleteSettings.ParseBodyFatFraction),
                Parse(parseResult.GetValue(status), "--training-status", AthleteSettings.ParseTrainingStatus),
                Parse(parseResult.GetValue(testosterone), "--resting-testosterone", AthleteSettings.ParseMorningTestosteroneNmolPerL));
            return Run(context, parseResult.GetValue(db), AthleteName(parseResult.GetValue(athlete)), changes, parseResult.GetValue(resetFit), parseResult.GetValue(json));
        });
        return command;
    }

    /// <summary>The shared <c>--athlete NAME</c> option.</summary>
    internal static Option<string?> AthleteOption() => new("--athlete")
    {
        Description = $"Whose profile and log (default: {SurgeStore.DefaultAthlete}).",
        HelpName = "NAME",
    };

    /// <summary>The athlete's name, checked: <c>default</c> when not given; not blank, at most 200 characters.</summary>
    internal static string AthleteName(string? name)
    {
        if (name is null)
        {
            return SurgeStore.DefaultAthlete;
        }
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new CliException("--athlete: expected a name, got an empty one");
        }
        if (trimmed.Length > MaximumNameLength)
        {
            throw new CliException($"--athlete: a name is at most {MaximumNameLength} characters, got {trimmed.Length}");
        }
        return trimmed;
    }

    /// <summary>The athlete's number within the store's owner (1, 2, …: what the web API calls its id); null when not stored.</summary>
    internal static long? StoredNumber(SurgeStore store, string name) =>
        store.AthleteNumber(name);

    private static T? Parse<T>(string? text, string option, Func<string?, QuantityParseResult<T>> parse)
        where T : struct
    {
        if (text is null)
        {
            return null;
        }
        var result = parse(text);
        return result.Success ? result.Value : throw new CliException($"{option}: {result.Error}");
    }

    private static int Run(CliContext context, string? db, string name, AthleteSettings changes, bool resetFit, bool json)
    {
        AthleteSettings profile;
        long? number;
        try
        {
            if (resetFit)
            {
                // Clearing writes into an existing store only: a database that does not exist is refused, not created.
                using var existing = ImportCommand.OpenStoreForReading(db);
                profile = existing.ResetFit(name);
                if (!changes.IsEmpty)
                {
                    profile = existing.SaveProfile(changes, name);
                }
                number = StoredNumber(existing, name);
                context.Error.WriteLine($"cleared the fitted strength responsiveness of {name}: predictions use the population's average (1)");
            }
            else if (changes.IsEmpty)
            {
                // Showing writes nothing: a database that does not exist is refused, not created.
                using var existing = ImportCommand.OpenStoreForReading(db);
                profile = existing.Profile(name);
                number = StoredNumber(existing, name);
            }
            else
            {
                using var store = ImportCommand.OpenStore(db);
                profile = store.SaveProfile(changes, name);
                number = StoredNumber(store, name);
            }
        }
        catch (StoreException e)
        {
            throw new CliException("--db: " + e.Message);
        }

        if (json)
        {
            context.Out.WriteLine(AthleteOutput.Json(name, profile, number));
        }
        else
        {
            AthleteTable.Table(context.CreateConsole(), name, profile, number);
            if (profile.IsEmpty)
            {
                context.Out.WriteLine("No profile stored: predictions use these defaults. Set fields with e.g. surge athlete --sex female --age 31 --body-mass 61kg.");
            }
        }
        return ExitCodes.Success;
    }
}
