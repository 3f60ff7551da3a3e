namespace Surge.Web;

/// <summary>The database of imported logs and accounts, as <c>--db</c> named it (null: SURGE_DB, else the default SQLite file).</summary>
public sealed class LogDatabase(string? connection)
{
    /// <summary>The connection as configured.</summary>
    public string? Connection { get; } = string.IsNullOrWhiteSpace(connection) ? null : connection;

    /// <summary>Creates the database or applies pending migrations.</summary>
    /// <exception cref="StoreException">The database cannot be opened.</exception>
    public void Migrate()
    {
        using var store = SurgeStore.Open(Connection);
    }

    /// <summary>
    /// A store that reads and writes only <paramref name="owner"/>'s data (one per request; not thread-safe). The
    /// migrations were applied at start-up (<see cref="Migrate"/>), so they are not checked again per request.
    /// </summary>
    public SurgeStore Open(string owner) => SurgeStore.Open(Connection, owner, migrate: false);
}
