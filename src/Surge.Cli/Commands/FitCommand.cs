using System.CommandLine;
using System.Globalization;
using Surge.App;
using Surge.Cli.Terminal;
using Surge.Files;
using Surge.Fitting;
using Surge.Reports;
using Surge.Storage;

namespace Surge.Cli.Commands;

/// <summary>
/// <c>surge fit --session FILE --samples CSV [--json] [--store [--db CONN] [--athlete NAME]]</c>: fits the person's
/// parameters to their measured samples; <c>--store</c> keeps every value the samples determine in the athlete's profile.
/// <c>surge fit [--db CONN] [--athlete NAME] [--json] [--store]</c> (no session, no samples): fits the athlete's strength
/// responsiveness to the e1RM trend of their imported log; <c>--store</c> keeps it in the profile.
/// </summary>
public static class FitCommand
{
    public static Command Create(CliContext context)
    {
        var session = new Option<string?>("--session") { Description = "The session file the samples were taken in (YAML or JSON).", HelpName = "FILE" };
        var samples = new Option<string?>("--samples") { Description = "Measured samples: CSV t_min,measure,value,unit (the layout of surge simulate --csv).", HelpName = "CSV" };
        var json = new Option<bool>("--json") { Description = "Write the fit as one JSON object to stdout (formats.md)." };
        var store = new Option<bool>("--store") { Description = "Store the fitted values the samples determine (resting testosterone and the GH, cortisol and lactate factors; from a log, the strength responsiveness) in the athlete's profile (surge athlete), so later predictions (surge history) use them." };
        var db = ImportCommand.DbOption();
        var athlete = AthleteCommand.AthleteOption();
        var command = new Command("fit", "Fit the person's habitual resting testosterone and their growth-hormone, cortisol and lactate response (and lactate clearance) to their own blood samples of a session, or (without --session and --samples) their strength responsiveness to the e1RM trend of their imported log (Levenberg–Marquardt, with standard errors).")
        {
            session, samples, json, store, db, athlete,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(session), parseResult.GetValue(samples), parseResult.GetValue(json),
            parseResult.GetValue(store), parseResult.GetValue(db), AthleteCommand.AthleteName(parseResult.GetValue(athlete))));
        return command;
    }

    private static int Run(CliContext context, string? sessionPath, string? samplesPath, bool json, bool storeFit, string? db, string athleteName)
    {
        if (sessionPath is null && samplesPath is null)
        {
            return RunLog(context, json, storeFit, db, athleteName);
        }
        if (sessionPath is null || samplesPath is null)
        {
            throw new CliException("surge fit: give both --session FILE and --samples CSV (samples of a session), or neither to fit the imported log (--db CONN)");
        }
        if (storeFit)
        {
            ImportCommand.CheckDatabaseNotAnInput(db, [sessionPath, samplesPath]);
        }
        var parsed = InputFiles.LoadSession(sessionPath, context.Catalogue);
        if (!parsed.Success)
        {
            throw new CliException((parsed.Error ?? new InputError(sessionPath, null, null, "", "could not be read as a session file")).ToString());
        }
        foreach (var warning in parsed.Warnings)
        {
            context.Warn(warning.ToString());
        }
        var read = InputFiles.LoadSamples(samplesPath);
        if (read.Samples is not { } samples)
        {
            throw new CliException((read.Error ?? new InputError(samplesPath, null, null, "", "could not be read as samples")).ToString());
        }

        var fit = Fits.FitSession(parsed.Session!, samples, samplesPath, context.Simulator);
        if (storeFit)
        {
            var changes = Fits.ProfileChanges(fit);
            var stored = fit.Parameters.Where(p => p.Value is not null).ToArray();
            SaveToProfile(db, changes, athleteName);
            context.Error.WriteLine($"stored {string.Join(", ", stored.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Value:0.###}{(p.Unit == "1" ? "" : " " + p.Unit)}")))} in the profile of {athleteName}; "
                + $"surge history uses them (surge athlete --athlete {athleteName} --reset-fit clears the factors)");
        }
        if (json)
        {
            context.Out.WriteLine(FitOutput.Json(fit));
        }
        else
        {
            FitTables.Table(context.CreateConsole(), fit);
        }
        return ExitCodes.Success;
    }

    /// <summary>The fit of the athlete's strength responsiveness to their stored log (formats.md, "surge fit --db").</summary>
    private static int RunLog(CliContext context, bool json, bool storeFit, string? db, string athleteName)
    {
        LogFit fit;
        SurgeStore Open()
        {
            try
            {
                return ImportCommand.OpenStoreForReading(db);
            }
            catch (CliException e) when (db is null)
            {
                // Nothing given at all: say both ways of fitting, then why the default store did not serve.
                throw new CliException($"surge fit: give --session FILE and --samples CSV to fit samples of a session, or --db CONN to fit the imported log ({e.Message})");
            }
        }
        try
        {
            using var store = Open();
            if (!store.Athletes().Any(a => a.Name == athleteName))
            {
                var names = store.Athletes().OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => AthleteOutput.Title(a.Name, a.Number)).ToArray();
                throw new CliException($"--athlete: no athlete '{athleteName}' in {store.Location}"
                    + (names.Length == 0 ? " (it holds none: import a log first, surge import FILE --format strong|hevy)" : $"; it holds {string.Join(", ", names)}"));
            }
            fit = Fits.FitLog(store, athleteName, context.Catalogue, context.ProgramSimulator);
        }
        catch (StoreException e)
        {
            throw new CliException("--db: " + e.Message);
        }
        if (storeFit)
        {
            var changes = Fits.ProfileChanges(fit);
            var factor = changes.StrengthResponsiveness!.Value;
            SaveToProfile(db, changes, athleteName);
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stored strength responsiveness {factor:0.###} in the profile of {athleteName}; surge history uses it (surge athlete --athlete {athleteName} --reset-fit clears it)"));
        }
        if (json)
        {
            context.Out.WriteLine(FitOutput.Json(fit));
        }
        else
        {
            FitTables.Table(context.CreateConsole(), fit);
        }
        return ExitCodes.Success;
    }

    /// <summary>Stores the fitted <paramref name="changes"/> in the athlete's profile (the other fields unchanged).</summary>
    private static void SaveToProfile(string? db, Training.AthleteSettings changes, string athleteName)
    {
        try
        {
            using var store = ImportCommand.OpenStore(db);
            store.SaveProfile(changes, athleteName);
        }
        catch (StoreException e)
        {
            throw new CliException("--db: " + e.Message);
        }
    }
}
