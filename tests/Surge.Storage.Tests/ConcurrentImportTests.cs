using Npgsql;
using Surge.TestData;

namespace Surge.Storage.Tests;

/// <summary>
/// Imports racing for the same new rows on PostgreSQL: the loser of the unique-index race (23505) is run again and
/// skips what the winner stored; nobody sees the raw database message.
/// </summary>
public sealed class ConcurrentImportTests
{
    private static readonly TimeSpan _limit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A deterministic race: the first import holds its transaction open (rows written, not committed) until the
    /// second, started meanwhile, is seen waiting on the first's row lock; then the first commits and the second's
    /// insert of the same athlete fails with a unique violation.
    /// </summary>
    [PostgresFact]
    public void Import_LosingTheRaceForTheSameNewRows_IsRetried_AndSkipsTheWinnersRows()
    {
        using var database = new TestDatabase(Providers.Postgres);
        using (database.Open())
        {
        }
        using var first = SurgeStore.Open(database.Connection);
        using var second = SurgeStore.Open(database.Connection);
        var log = LogGenerator.Build(0, 8);
        Task<ImportResult>? racing = null;
        first.BeforeImportCommit = () =>
        {
            racing = Task.Run(() => second.Import(log, "b.csv"));
            WaitUntilSomeoneWaitsForALock(database.Connection);
            first.BeforeImportCommit = null;
        };

        var won = first.Import(log, "a.csv");

        Assert.NotNull(racing);
        Assert.True(racing!.Wait(_limit), "the second import did not finish");
        Assert.Equal(new ImportResult(8, 0, 48, 0), won);
        Assert.Equal(new ImportResult(0, 8, 0, 0), racing.Result);
        Assert.True(second.ConflictRetries >= 1, "the second import never met the unique violation: the test raced nothing");
        Assert.Equal(8, first.Workouts().Count);
    }

    /// <summary>
    /// Two new athletes of one owner at once: both take the owner's next number, the second's insert waits on the
    /// first's (owner, number) row and fails with a unique violation once the first commits; run again, it takes the
    /// number after.
    /// </summary>
    [PostgresFact]
    public void Import_TwoNewAthletesOfOneOwnerAtOnce_GetNumbers1And2()
    {
        using var database = new TestDatabase(Providers.Postgres);
        using (database.Open())
        {
        }
        using var first = SurgeStore.Open(database.Connection, "user-ada");
        using var second = SurgeStore.Open(database.Connection, "user-ada");
        Task<ImportResult>? racing = null;
        first.BeforeImportCommit = () =>
        {
            racing = Task.Run(() => second.Import(LogGenerator.Build(0, 2), "b.csv", athlete: "bob"));
            WaitUntilSomeoneWaitsForALock(database.Connection);
            first.BeforeImportCommit = null;
        };

        first.Import(LogGenerator.Build(0, 3), "a.csv", athlete: "ann");

        Assert.NotNull(racing);
        Assert.True(racing!.Wait(_limit), "the second import did not finish");
        Assert.Equal(new ImportResult(2, 0, 12, 0), racing.Result);
        Assert.True(second.ConflictRetries >= 1, "the second import never met the unique violation: the test raced nothing");
        Assert.Equal([("ann", 1L), ("bob", 2L)], first.Athletes().Select(a => (a.Name, a.Number)));
    }

    /// <summary>Four first imports of one export at once (the reported case was three): all succeed, each workout stored once.</summary>
    [PostgresFact]
    public void Import_FourAtOnceIntoAFreshDatabase_AllSucceed_EachWorkoutStoredOnce()
    {
        using var database = new TestDatabase(Providers.Postgres);
        using (database.Open())
        {
        }
        var log = LogGenerator.Build(0, 30);
        using var start = new Barrier(4);
        var imports = Enumerable.Range(0, 4).Select(i => Task.Run(() =>
        {
            using var store = SurgeStore.Open(database.Connection);
            start.SignalAndWait(_limit);
            return store.Import(log, $"export{i}.csv");
        })).ToArray();

        Assert.True(Task.WaitAll(imports, _limit), "the imports did not finish");
        Assert.Equal(30, imports.Sum(t => t.Result.WorkoutsAdded));
        Assert.Equal(90, imports.Sum(t => t.Result.WorkoutsPresent));
        using var check = SurgeStore.Open(database.Connection);
        Assert.Equal(30, check.Workouts().Count);
        Assert.Equal(180, check.Workouts().Sum(w => w.Sets.Count));
    }

    private static void WaitUntilSomeoneWaitsForALock(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresFactAttribute.Connection!).ConnectionString);
        connection.Open();
        var deadline = DateTime.UtcNow + _limit;
        while (DateTime.UtcNow < deadline)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM pg_stat_activity WHERE datname = @db AND wait_event_type = 'Lock'";
            command.Parameters.AddWithValue("db", database!);
            if ((long)command.ExecuteScalar()! > 0)
            {
                return;
            }
            Thread.Sleep(20);
        }
        Assert.Fail("the second import never waited for the first's rows");
    }
}
