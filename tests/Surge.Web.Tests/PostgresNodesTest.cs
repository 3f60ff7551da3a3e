namespace Surge.Web.Tests;

/// <summary>
/// A test class whose nodes share one fresh PostgreSQL database (named with <paramref name="prefix"/> and a random
/// suffix) and one temporary folder; both are removed when the test ends. Without SURGE_TEST_POSTGRES there is no
/// database and the tests (<see cref="PostgresFactAttribute"/>) are skipped.
/// </summary>
public abstract class PostgresNodesTest(string prefix) : IDisposable
{
    private readonly string? _admin = PostgresFactAttribute.Connection is { } admin ? new NpgsqlConnectionStringBuilder(admin).ConnectionString : null;
    private readonly string _name = prefix + Guid.NewGuid().ToString("N")[..16];

    /// <summary>The nodes' shared database; null when PostgreSQL is not configured.</summary>
    protected string? Connection => _admin is null ? null : new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;

    /// <summary>A temporary folder of the test (each node installs in its own subfolder).</summary>
    protected string Folder { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The nodes started, disposed at the end.</summary>
    protected List<ApiFactory> Started { get; } = [];

    public void Dispose()
    {
        foreach (var node in Started)
        {
            node.Dispose();
        }
        if (_admin is not null)
        {
            PostgresTestDatabase.Drop(_admin, _name);
        }
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
