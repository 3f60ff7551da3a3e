using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Surge.Logs;
using Surge.Training;

namespace Surge.Storage;

/// <summary>
/// Imported workout logs in a database: SQLite by default, PostgreSQL when given a connection string.
/// Not thread-safe: one store per thread (the CLI opens one per command).
/// </summary>
public sealed class SurgeStore : IDisposable
{
    public const string DefaultAthlete = "default";

    /// <summary>The owner of the command line's data (the web app's accounts own theirs by user id).</summary>
    public const string LocalOwner = "";

    private readonly SurgeContext _db;

    private SurgeStore(SurgeContext db, StoreProvider provider, string display, string owner)
    {
        _db = db;
        Provider = provider;
        Location = display;
        Owner = owner;
    }

    /// <summary>
    /// Whose data this store reads and writes: every athlete, workout, import and mapping it touches belongs to this owner;
    /// another owner's rows are invisible through it.
    /// </summary>
    public string Owner { get; }

    /// <summary>The engine in use.</summary>
    public StoreProvider Provider { get; }

    /// <summary>Where the data lives: the SQLite file's full path, or "postgres host:port/database" (no password).</summary>
    public string Location { get; }

    /// <summary>Test hook: runs inside the import transaction after the rows are written, before the commit.</summary>
    internal Action? BeforeImportCommit { get; set; }

    /// <summary>
    /// Opens (creating if needed) the database named by <paramref name="connection"/>: a file path (SQLite) or a
    /// PostgreSQL connection string (<c>Host=…;Database=…;Username=…</c> or <c>postgres://user:pass@host:port/db</c>).
    /// null → the SURGE_DB environment variable → surge.db in the user's data folder. Applies pending migrations.
    /// </summary>
    /// <param name="connection">The database (see above).</param>
    /// <param name="owner">Whose data to read and write (<see cref="LocalOwner"/> for the command line).</param>
    /// <exception cref="StoreException">Bad string, unreachable server, unwritable path.</exception>
    public static SurgeStore Open(string? connection, string owner = LocalOwner) => Open(connection, owner, migrate: true);

    /// <summary>
    /// As <see cref="Open(string?, string)"/>; with <paramref name="migrate"/> false the migrations are not checked (a
    /// server that migrated the database at start-up opens one store per request without asking again).
    /// </summary>
    /// <exception cref="StoreException">Bad string, unreachable server, unwritable path.</exception>
    public static SurgeStore Open(string? connection, string owner, bool migrate)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var target = ConnectionTarget.Resolve(connection);
        SurgeContext db = target.Provider == StoreProvider.Sqlite ? OpenSqlite(target) : OpenPostgres(target);
        try
        {
            if (migrate)
            {
                db.Database.Migrate();
            }
            return new SurgeStore(db, target.Provider, target.Display, owner);
        }
        catch (Exception e) when (e is not StoreException and not OutOfMemoryException)
        {
            db.Dispose();
            throw new StoreException($"cannot open the database {target.Display}: {Innermost(e)}", e);
        }
    }

    /// <summary>The SQLite file <paramref name="connection"/> names (resolved as <see cref="Open(string?, string)"/> does), or null for PostgreSQL.</summary>
    /// <exception cref="StoreException">Bad string.</exception>
    public static string? SqlitePath(string? connection)
    {
        var target = ConnectionTarget.Resolve(connection);
        return target.Provider == StoreProvider.Sqlite ? target.Display : null;
    }

    /// <summary>
    /// As <see cref="Open(string?, string)"/>, but returns null instead of creating a SQLite database that does not exist yet (for
    /// read-only uses such as a dry run). A PostgreSQL database is opened as with <see cref="Open(string?, string)"/>.
    /// </summary>
    /// <exception cref="StoreException">Bad string, unreachable server.</exception>
    public static SurgeStore? OpenExisting(string? connection, string owner = LocalOwner)
    {
        var target = ConnectionTarget.Resolve(connection);
        return Exists(target) ? Open(connection, owner) : null;
    }

    /// <summary>
    /// Opens the database named by <paramref name="connection"/> for reading: as <see cref="Open(string?, string)"/>, but
    /// a database that does not exist (a SQLite file, or a PostgreSQL database on a reachable server) is an error, and
    /// nothing is created — no folder, no empty file, no database — so a mistyped path is reported, not papered over.
    /// </summary>
    /// <exception cref="StoreException">Bad string, unreachable server, no such database.</exception>
    public static SurgeStore OpenForReading(string? connection, string owner = LocalOwner)
    {
        var target = ConnectionTarget.Resolve(connection);
        if (!Exists(target))
        {
            throw new StoreException(target.Provider == StoreProvider.Sqlite
                ? $"no database at '{target.Display}'" + (Directory.Exists(target.Display) ? " (it is a folder)" : "")
                : $"the database {target.Display} does not exist");
        }
        return Open(connection, owner);
    }

    /// <summary>Whether the database exists, creating nothing (for PostgreSQL: asks the server).</summary>
    /// <summary>
    /// Whether the PostgreSQL database <paramref name="connection"/> names exists now (asked of the server; nothing is
    /// created); null for a SQLite file (whose files the caller sees itself).
    /// </summary>
    /// <exception cref="StoreException">Bad string, unreachable server.</exception>
    public static bool? PostgresDatabaseExists(string? connection)
    {
        var target = ConnectionTarget.Resolve(connection);
        return target.Provider == StoreProvider.PostgreSql ? Exists(target) : null;
    }

    /// <summary>
    /// Drops the PostgreSQL database <paramref name="connection"/> names, if it exists, from the server's maintenance
    /// database (<c>postgres</c>). For a command that created the database and then failed: only this process's pooled
    /// connections to it are closed first, so a database someone else has begun to use is not dropped (the server
    /// refuses while others are connected, and that refusal is this method's <see cref="StoreException"/>).
    /// </summary>
    /// <exception cref="StoreException">Not a PostgreSQL connection, unreachable server, the database in use, or not allowed.</exception>
    public static void DropPostgresDatabase(string? connection)
    {
        var target = ConnectionTarget.Resolve(connection);
        if (target.Provider != StoreProvider.PostgreSql)
        {
            throw new StoreException($"{target.Display} is not a PostgreSQL database");
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(target.ConnectionString);
        var name = builder.Database!;
        using (var own = new Npgsql.NpgsqlConnection(target.ConnectionString))
        {
            Npgsql.NpgsqlConnection.ClearPool(own);
        }
        builder.Database = "postgres";
        try
        {
            using var maintenance = new Npgsql.NpgsqlConnection(builder.ConnectionString);
            maintenance.Open();
            using var command = maintenance.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            command.ExecuteNonQuery();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            throw new StoreException($"cannot drop the database {target.Display}: {Innermost(e)}", e);
        }
    }

    private static bool Exists(ConnectionTarget target)
    {
        if (target.Provider == StoreProvider.Sqlite)
        {
            return File.Exists(target.Display);
        }
        using var db = OpenPostgres(target);
        try
        {
            return db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>().Exists();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            throw new StoreException($"cannot open the database {target.Display}: {Innermost(e)}", e);
        }
    }

    /// <summary>
    /// Why the database named by <paramref name="connection"/> cannot serve requests — it does not exist, cannot be
    /// reached, or has migrations not yet applied — or null when it can. Creates nothing and applies nothing (a
    /// readiness probe).
    /// </summary>
    /// <exception cref="StoreException">Bad string.</exception>
    public static async Task<string?> NotReadyReasonAsync(string? connection, CancellationToken cancellation)
    {
        var target = ConnectionTarget.Resolve(connection);
        if (target.Provider == StoreProvider.Sqlite && !File.Exists(target.Display))
        {
            return "the database does not exist";
        }
        await using SurgeContext db = target.Provider == StoreProvider.Sqlite
            ? new SqliteSurgeContext(new DbContextOptionsBuilder<SqliteSurgeContext>().UseSqlite(target.ConnectionString).Options)
            : OpenPostgres(target);
        try
        {
            if (!await db.Database.CanConnectAsync(cancellation))
            {
                return "the database cannot be reached";
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellation)).Count();
            return pending == 0 ? null : $"{pending} database migration(s) not applied";
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or OperationCanceledException)
        {
            return "the database cannot be reached";
        }
    }

    private static SqliteSurgeContext OpenSqlite(ConnectionTarget target)
    {
        var folder = Path.GetDirectoryName(target.Display);
        try
        {
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot create the database folder {folder}: {e.Message}", e);
        }

        var options = new DbContextOptionsBuilder<SqliteSurgeContext>().UseSqlite(target.ConnectionString).Options;
        var db = new SqliteSurgeContext(options);
        try
        {
            // One connection for the store's lifetime, so the per-connection pragmas hold for every command.
            db.Database.OpenConnection();
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
            db.Database.ExecuteSqlRaw("PRAGMA synchronous=NORMAL;");
            db.Database.ExecuteSqlRaw("PRAGMA foreign_keys=ON;");
            return db;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            db.Dispose();
            throw new StoreException($"cannot open the database {target.Display}: {Innermost(e)}", e);
        }
    }

    private static PostgresSurgeContext OpenPostgres(ConnectionTarget target)
    {
        var options = new DbContextOptionsBuilder<PostgresSurgeContext>().UseNpgsql(target.ConnectionString).Options;
        return new PostgresSurgeContext(options);
    }

    /// <summary>
    /// Stores a log in one transaction: the athlete (created if new), every workout whose natural key is not yet stored
    /// for that athlete with its sets, and an import record. Workouts already stored (or repeated within the log) are
    /// skipped, so re-importing the same or an overlapping export adds nothing twice. Any failure rolls back everything.
    /// </summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="sourceFile">The file it came from (its name is recorded).</param>
    /// <param name="athlete">Whose log it is.</param>
    /// <param name="cancellation">
    /// Checked between the writes (the athlete, the workouts, each workout's sets) and just before the commit: once it
    /// is cancelled the import stops, rolls back and throws <see cref="OperationCanceledException"/>; nothing is stored.
    /// </param>
    /// <exception cref="StoreException">The database refused the rows (the store is left as it was).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled (nothing is stored).</exception>
    /// <remarks>
    /// Two imports at once into one database (two nodes, two terminals) can both find the athlete or a workout missing
    /// and both insert it; the database's unique indexes let one win, and the other fails with a unique violation
    /// (PostgreSQL's 23505, SQLite's constraint error). That loser is rolled back and run again — up to
    /// <see cref="ConflictAttempts"/> times — and then finds the winner's rows and skips them, exactly as a re-import
    /// does; the caller never sees the raw database message.
    /// </remarks>
    public ImportResult Import(WorkoutLog log, string sourceFile, string athlete = DefaultAthlete, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(sourceFile);
        ArgumentException.ThrowIfNullOrWhiteSpace(athlete);
        return RetryOnConflict(() => ImportOnce(log, sourceFile, athlete, cancellation), $"import of {Path.GetFileName(sourceFile)}");
    }

    /// <summary>How many times a write that lost a race for a unique row (see <see cref="Import"/>) is tried in all.</summary>
    public const int ConflictAttempts = 5;

    /// <summary>Test hook: counts the writes run again after losing a race for a unique row.</summary>
    internal int ConflictRetries { get; private set; }

    private T RetryOnConflict<T>(Func<T> write, string what)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return write();
            }
            catch (StoreException e) when (IsUniqueViolation(e))
            {
                if (attempt == ConflictAttempts)
                {
                    throw new StoreException(
                        $"{what} failed, nothing was stored: other writers to the same database stored the same rows at the same moment, {ConflictAttempts} times in a row; run it again (what is already stored is skipped)", e);
                }
                ConflictRetries++;
                // The winner has committed (the loser's insert waited for it); a short pause spreads out a crowd.
                Thread.Sleep(TimeSpan.FromMilliseconds(20 * attempt));
            }
        }
    }

    /// <summary>Whether <paramref name="e"/> (or an exception inside it) is a unique-index violation of either engine.</summary>
    internal static bool IsUniqueViolation(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            const int SqliteConstraintUnique = 2067;
            const int SqliteConstraintPrimaryKey = 1555;
            if (inner is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }
                || inner is Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey })
            {
                return true;
            }
        }
        return false;
    }

    private ImportResult ImportOnce(WorkoutLog log, string sourceFile, string athlete, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        _db.ChangeTracker.Clear();
        using var transaction = _db.Database.BeginTransaction();
        try
        {
            var now = DateTime.UtcNow;
            var athleteRow = FindOrAddAthlete(athlete, now);
            if (athleteRow.Id == 0)
            {
                _db.SaveChanges();
            }
            cancellation.ThrowIfCancellationRequested();

            var stored = _db.Workouts.Where(w => w.AthleteId == athleteRow.Id).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var import = new ImportRow
            {
                AthleteId = athleteRow.Id,
                File = Path.GetFileName(sourceFile),
                Format = log.Format,
                Layout = log.Layout,
                ImportedUtc = now,
            };
            var rows = new List<WorkoutRow>();
            var added = new List<LoggedWorkout>();
            foreach (var workout in log.Workouts)
            {
                if (!seen.Add(workout.Key))
                {
                    import.Duplicates++;
                }
                else if (stored.Contains(workout.Key))
                {
                    import.WorkoutsSkipped++;
                }
                else
                {
                    rows.Add(ToRow(workout, athleteRow.Id, import));
                    added.Add(workout);
                    import.SetsAdded += workout.Sets.Count;
                }
            }

            import.WorkoutsAdded = rows.Count;
            // Only the import record and the workouts go through EF (a few thousand rows): no change detection needed.
            _db.ChangeTracker.AutoDetectChangesEnabled = false;
            _db.Imports.Add(import);
            _db.Workouts.AddRange(rows);
            _db.SaveChanges();
            cancellation.ThrowIfCancellationRequested();
            SetBulkWriter.Write(_db, Provider, [.. rows.Select((row, i) => (row.Id, added[i]))], cancellation);
            BeforeImportCommit?.Invoke();
            // The last point to stop: once committed, the import is stored whole.
            cancellation.ThrowIfCancellationRequested();
            transaction.Commit();
            return new ImportResult(import.WorkoutsAdded, import.WorkoutsSkipped, import.SetsAdded, import.Duplicates);
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            transaction.Rollback();
            throw new StoreException($"import of {Path.GetFileName(sourceFile)} failed, nothing was stored: {Innermost(e)}", e);
        }
        catch
        {
            transaction.Rollback();
            throw;
        }
        finally
        {
            _db.ChangeTracker.AutoDetectChangesEnabled = true;
            _db.ChangeTracker.Clear();
        }
    }

    private static WorkoutRow ToRow(LoggedWorkout workout, long athleteId, ImportRow import)
    {
        // The sets are written by SetBulkWriter once the workouts have their ids.
        var row = new WorkoutRow
        {
            AthleteId = athleteId,
            Import = import,
            Key = workout.Key,
            Start = DateTime.SpecifyKind(workout.Start, DateTimeKind.Unspecified),
            Title = workout.Title,
            DurationSeconds = workout.Duration?.TotalSeconds,
        };
        return row;
    }

    /// <summary>The owner's athlete row named <paramref name="athlete"/>, added (not yet saved) when there is none.</summary>
    private AthleteRow FindOrAddAthlete(string athlete, DateTime now)
    {
        var row = _db.Athletes.FirstOrDefault(a => a.OwnerId == Owner && a.Name == athlete);
        if (row is null)
        {
            // The owner's next number; two writers adding an athlete for one owner at once collide on the unique
            // (owner, number) index, and the loser is run again (RetryOnConflict) and takes the next one.
            var number = (_db.Athletes.Where(a => a.OwnerId == Owner).Max(a => (long?)a.Number) ?? 0) + 1;
            row = new AthleteRow { OwnerId = Owner, Number = number, Name = athlete, CreatedUtc = now };
            _db.Athletes.Add(row);
        }
        return row;
    }

    /// <summary>
    /// The stored profile of the owner's athlete <paramref name="athlete"/>: the fields set with
    /// <see cref="SaveProfile"/>, <see cref="AthleteSettings.None"/> when nothing is set or there is no such athlete.
    /// </summary>
    public AthleteSettings Profile(string athlete = DefaultAthlete)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(athlete);
        var row = _db.Athletes.AsNoTracking().FirstOrDefault(a => a.OwnerId == Owner && a.Name == athlete);
        return row is null ? AthleteSettings.None : ToSettings(row);
    }

    /// <summary>
    /// Stores the fields <paramref name="changes"/> sets in the profile of <paramref name="athlete"/> (created if new),
    /// leaving the others as they were, in one transaction; returns the whole stored profile.
    /// </summary>
    /// <exception cref="StoreException">The database refused (nothing is stored).</exception>
    public AthleteSettings SaveProfile(AthleteSettings changes, string athlete = DefaultAthlete)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentException.ThrowIfNullOrWhiteSpace(athlete);
        return RetryOnConflict(() => SaveProfileOnce(changes, athlete), $"saving the profile of {athlete}");
    }

    /// <summary>
    /// Clears what <c>surge fit … --store</c> fitted into the profile of <paramref name="athlete"/> (the strength
    /// responsiveness from the log, the acute response factors from samples), leaving the other fields (the resting
    /// testosterone, which the person may also have measured and typed, stays); returns the whole stored profile (<see cref="AthleteSettings.None"/>
    /// when there is no such athlete: nothing is created).
    /// </summary>
    /// <exception cref="StoreException">The database refused (nothing is changed).</exception>
    public AthleteSettings ResetFit(string athlete = DefaultAthlete)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(athlete);
        _db.ChangeTracker.Clear();
        try
        {
            var row = _db.Athletes.FirstOrDefault(a => a.OwnerId == Owner && a.Name == athlete);
            if (row is null)
            {
                return AthleteSettings.None;
            }
            if (ToSettings(row).HasFits)
            {
                row.StrengthResponsiveness = null;
                row.GrowthHormoneResponse = null;
                row.CortisolResponse = null;
                row.LactateResponse = null;
                row.LactateClearance = null;
                row.ProfileUpdatedUtc = DateTime.UtcNow;
                _db.SaveChanges();
            }
            return ToSettings(row);
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            throw new StoreException($"resetting the fit of {athlete} failed, nothing was changed: {Innermost(e)}", e);
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    private AthleteSettings SaveProfileOnce(AthleteSettings changes, string athlete)
    {
        _db.ChangeTracker.Clear();
        using var transaction = _db.Database.BeginTransaction();
        try
        {
            var now = DateTime.UtcNow;
            var row = FindOrAddAthlete(athlete, now);

            var merged = ToSettings(row).Update(changes);
            row.Sex = merged.Sex;
            row.AgeYears = merged.AgeYears;
            row.BodyMassKg = merged.BodyMassKg;
            row.BodyFatFraction = merged.BodyFatFraction;
            row.TrainingStatus = merged.TrainingStatus;
            row.MorningTestosteroneNmolPerL = merged.MorningTestosteroneNmolPerL;
            row.StrengthResponsiveness = merged.StrengthResponsiveness;
            row.GrowthHormoneResponse = merged.GrowthHormoneResponse;
            row.CortisolResponse = merged.CortisolResponse;
            row.LactateResponse = merged.LactateResponse;
            row.LactateClearance = merged.LactateClearance;
            row.ProfileUpdatedUtc = now;
            _db.SaveChanges();
            transaction.Commit();
            return merged;
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            transaction.Rollback();
            throw new StoreException($"saving the profile of {athlete} failed, nothing was stored: {Innermost(e)}", e);
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    private static AthleteSettings ToSettings(AthleteRow row) =>
        new(row.Sex, row.AgeYears, row.BodyMassKg, row.BodyFatFraction, row.TrainingStatus, row.MorningTestosteroneNmolPerL, row.StrengthResponsiveness,
            row.GrowthHormoneResponse, row.CortisolResponse, row.LactateResponse, row.LactateClearance);

    /// <summary>Remembered exercise-name mappings (name as written → catalogue exercise); keys are case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Mappings()
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in _db.Mappings.AsNoTracking().Where(m => m.OwnerId == Owner).OrderBy(m => m.Id))
        {
            result[row.Name] = row.Target;
        }

        return result;
    }

    /// <summary>Adds or replaces mappings (matched case-insensitively); mappings not named are kept.</summary>
    public void SaveMappings(IReadOnlyDictionary<string, string> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        RetryOnConflict(() => SaveMappingsOnce(mappings), "saving the exercise mappings");
    }

    private bool SaveMappingsOnce(IReadOnlyDictionary<string, string> mappings)
    {
        _db.ChangeTracker.Clear();
        using var transaction = _db.Database.BeginTransaction();
        try
        {
            var existing = _db.Mappings.Where(m => m.OwnerId == Owner).ToDictionary(m => m.NormalizedName, StringComparer.Ordinal);
            foreach (var (name, target) in mappings)
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(mappings));
                ArgumentException.ThrowIfNullOrWhiteSpace(target, nameof(mappings));
                var normalized = Normalize(name);
                if (existing.TryGetValue(normalized, out var row))
                {
                    row.Name = name.Trim();
                    row.Target = target.Trim();
                }
                else
                {
                    row = new MappingRow { OwnerId = Owner, Name = name.Trim(), NormalizedName = normalized, Target = target.Trim() };
                    _db.Mappings.Add(row);
                    existing[normalized] = row;
                }
            }

            _db.SaveChanges();
            transaction.Commit();
            return true;
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            transaction.Rollback();
            throw new StoreException($"saving the exercise mappings failed: {Innermost(e)}", e);
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    private static string Normalize(string name) => name.Trim().ToUpperInvariant();

    /// <summary>
    /// The athlete's stored workouts starting on or after <paramref name="from"/> and on or before <paramref name="to"/>
    /// (whole days, inclusive), in start order, each with its sets in order.
    /// </summary>
    public IReadOnlyList<LoggedWorkout> Workouts(DateOnly? from = null, DateOnly? to = null, string athlete = DefaultAthlete) =>
        Workouts(_db.Workouts.AsNoTracking().Where(w => w.Athlete!.OwnerId == Owner && w.Athlete.Name == athlete), from, to);

    /// <summary>
    /// As <see cref="Workouts(DateOnly?, DateOnly?, string)"/> for the owner's athlete with this number
    /// (<see cref="AthleteSummary.Number"/>; none when the owner has no such athlete).
    /// </summary>
    public IReadOnlyList<LoggedWorkout> Workouts(long athleteNumber, DateOnly? from = null, DateOnly? to = null) =>
        Workouts(_db.Workouts.AsNoTracking().Where(w => w.Athlete!.OwnerId == Owner && w.Athlete.Number == athleteNumber), from, to);

    /// <summary>
    /// As <see cref="Workouts(long, DateOnly?, DateOnly?)"/> (the athlete by its number), but at most the latest <paramref name="maximumSets"/> sets of
    /// the range, in whole workouts (the earliest workouts are left out; a single workout over the limit is read alone).
    /// </summary>
    /// <returns>The workouts read, and how many workouts and sets the whole range holds.</returns>
    public HistoryWindow LatestWorkouts(long athleteNumber, DateOnly? from, DateOnly? to, int maximumSets)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximumSets);
        var athleteId = _db.Athletes.AsNoTracking().Where(a => a.OwnerId == Owner && a.Number == athleteNumber).Select(a => (long?)a.Id).FirstOrDefault();
        if (athleteId is null)
        {
            return new HistoryWindow([], 0, 0);
        }
        var query = InRange(_db.Workouts.AsNoTracking().Where(w => w.AthleteId == athleteId), from, to);
        // One grouped query over the range (start and set count per workout, latest first), then the cut-off.
        var counts = query
            .OrderByDescending(w => w.Start)
            .ThenByDescending(w => w.Id)
            .Select(w => new { w.Start, Sets = w.Sets.Count })
            .ToList();
        long totalSets = 0;
        DateTime? since = null;
        var counted = 0;
        foreach (var workout in counts)
        {
            totalSets += workout.Sets;
            if (since is null && totalSets > maximumSets && counted > 0)
            {
                since = counts[counted - 1].Start;
            }
            counted++;
        }
        var window = since is { } cut ? query.Where(w => w.Start >= cut) : query;
        return new HistoryWindow(Workouts(window, null, null), counts.Count, totalSets);
    }

    private static IQueryable<WorkoutRow> InRange(IQueryable<WorkoutRow> query, DateOnly? from, DateOnly? to)
    {
        if (from is { } first)
        {
            var start = first.ToDateTime(TimeOnly.MinValue);
            query = query.Where(w => w.Start >= start);
        }

        if (to is { } last)
        {
            var end = last.AddDays(1).ToDateTime(TimeOnly.MinValue);
            query = query.Where(w => w.Start < end);
        }

        return query;
    }

    private List<LoggedWorkout> Workouts(IQueryable<WorkoutRow> query, DateOnly? from, DateOnly? to)
    {
        if (from is { } first)
        {
            var start = first.ToDateTime(TimeOnly.MinValue);
            query = query.Where(w => w.Start >= start);
        }

        if (to is { } last)
        {
            var end = last.AddDays(1).ToDateTime(TimeOnly.MinValue);
            query = query.Where(w => w.Start < end);
        }

        // Two projections (workouts, then their sets ordered by workout and order) and no entity materialisation:
        // 2,600 workouts / 65,000 sets read back in well under a second once warm.
        var workouts = query
            .OrderBy(w => w.Start)
            .ThenBy(w => w.Id)
            .Select(w => new { w.Id, w.Start, w.Title, w.DurationSeconds, w.Key })
            .ToList();
        var sets = _db.Sets.AsNoTracking()
            .Where(s => query.Select(w => w.Id).Contains(s.WorkoutId))
            .OrderBy(s => s.WorkoutId)
            .ThenBy(s => s.Order)
            .ThenBy(s => s.Id)
            .Select(s => new { s.WorkoutId, Set = new LoggedSet(s.Order, s.Kind, s.ExerciseName, s.Exercise, s.WeightKg, s.Reps, s.Rpe, s.RestSeconds, s.RestInferred, s.Line) })
            .ToList();

        var byWorkout = new Dictionary<long, List<LoggedSet>>(workouts.Count);
        foreach (var s in sets)
        {
            if (!byWorkout.TryGetValue(s.WorkoutId, out var list))
            {
                byWorkout[s.WorkoutId] = list = [];
            }

            list.Add(s.Set);
        }

        var result = new List<LoggedWorkout>(workouts.Count);
        foreach (var w in workouts)
        {
            var duration = w.DurationSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            IReadOnlyList<LoggedSet> workoutSets = byWorkout.TryGetValue(w.Id, out var list) ? list : [];
            result.Add(new LoggedWorkout(w.Start, w.Title, duration, workoutSets, w.Key));
        }

        return result;
    }

    /// <summary>All recorded imports, oldest first.</summary>
    public IReadOnlyList<ImportRecord> Imports() =>
        _db.Imports.AsNoTracking()
            .Where(i => i.Athlete!.OwnerId == Owner)
            .OrderBy(i => i.Id)
            .Select(i => new
            {
                i.Id,
                Athlete = i.Athlete!.Name,
                i.File,
                i.Format,
                i.Layout,
                i.ImportedUtc,
                i.WorkoutsAdded,
                i.WorkoutsSkipped,
                i.Duplicates,
                i.SetsAdded,
            })
            .AsEnumerable()
            .Select(i => new ImportRecord(
                i.Id,
                i.Athlete,
                i.File,
                i.Format,
                i.Layout,
                DateTime.SpecifyKind(i.ImportedUtc, DateTimeKind.Utc),
                i.WorkoutsAdded,
                i.WorkoutsSkipped,
                i.Duplicates,
                i.SetsAdded))
            .ToList();

    /// <summary>The owner's athletes with what is stored for each, by name.</summary>
    /// <summary>The number (1, 2, … within the owner; <see cref="AthleteSummary.Number"/>) of the owner's athlete named <paramref name="athlete"/>; null when none is stored.</summary>
    public long? AthleteNumber(string athlete = DefaultAthlete) =>
        _db.Athletes.AsNoTracking().Where(a => a.OwnerId == Owner && a.Name == athlete).Select(a => (long?)a.Number).FirstOrDefault();

    public IReadOnlyList<AthleteSummary> Athletes() => AthleteQuery(_db.Athletes.AsNoTracking().Where(a => a.OwnerId == Owner));

    /// <summary>The owner's athlete with this number (<see cref="AthleteSummary.Number"/>); null when the owner has none.</summary>
    public AthleteSummary? FindAthlete(long number) =>
        AthleteQuery(_db.Athletes.AsNoTracking().Where(a => a.OwnerId == Owner && a.Number == number)).SingleOrDefault();

    private List<AthleteSummary> AthleteQuery(IQueryable<AthleteRow> athletes) =>
        athletes
            .OrderBy(a => a.Name)
            .Select(a => new
            {
                a.Number,
                a.Name,
                Workouts = a.Workouts.Count,
                Sets = a.Workouts.SelectMany(w => w.Sets).Count(),
                First = a.Workouts.Min(w => (DateTime?)w.Start),
                Last = a.Workouts.Max(w => (DateTime?)w.Start),
            })
            .AsEnumerable()
            .Select(a => new AthleteSummary(
                a.Number,
                a.Name,
                a.Workouts,
                a.Sets,
                a.First is { } first ? DateOnly.FromDateTime(first) : null,
                a.Last is { } last ? DateOnly.FromDateTime(last) : null))
            .ToList();

    /// <summary>
    /// Deletes the owner's athlete with this number (<see cref="AthleteSummary.Number"/>) and everything stored for it
    /// (workouts, sets, import records) in one transaction; false (nothing deleted) when the owner has no such athlete.
    /// </summary>
    /// <exception cref="StoreException">The database refused (nothing is deleted).</exception>
    public bool DeleteAthlete(long number) =>
        Deleting($"deleting athlete {number} failed, nothing was deleted", () =>
            DeleteAthletes(_db.Athletes.Where(a => a.OwnerId == Owner && a.Number == number)) > 0);

    /// <summary>
    /// Deletes everything the owner has stored — every athlete with their workouts, sets and import records, and every
    /// exercise mapping — in one transaction (an account being closed). Returns the number of athletes deleted.
    /// </summary>
    /// <exception cref="StoreException">The database refused (nothing is deleted).</exception>
    public int DeleteOwnedData() =>
        Deleting("deleting the stored data failed, nothing was deleted", () =>
        {
            var deleted = DeleteAthletes(_db.Athletes.Where(a => a.OwnerId == Owner));
            _db.Mappings.Where(m => m.OwnerId == Owner).ExecuteDelete();
            return deleted;
        });

    /// <summary>Deletes <paramref name="athletes"/> and their sets, workouts and import records (children first).</summary>
    private int DeleteAthletes(IQueryable<AthleteRow> athletes)
    {
        _db.Sets.Where(s => athletes.Any(a => a.Id == s.Workout!.AthleteId)).ExecuteDelete();
        _db.Workouts.Where(w => athletes.Any(a => a.Id == w.AthleteId)).ExecuteDelete();
        _db.Imports.Where(i => athletes.Any(a => a.Id == i.AthleteId)).ExecuteDelete();
        return athletes.ExecuteDelete();
    }

    /// <summary>Runs <paramref name="delete"/> in one transaction; a database failure rolls it back and becomes a StoreException.</summary>
    private T Deleting<T>(string failure, Func<T> delete)
    {
        _db.ChangeTracker.Clear();
        using var transaction = _db.Database.BeginTransaction();
        try
        {
            var result = delete();
            transaction.Commit();
            return result;
        }
        catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException)
        {
            transaction.Rollback();
            throw new StoreException($"{failure}: {Innermost(e)}", e);
        }
    }

    /// <summary>
    /// Whether the database holds nothing of any owner: no athlete, import, exercise mapping, account or key (a database
    /// just created, or one whose only import failed). Lets a command that created the database remove it again.
    /// </summary>
    /// <exception cref="StoreException">The database cannot be read.</exception>
    public bool HoldsNothing()
    {
        try
        {
            return !_db.Athletes.Any() && !_db.Imports.Any() && !_db.Mappings.Any() && !_db.Users.Any() && !_db.DataProtectionKeys.Any();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            throw new StoreException($"cannot read the database {Location}: {Innermost(e)}", e);
        }
    }

    /// <summary>Migrations applied to the database (for tests and diagnostics).</summary>
    internal IReadOnlyList<string> AppliedMigrations() => [.. _db.Database.GetAppliedMigrations()];

    /// <summary>Migrations the code knows about.</summary>
    internal IReadOnlyList<string> KnownMigrations() => [.. _db.Database.GetMigrations()];

    public void Dispose() => _db.Dispose();

    private static string Innermost(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null && inner is not DbException)
        {
            inner = inner.InnerException;
        }

        return StoreException.OneLine(inner.Message);
    }
}
