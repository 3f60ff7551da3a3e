using System.CommandLine;
using System.Globalization;
using Surge.Files;
using Surge.Fitting;
using Surge.Import;
using Surge.Reports;

namespace Surge.Cli.Commands;

/// <summary>
/// <c>surge fit --session FILE --samples CSV [--json] [--store [--db CONN] [--athlete NAME]]</c>: fits the person's
/// parameters to their measured samples; <c>--store</c> keeps the fitted resting testosterone in the athlete's profile.
/// </summary>
public static class FitCommand
{
    public static Command Create(CliContext context)
    {
        var session = new Option<string?>("--session") { Description = "The session file the samples were taken in (YAML or JSON).", HelpName = "FILE" };
        var samples = new Option<string?>("--samples") { Description = "Measured samples: CSV t_min,measure,value,unit (the layout of surge simulate --csv).", HelpName = "CSV" };
        var json = new Option<bool>("--json") { Description = "Write the fit as one JSON object to stdout (formats.md)." };
        var store = new Option<bool>("--store") { Description = "Store the fitted resting testosterone in the athlete's profile (surge athlete), so later predictions use it." };
        var db = ImportCommand.DbOption();
        var athlete = AthleteCommand.AthleteOption();
        var command = new Command("fit", "Fit the person's habitual resting testosterone to their own blood samples of a session (Levenberg–Marquardt, with standard errors).")
        {
            session, samples, json, store, db, athlete,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(session), parseResult.GetValue(samples), parseResult.GetValue(json),
            parseResult.GetValue(store), parseResult.GetValue(db), AthleteCommand.AthleteName(parseResult.GetValue(athlete))));
        return command;
    }

    private static int Run(CliContext context, string? sessionPath, string? samplesPath, bool json, bool storeFit, string? db, string athleteName)
    {
        if (sessionPath is null || samplesPath is null)
        {
            throw new CliException("surge fit: give --session FILE and --samples CSV (fitting from an imported log, --db, is not available yet)");
        }
        if (storeFit)
        {
            ImportCommand.CheckDatabaseNotAnInput(db, [sessionPath, samplesPath]);
        }
        var parsed = SessionFile.Load(sessionPath, context.Catalogue);
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
            if (fit.Parameters.FirstOrDefault(p => p.Name == PersonFitter.RestingTestosterone) is not { Value: { } fitted })
            {
                throw new CliException("--store: the samples do not determine resting_testosterone (no testosterone samples); nothing stored");
            }
            try
            {
                using var profiles = ImportCommand.OpenStore(db);
                profiles.SaveProfile(new Training.AthleteSettings(MorningTestosteroneNmolPerL: fitted), athleteName);
            }
            catch (Storage.StoreException e)
            {
                throw new CliException("--db: " + e.Message);
            }
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stored resting testosterone {fitted:0.##} nmol/L in the profile of {athleteName} (surge athlete --athlete {athleteName})"));
        }
        if (json)
        {
            context.Out.WriteLine(FitOutput.Json(fit));
        }
        else
        {
            FitOutput.Table(context.CreateConsole(), fit);
        }
        return ExitCodes.Success;
    }
}
