using Npgsql;

namespace Surge.TestData;

/// <summary>Removes a test's own PostgreSQL database at the end of the test. Linked into the storage, CLI and web tests.</summary>
internal static class PostgresTestDatabase
{
    /// <summary>
    /// Drops database <paramref name="name"/> (if it exists, even with connections open) through
    /// <paramref name="adminConnection"/>, after closing this process's pooled connections.
    /// </summary>
    public static void Drop(string adminConnection, string name)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(adminConnection);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
