namespace Surge.Storage;

/// <summary>
/// Imported workout logs in a database: SQLite by default, PostgreSQL when given a connection string.
/// Not thread-safe: one store per thread (the CLI opens one per command).
/// </summary>
public sealed partial class SurgeStore : IDisposable
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
