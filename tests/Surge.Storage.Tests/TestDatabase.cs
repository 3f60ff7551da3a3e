using Npgsql;
using Surge.TestData;

namespace Surge.Storage.Tests;

/// <summary>The providers the suite runs on: SQLite always, PostgreSQL when SURGE_TEST_POSTGRES holds a connection string.</summary>
public static class Providers
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string PostgresVariable = PostgresFactAttribute.Variable;

    public static string? PostgresConnection => PostgresFactAttribute.Connection;

    /// <summary>
    /// Theory data: PostgreSQL is included only when the variable is set, so it is never reported as passed without
    /// having run; <see cref="PostgresFactAttribute"/> reports it as skipped with the reason otherwise.
    /// </summary>
    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { Sqlite };
            if (PostgresConnection is not null)
            {
                data.Add(Postgres);
            }

            return data;
        }
    }
}

/// <summary>Theory data: one case per provider of <see cref="Providers.All"/> (the test takes the provider's name).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllProvidersAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => Providers.All;
}

/// <summary>A fresh, empty database for one test: a temp SQLite file, or a new PostgreSQL database dropped afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _folder;
    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    public TestDatabase(string provider)
    {
        if (provider == Providers.Sqlite)
        {
            _folder = Path.Combine(Path.GetTempPath(), "surge-store-" + Guid.NewGuid().ToString("N")[..12]);
            Connection = Path.Combine(_folder, "nested", "surge.db");
        }
        else
        {
            var baseConnection = Providers.PostgresConnection
                ?? throw new InvalidOperationException($"{Providers.PostgresVariable} is not set");
            var builder = new NpgsqlConnectionStringBuilder(baseConnection);
            _adminConnection = builder.ConnectionString;
            _databaseName = "surge_t_" + Guid.NewGuid().ToString("N")[..16];
            builder.Database = _databaseName;
            Connection = builder.ConnectionString;
        }
    }

    /// <summary>What to pass to SurgeStore.Open.</summary>
    public string Connection { get; }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? File => _folder is null ? null : Connection;

    public SurgeStore Open() => SurgeStore.Open(Connection);

    public void Dispose()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        if (_adminConnection is not null)
        {
            PostgresTestDatabase.Drop(_adminConnection, _databaseName!);
        }
    }
}
