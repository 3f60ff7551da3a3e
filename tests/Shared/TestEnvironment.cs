using System.Runtime.CompilerServices;

namespace Surge.Tests;

/// <summary>Keeps the tests out of the user's own files.</summary>
internal static class TestEnvironment
{
    /// <summary>
    /// Commands run without <c>--db</c> use SURGE_DB, else surge.db in the user's data folder: point it at a fresh,
    /// not yet existing file of this test run, so no test reads or writes the user's database, and a database some
    /// earlier run left there cannot change a result.
    /// </summary>
    [ModuleInitializer]
    internal static void UseAPrivateDefaultDatabase()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SURGE_DB")))
        {
            var folder = Path.Combine(Path.GetTempPath(), "surge-tests-default-db-" + Guid.NewGuid().ToString("N"));
            Environment.SetEnvironmentVariable("SURGE_DB", Path.Combine(folder, "surge.db"));
        }
    }
}
