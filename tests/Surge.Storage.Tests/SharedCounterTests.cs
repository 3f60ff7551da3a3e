using Npgsql;
using Surge.TestData;

namespace Surge.Storage.Tests;

/// <summary>The counters the web app's limits share through PostgreSQL (table rate_counters).</summary>
public sealed class SharedCounterTests
{
    private static readonly DateTimeOffset _start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan _minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void ForDatabase_Sqlite_IsNull()
    {
        using var database = new TestDatabase(Providers.Sqlite);
        Assert.Null(SharedCounters.ForDatabase(database.Connection));
    }

    [PostgresFact]
    public async Task Increment_TwoNodesAtOnce_EveryCountTakenOnce()
    {
        using var database = new TestDatabase(Providers.Postgres);
        using (database.Open())
        {
        }
        var nodes = new[] { SharedCounters.ForDatabase(database.Connection)!, SharedCounters.ForDatabase(database.Connection)! };
        var counts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => nodes[i % 2].IncrementAsync("simulations|203.0.113.7", _start, _minute))));
        // Atomic: 40 increments racing on one key answer 1, 2, …, 40, each once.
        Assert.Equal(Enumerable.Range(1, 40), counts.Order());
        Assert.Equal(40, await nodes[0].ReadAsync("simulations|203.0.113.7", _start, _minute));
    }

    [PostgresFact]
    public async Task Increment_AfterTheWindow_StartsAgainAndOldRowsArePruned()
    {
        using var database = new TestDatabase(Providers.Postgres);
        using (database.Open())
        {
        }
        var counters = SharedCounters.ForDatabase(database.Connection)!;
        Assert.Equal(1, await counters.IncrementAsync("a", _start, _minute));
        Assert.Equal(2, await counters.IncrementAsync("a", _start, _minute));
        Assert.Equal(1, await counters.IncrementAsync("b", _start, TimeSpan.FromMinutes(5)));
        Assert.Equal(2, await counters.ReadAsync("a", _start + TimeSpan.FromSeconds(59), _minute));
        Assert.Equal(0, await counters.ReadAsync("a", _start + _minute, _minute));

        // The next window counts from 1; a window counted from its first event lasts its length from there.
        Assert.Equal(1, await counters.IncrementAsync("a", _start + _minute, _minute));
        Assert.Equal(2, await counters.IncrementAsync("b", _start + TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5)));
        Assert.Equal(1, await counters.IncrementAsync("b", _start + TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5)));

        await counters.ResetAsync("a");
        Assert.Equal(0, await counters.ReadAsync("a", _start + _minute, _minute));

        // Rows whose window began more than the longest window ago are deleted by a later count.
        Assert.Equal(1, await counters.IncrementAsync("c", _start + TimeSpan.FromMinutes(5), _minute));
        Assert.Equal(1, await counters.IncrementAsync("d", _start + TimeSpan.FromMinutes(5) + SharedCounters.LongestWindow + _minute, _minute));
        Assert.Equal(["d"], await KeysAsync(database.Connection));
    }

    [Fact]
    public async Task Increment_BadArguments_SayTheValidRange()
    {
        // Checked before any connection is opened: no server is needed.
        var counters = SharedCounters.ForDatabase("Host=127.0.0.1;Database=never_opened")!;
        var tooLong = await Assert.ThrowsAsync<ArgumentException>(() => counters.IncrementAsync(new string('k', SharedCounters.MaximumKeyLength + 1), _start, _minute));
        Assert.Contains("1 to 600 characters; got 601", tooLong.Message, StringComparison.Ordinal);
        var window = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => counters.IncrementAsync("a", _start, TimeSpan.FromHours(1)));
        Assert.Contains("at most 10 minutes", window.Message, StringComparison.Ordinal);
    }

    private static async Task<List<string>> KeysAsync(string connection)
    {
        await using var open = new NpgsqlConnection(connection);
        await open.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "key" FROM rate_counters ORDER BY "key" """, open);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }
}
