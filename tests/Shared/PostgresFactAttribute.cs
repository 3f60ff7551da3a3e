using Xunit;

namespace Surge.TestData;

/// <summary>
/// A fact that runs only against PostgreSQL: skipped, with the reason, when SURGE_TEST_POSTGRES holds no connection
/// string. CI sets it (and starts a server), so there these tests always run. Linked into the storage and web tests.
/// </summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "SURGE_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (Connection is null)
        {
            Skip = $"PostgreSQL not tested: set {Variable} to a connection string (CI does) to run this on PostgreSQL";
        }
    }

    /// <summary>The connection string of the test server, or null.</summary>
    public static string? Connection => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
