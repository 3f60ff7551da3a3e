using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Surge.Storage;

/// <summary>A parsed --db value: a SQLite file or a PostgreSQL connection.</summary>
/// <param name="Provider">The engine.</param>
/// <param name="ConnectionString">The provider's own connection string.</param>
/// <param name="Display">What to show the user (path, or host:port/database; never the password).</param>
internal sealed record ConnectionTarget(StoreProvider Provider, string ConnectionString, string Display)
{
    public const string EnvironmentVariable = "SURGE_DB";

    /// <summary>The default database: surge.db in the user's data folder (e.g. ~/.local/share/surge/).</summary>
    public static string DefaultPath()
    {
        // DoNotVerify: on a fresh account ~/.local/share may not exist yet; without it .NET returns "" and the first
        // import would fail. Opening the store creates the folder.
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(data))
        {
            throw new StoreException("no user data folder to keep the default database in; pass --db PATH or set SURGE_DB");
        }

        return Path.Combine(data, "surge", "surge.db");
    }

    /// <summary>null or blank → SURGE_DB → the default file; then parse.</summary>
    public static ConnectionTarget Resolve(string? connection)
    {
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = Environment.GetEnvironmentVariable(EnvironmentVariable);
        }

        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = DefaultPath();
        }

        return Parse(connection.Trim());
    }

    public static ConnectionTarget Parse(string connection)
    {
        if (connection.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || connection.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(FromUrl(connection));
        }

        if (LooksLikeKeyValue(connection))
        {
            DbConnectionStringBuilder generic;
            try
            {
                generic = new DbConnectionStringBuilder { ConnectionString = connection };
            }
            catch (ArgumentException e)
            {
                throw new StoreException($"bad connection string: {e.Message}", e);
            }

            if (generic.ContainsKey("Host") || generic.ContainsKey("Server"))
            {
                try
                {
                    return Postgres(new NpgsqlConnectionStringBuilder(connection));
                }
                catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
                {
                    throw new StoreException($"bad PostgreSQL connection string: {e.Message}", e);
                }
            }

            if (generic.ContainsKey("Data Source") || generic.ContainsKey("DataSource") || generic.ContainsKey("Filename"))
            {
                try
                {
                    var sqlite = new SqliteConnectionStringBuilder(connection);
                    return Sqlite(sqlite.DataSource);
                }
                catch (Exception e) when (e is ArgumentException or FormatException)
                {
                    throw new StoreException($"bad SQLite connection string: {e.Message}", e);
                }
            }

            throw new StoreException(
                "bad connection string: expected a file path, 'Host=…;Database=…;Username=…' or 'postgres://user:pass@host:port/db'");
        }

        return Sqlite(connection);
    }

    private static bool LooksLikeKeyValue(string text)
    {
        var eq = text.IndexOf('=');
        if (eq <= 0)
        {
            return false;
        }

        var key = text[..eq].Trim();
        return key.Length > 0 && key.All(c => char.IsLetter(c) || c == ' ');
    }

    private static ConnectionTarget Sqlite(string path)
    {
        if (path == ":memory:")
        {
            throw new StoreException("an in-memory database keeps nothing; pass a file path");
        }

        string full;
        try
        {
            full = Path.GetFullPath(Environment.ExpandEnvironmentVariables(ExpandHome(path)));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new StoreException($"bad database path '{path}': {e.Message}", e);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // The store keeps one connection open for its lifetime; no pool keeps the file open after Dispose.
            Pooling = false,
        };
        return new ConnectionTarget(StoreProvider.Sqlite, builder.ToString(), full);
    }

    private static string ExpandHome(string path) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + path[1..]
            : path;

    private static ConnectionTarget Postgres(NpgsqlConnectionStringBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new StoreException("bad PostgreSQL connection string: no Host");
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            throw new StoreException("bad PostgreSQL connection string: no Database");
        }

        var display = $"postgres {builder.Host}:{builder.Port}/{builder.Database}";
        return new ConnectionTarget(StoreProvider.PostgreSql, builder.ConnectionString, display);
    }

    /// <summary>postgres://user:pass@host:port/db?sslmode=require → Npgsql's key=value form.</summary>
    internal static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        Uri uri;
        try
        {
            uri = new Uri(url);
        }
        catch (UriFormatException e)
        {
            throw new StoreException($"bad PostgreSQL URL: {e.Message}", e);
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
            if (!uri.IsDefaultPort && uri.Port > 0)
            {
                builder.Port = uri.Port;
            }

            if (uri.UserInfo.Length > 0)
            {
                var parts = uri.UserInfo.Split(':', 2);
                builder.Username = Uri.UnescapeDataString(parts[0]);
                if (parts.Length > 1)
                {
                    builder.Password = Uri.UnescapeDataString(parts[1]);
                }
            }

            var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            if (database.Length > 0)
            {
                builder.Database = database;
            }

            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=', 2);
                var key = Uri.UnescapeDataString(kv[0]);
                var value = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
                builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
            }

            return builder;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            throw new StoreException($"bad PostgreSQL URL: {e.Message}", e);
        }
    }
}
