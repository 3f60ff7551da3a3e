using System.CommandLine;
using System.Globalization;
using Surge.App;
using Surge.Cli.Terminal;
using Surge.Reports;
using Surge.Storage;

namespace Surge.Cli.Commands;

/// <summary><c>surge history [--db CONN] [--from DATE] [--to DATE] [--all] [--json] [--plot OUT] [--athlete NAME]</c>.</summary>
public static class HistoryCommand
{
    /// <summary>Sessions shown by default (the most recent).</summary>
    public const int DefaultSessionsShown = 20;

    /// <summary>Weeks of hard sets shown in the table.</summary>
    public const int WeeksShown = 8;

    public static Command Create(CliContext context)
    {
        var db = ImportCommand.DbOption();
        var from = new Option<string?>("--from") { Description = "First day analysed (YYYY-MM-DD).", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "Last day analysed (YYYY-MM-DD).", HelpName = "DATE" };
        var all = new Option<bool>("--all") { Description = $"Show every session, not only the last {DefaultSessionsShown}." };
        var json = new Option<bool>("--json") { Description = "Write the analysis as one JSON object to stdout (formats.md, \"surge history --json\")." };
        var plot = new Option<string?>("--plot") { Description = "Draw weekly hard sets per muscle group and the 12-week projection (.png or .svg).", HelpName = "OUT" };
        var athlete = new Option<string?>("--athlete") { Description = "Whose log to analyse, with their stored profile (surge athlete; default: default).", HelpName = "NAME" };
        var command = new Command("history", "Analyse the imported workout log: predicted responses, weekly hard sets per muscle, and a 12-week projection.")
        {
            db, from, to, all, json, plot, athlete,
        };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetValue(db),
            ParseDate(parseResult.GetValue(from), "--from"),
            ParseDate(parseResult.GetValue(to), "--to"),
            parseResult.GetValue(all),
            parseResult.GetValue(json),
            parseResult.GetValue(plot),
            AthleteCommand.AthleteName(parseResult.GetValue(athlete))));
        return command;
    }

    private static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliException($"{option}: '{text}' is not a date; expected YYYY-MM-DD");
    }

    private static int Run(CliContext context, string? db, DateOnly? from, DateOnly? to, bool all, bool json, string? plotPath, string athleteName)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw new CliException($"--from {HistoryImportOutput.IsoDate(f)} is after --to {HistoryImportOutput.IsoDate(t)}");
        }
        if (plotPath is not null)
        {
            PlotOutput.Validate(plotPath, "--plot", ImportCommand.DatabaseFiles(db));
        }
        HistoryRun run;
        long? number;
        try
        {
            using var store = ImportCommand.OpenStoreForReading(db);
            run = HistoryRuns.Analyze(store, athleteName, store.Workouts(from, to, athleteName), context.Catalogue, context.Simulator, context.ProgramSimulator);
            number = AthleteCommand.StoredNumber(store, athleteName);
        }
        catch (StoreException e)
        {
            throw new CliException("--db: " + e.Message);
        }

        var (report, profile) = (run.Report, run.Profile);
        if (plotPath is not null && report.Workouts > 0)
        {
            HistoryPlot.Write(plotPath, "--plot", report);
        }
        else if (plotPath is not null)
        {
            context.Warn("--plot: no workouts to draw; no file written");
        }
        if (json)
        {
            context.Out.WriteLine(HistoryJson.Write(report, athleteName, profile, athleteNumber: number));
        }
        else
        {
            HistoryTables.Write(context.CreateConsole(), report, all ? int.MaxValue : DefaultSessionsShown, WeeksShown, from, to, athleteName, profile, number);
        }
        return ExitCodes.Success;
    }
}
