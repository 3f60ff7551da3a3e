using Surge.Storage;

namespace Surge.Cli.Commands;

/// <summary>
/// The files of a SQLite database (the file, its -wal, -shm and -journal) and the folders above it that did not
/// exist before a command ran — or, on PostgreSQL, the database itself when it did not exist — so that a command that
/// fails can remove what it created and nothing else.
/// </summary>
internal sealed class CreatedFiles
{
    /// <summary>Whether the PostgreSQL database named by <see cref="_connection"/> did not exist before.</summary>
    private bool _postgresCreated;

    private string? _connection;

    private static readonly string[] _suffixes = ["", "-wal", "-shm", "-journal"];

    private readonly List<string> _files = [];
    private readonly List<string> _folders = [];

    private CreatedFiles()
    {
    }

    /// <summary>Notes which of the files of the databases <paramref name="databases"/> (full paths) are missing now.</summary>
    public static CreatedFiles Before(IEnumerable<string> databases)
    {
        var missing = new CreatedFiles();
        foreach (var database in databases)
        {
            missing._files.AddRange(_suffixes.Select(suffix => database + suffix).Where(path => !Path.Exists(path)));
            // Deepest first, so that each is empty when it is removed.
            for (var folder = Path.GetDirectoryName(database); !string.IsNullOrEmpty(folder) && !Path.Exists(folder); folder = Path.GetDirectoryName(folder))
            {
                missing._folders.Add(folder);
            }
        }
        return missing;
    }

    /// <summary>
    /// Notes what of the database <paramref name="connection"/> (as <c>--db</c>) is missing now: a SQLite file's files
    /// and folders, or whether the PostgreSQL database exists (asked of the server).
    /// </summary>
    /// <exception cref="StoreException">Bad string, unreachable server.</exception>
    public static CreatedFiles BeforeOpening(string? connection)
    {
        if (SurgeStore.SqlitePath(connection) is { } path)
        {
            return Before([path]);
        }
        return new CreatedFiles { _postgresCreated = SurgeStore.PostgresDatabaseExists(connection) == false, _connection = connection };
    }

    /// <summary>
    /// Removes those of the noted files that exist now, then the noted folders that exist and are empty; drops a
    /// PostgreSQL database that did not exist before. Best effort: the command is failing already and reports why.
    /// </summary>
    public void Remove()
    {
        if (_postgresCreated)
        {
            try
            {
                SurgeStore.DropPostgresDatabase(_connection);
            }
            catch (StoreException)
            {
                // Left in place (in use, or the server went away): the failure being reported is the import's.
            }
        }
        foreach (var file in _files)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: the command is failing already and reports why.
            }
        }
        foreach (var folder in _folders)
        {
            try
            {
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }
}
