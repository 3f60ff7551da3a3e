using System.CommandLine;
using System.Globalization;
using Surge.App;
using Surge.Cli.Terminal;
using Surge.Files;
using Surge.Fitting;
using Surge.Import;
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
        var read = SampleReader.Load(samplesPath);
        if (read.Samples is not { } samples)
        {
            throw new CliException((read.Error ?? new InputError(samplesPath, null, null, "", "could not be read as samples")).ToString());
        }

        var session = parsed.Session!;
        var record = context.Simulator.Simulate(session);
        var lastMin = record.PointCount - 1;
        if (samples.FirstOrDefault(s => s.TimeMin > lastMin) is { } late)
        {
            throw new CliException(new InputError(samplesPath, late.Line, null, "t_min",
                string.Create(CultureInfo.InvariantCulture,
                    $"{late.TimeMin} min is outside the session: its record runs from 0 to {lastMin} min after the first set (the sets and record_until)")).ToString());
        }

        var fit = PersonFitter.Fit(session, samples, context.Simulator);
        if (storeFit)
        {
            double? Value(string name) => fit.Parameters.First(p => p.Name == name).Value;
            var changes = new Training.AthleteSettings(
                MorningTestosteroneNmolPerL: Value(PersonFitter.RestingTestosterone),
                GrowthHormoneResponse: Value(PersonFitter.GrowthHormoneResponse),
                CortisolResponse: Value(PersonFitter.CortisolResponse),
                LactateResponse: Value(PersonFitter.LactateResponse),
                LactateClearance: Value(PersonFitter.LactateClearance));
            var stored = fit.Parameters.Where(p => p.Value is not null).ToArray();
            if (stored.Length == 0)
            {
                throw new CliException("--store: the samples determine none of the fitted values (see the notes without --store); nothing stored");
            }
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
        IReadOnlyList<Logs.LoggedWorkout> workouts;
        Training.AthleteSettings profile;
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
            workouts = StoredHistory.ApplyMappings(store.Workouts(null, null, athleteName), store.Mappings(), context.Catalogue);
            profile = store.Profile(athleteName);
        }
        catch (StoreException e)
        {
            throw new CliException("--db: " + e.Message);
        }
        if (workouts.Count == 0)
        {
            throw new CliException($"--db: the log of {athleteName} holds no workouts; nothing to fit (import one: surge import FILE --format strong|hevy --athlete {athleteName})");
        }

        var fit = LogFitter.Fit(workouts, profile.ToAthlete(), context.Catalogue, context.ProgramSimulator);
        if (storeFit)
        {
            if (fit.StrengthResponsiveness is not { } factor)
            {
                var note = fit.Parameters.First(p => p.Name == LogFitter.StrengthResponsiveness).Note;
                throw new CliException($"--store: the log does not determine strength_responsiveness ({note}); nothing stored");
            }
            SaveToProfile(db, new Training.AthleteSettings(StrengthResponsiveness: factor), athleteName);
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
