using System.CommandLine;
using Spectre.Console;
using Surge.App;
using Surge.Catalogue;
using Surge.Cli.Terminal;
using Surge.Files;
using Surge.Import;
using Surge.Logs;
using Surge.Reports;
using Surge.Storage;

namespace Surge.Cli.Commands;

/// <summary><c>surge import FILE --format strong|hevy [--unit kg|lb] [--map MAPPING.yaml] [--db CONN] [--athlete NAME] [--dry-run] [--json]</c>.</summary>
public static class ImportCommand
{
    /// <summary>Test hook: runs once the store is open for the import, before anything is written (scoped to the caller's flow).</summary>
    internal static readonly AsyncLocal<Action?> AfterStoreOpened = new();

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The CSV export of Strong or Hevy." };
        var format = new Option<string>("--format") { Description = "Which app wrote the file: strong or hevy.", Required = true, HelpName = "strong|hevy" };
        format.AcceptOnlyFromAmong("strong", "hevy");
        var unit = new Option<string?>("--unit") { Description = "Weight unit where the file does not say (Strong's comma layout): kg or lb.", HelpName = "kg|lb" };
        unit.AcceptOnlyFromAmong("kg", "lb");
        var map = new Option<string?>("--map") { Description = "YAML file mapping unknown exercise names to catalogue exercises (mappings: {\"Name\": \"exercise\"}); remembered for later imports.", HelpName = "MAPPING.yaml" };
        var db = DbOption();
        var athlete = new Option<string?>("--athlete") { Description = "Whose log this is (default: default); surge history --athlete NAME analyses it with NAME's profile.", HelpName = "NAME" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and summarise the file without writing to the database." };
        var json = new Option<bool>("--json") { Description = "Write the summary as one JSON object to stdout." };
        var command = new Command("import", "Import a workout log exported from Strong or Hevy into the database.")
        {
            file, format, unit, map, db, athlete, dryRun, json,
        };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetRequiredValue(file),
            parseResult.GetRequiredValue(format) == "hevy" ? LogFormat.Hevy : LogFormat.Strong,
            parseResult.GetValue(unit) switch { "kg" => WeightUnit.Kg, "lb" => WeightUnit.Lb, _ => null },
            parseResult.GetValue(map),
            parseResult.GetValue(db),
            AthleteCommand.AthleteName(parseResult.GetValue(athlete)),
            parseResult.GetValue(dryRun),
            parseResult.GetValue(json)));
        return command;
    }

    /// <summary>The shared <c>--db CONN</c> option.</summary>
    internal static Option<string?> DbOption() => new("--db")
    {
        Description = "Database: a SQLite file path or a PostgreSQL connection string (default: SURGE_DB, else the default SQLite file).",
        HelpName = "CONN",
    };

    /// <summary>The SQLite file <paramref name="connection"/> names, as a list of none or one (outputs must not overwrite it).</summary>
    internal static IReadOnlyList<string> DatabaseFiles(string? connection)
    {
        try
        {
            return SurgeStore.SqlitePath(connection) is { } path ? [path] : [];
        }
        catch (StoreException e)
        {
            throw new CliException("--db: " + e.Message);
        }
    }

    /// <summary>Refuses a SQLite <c>--db</c> that is one of <paramref name="inputs"/> (by identity): writing the store would destroy it.</summary>
    internal static void CheckDatabaseNotAnInput(string? connection, IEnumerable<string> inputs)
    {
        foreach (var database in DatabaseFiles(connection))
        {
            OutputFile.CheckNotAnInput(database, "--db", inputs, "writing the database would overwrite it: choose another database");
        }
    }

    /// <summary>Opens the store, turning its failures into bad-input errors.</summary>
    internal static SurgeStore? OpenExistingStore(string? connection)
    {
        try
        {
            return SurgeStore.OpenExisting(connection);
        }
        catch (StoreException e)
        {
            throw new CliException("--db: " + e.Message);
        }
    }

    /// <summary>
    /// Opens an existing store for reading: a database that does not exist is bad input (exit 2), and nothing is
    /// created (only commands that write — import, setting a profile, fit --store — create a database).
    /// </summary>
    internal static SurgeStore OpenStoreForReading(string? connection)
    {
        try
        {
            return SurgeStore.OpenForReading(connection);
        }
        catch (StoreException e)
        {
            var hint = e.Message.StartsWith("no database at", StringComparison.Ordinal) || e.Message.EndsWith("does not exist", StringComparison.Ordinal)
                ? "; check the path (nothing was created), or import a log first: surge import FILE --format strong|hevy --db CONN"
                : "";
            throw new CliException("--db: " + e.Message + hint);
        }
    }

    internal static SurgeStore OpenStore(string? connection)
    {
        try
        {
            return SurgeStore.Open(connection);
        }
        catch (StoreException e)
        {
            throw new CliException("--db: " + e.Message);
        }
    }

    private static int Run(CliContext context, string file, LogFormat format, WeightUnit? unit, string? mapPath, string? db, string athlete, bool dryRun, bool json)
    {
        if (!File.Exists(file))
        {
            throw new CliException(Directory.Exists(file) ? $"{file}: is a folder, not a file" : $"{file}: no such file");
        }
        CheckDatabaseNotAnInput(db, mapPath is null ? [file] : [file, mapPath]);
        var fileMappings = mapPath is null ? null : ReadMappings(mapPath, context.Catalogue);

        // The log is read before the database is opened: a file that is not an export (or any other bad input found
        // while reading it) leaves the database untouched and creates none.
        var log = Read(context, file, format, unit, fileMappings ?? new Dictionary<string, string>(), showProgress: !json);

        // A dry run writes nothing: it does not even create a database that does not exist yet.
        CreatedFiles? created;
        try
        {
            created = dryRun ? null : CreatedFiles.BeforeOpening(db);
        }
        catch (StoreException e)
        {
            throw new CliException("--db: " + e.Message);
        }
        SurgeStore? store = null;
        try
        {
            store = dryRun ? OpenExistingStore(db) : OpenStore(db);
            AfterStoreOpened.Value?.Invoke();
            IReadOnlyDictionary<string, string> stored;
            try
            {
                stored = store?.Mappings() ?? new Dictionary<string, string>();
            }
            catch (StoreException e)
            {
                throw new CliException("--db: " + e.Message);
            }
            // Mappings remembered from earlier imports apply too (those of --map win): read again if any names a
            // name the catalogue did not match.
            if (LogImports.NeedsStoredMappings(log, stored))
            {
                log = Read(context, file, format, unit, LogImports.Mappings(stored, fileMappings), showProgress: !json);
            }
            foreach (var warning in log.Warnings)
            {
                context.Warn(warning.ToString());
            }

            var outcome = Store(store, log, file, athlete, dryRun, fileMappings);
            var summary = HistoryImportOutput.Summarise(log, new ImportCounts(outcome.WorkoutsAdded, outcome.WorkoutsPresent, outcome.SetsAdded), dryRun);
            if (json)
            {
                context.Out.WriteLine(HistoryImportOutput.Json(summary));
            }
            else
            {
                ImportTables.Table(context.CreateConsole(), file, summary, fileMappings?.Count ?? 0, store?.Location, athlete);
            }
            return ExitCodes.Success;
        }
        catch (CliException) when (created is not null)
        {
            // The import stored nothing (it is one transaction); a database this run created goes too, if still empty.
            var empty = store?.HoldsNothing() ?? true;
            store?.Dispose();
            store = null;
            if (empty)
            {
                created.Remove();
            }
            throw;
        }
        finally
        {
            store?.Dispose();
        }
    }

    private static WorkoutLog Read(CliContext context, string file, LogFormat format, WeightUnit? unit, IReadOnlyDictionary<string, string> mappings, bool showProgress)
    {
        var result = Parse(context, file, format, unit, mappings, showProgress);
        return result.Log ?? throw new CliException(result.Error?.ToString() ?? $"{file}: cannot be read as a {format} export");
    }

    private static ImportResult Store(SurgeStore? store, WorkoutLog log, string file, string athlete, bool dryRun, IReadOnlyDictionary<string, string>? fileMappings)
    {
        try
        {
            return LogImports.Store(store, log, Path.GetFullPath(file), athlete, dryRun, fileMappings);
        }
        catch (StoreException e)
        {
            throw new CliException("--db: " + e.Message);
        }
    }

    private static WorkoutLogResult Parse(CliContext context, string file, LogFormat format, WeightUnit? unit, IReadOnlyDictionary<string, string> mappings, bool showProgress)
    {
        var catalogue = context.Catalogue;
        var terminal = showProgress && ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected;
        if (!terminal)
        {
            return InputFiles.LoadLog(file, new LogReadOptions(format, catalogue, unit, mappings));
        }
        WorkoutLogResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"reading {Path.GetFileName(file)}", maxValue: 1.0);
                result = InputFiles.LoadLog(file, new LogReadOptions(format, catalogue, unit, mappings, new TaskProgress(task)));
                task.Value = 1.0;
            });
        return result!;
    }

    /// <summary>Reports a fraction (0–1) read straight into a Spectre task (thread-safe, no synchronisation context).</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Clamp(value, 0.0, 1.0);
    }

    /// <summary>
    /// Reads a mapping file <c>mappings: {"App name": "catalogue exercise", …}</c> (<see cref="InputFiles.LoadMappings"/>);
    /// a file that cannot be read is an error of <c>--map</c>, one that does not parse names file:line:column.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> ReadMappings(string path, ExerciseCatalogue catalogue)
    {
        var result = InputFiles.LoadMappings(path, catalogue);
        if (result.Mappings is { } mappings)
        {
            return mappings;
        }
        var error = result.Error ?? new InputError(path, null, null, "", "could not be read as " + MappingFile.Expected);
        // Errors of the file as a whole (missing, too large, not text) say which option named it.
        throw new CliException(error.Line is null && error.Field.Length == 0 ? "--map: " + error : error.ToString());
    }
}
