using Npgsql;
using Surge.TestData;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

/// <summary>
/// A first import into a PostgreSQL database that did not exist creates it; when that import then fails, the database
/// is dropped again (as the SQLite file and its folders are removed), and one that existed before is kept.
/// </summary>
public sealed class ImportPostgresCleanupTests : IDisposable
{
    private readonly string _name = "surge_cli_" + Guid.NewGuid().ToString("N")[..16];
    private readonly string? _admin;
    private readonly string? _connection;

    public ImportPostgresCleanupTests()
    {
        if (PostgresFactAttribute.Connection is not { } connection)
        {
            return;
        }
        var builder = new NpgsqlConnectionStringBuilder(connection);
        _admin = builder.ConnectionString;
        builder.Database = _name;
        _connection = builder.ConnectionString;
    }

    public void Dispose()
    {
        if (_admin is null)
        {
            return;
        }
        PostgresTestDatabase.Drop(_admin, _name);
    }

    [PostgresFact]
    public void Import_FailingAfterItCreatedThePostgresDatabase_DropsIt()
    {
        using var folder = new TemporaryFolder();
        Assert.False(DatabaseExists());

        var run = FailingImport(HistoryCliFiles.Hevy(folder), "default");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("simulated failure", run.Error);
        Assert.False(DatabaseExists());
    }

    [PostgresFact]
    public void Import_FailingOnAPostgresDatabaseThatExisted_KeepsIt()
    {
        using var folder = new TemporaryFolder();
        var log = HistoryCliFiles.Hevy(folder);
        Assert.Equal(0, CliRunner.Run("import", log, "--format", "hevy", "--db", _connection!, "--athlete", "a").ExitCode);
        var history = CliRunner.Run("history", "--db", _connection!, "--athlete", "a", "--json").Out;

        var run = FailingImport(log, "b");

        Assert.Equal(2, run.ExitCode);
        Assert.True(DatabaseExists());
        Assert.Equal(history, CliRunner.Run("history", "--db", _connection!, "--athlete", "a", "--json").Out);
    }

    private CliRun FailingImport(string log, string athlete)
    {
        Surge.Cli.Commands.ImportCommand.AfterStoreOpened.Value = () => throw new Surge.Cli.CliException("--db: simulated failure");
        try
        {
            return CliRunner.Run("import", log, "--format", "hevy", "--db", _connection!, "--athlete", athlete);
        }
        finally
        {
            Surge.Cli.Commands.ImportCommand.AfterStoreOpened.Value = null;
        }
    }

    private bool DatabaseExists()
    {
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_database WHERE datname = @name";
        command.Parameters.AddWithValue("name", _name);
        return (long)command.ExecuteScalar()! > 0;
    }
}
