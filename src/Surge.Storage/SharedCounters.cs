using Npgsql;

namespace Surge.Storage;

/// <summary>
/// Counters that every node over one PostgreSQL database shares (table <c>rate_counters</c>: key, window start,
/// count): the web app's rate limits and sign-in throttle count here, so a client spreading its requests over N nodes
/// gets one budget, not N. Each count is one atomic statement (<c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c>), so
/// nodes counting the same key at once never lose a count. Windows that ended more than <see cref="LongestWindow"/>
/// ago are deleted, at most once a minute per instance. Thread-safe; each call takes a pooled connection.
/// </summary>
public sealed class SharedCounters
{
    /// <summary>The longest window a counter may have; rows older than this are pruned.</summary>
    public static readonly TimeSpan LongestWindow = TimeSpan.FromMinutes(10);

    /// <summary>The longest key (see the table's column).</summary>
    public const int MaximumKeyLength = SurgeContext.RateCounterKeyLength;

    private static readonly TimeSpan _pruneEvery = TimeSpan.FromMinutes(1);

    private const string IncrementSql =
        """
        INSERT INTO rate_counters ("key", window_start, "count") VALUES (@key, @start, @amount)
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN rate_counters.window_start > @expired THEN rate_counters."count" + @amount ELSE @amount END,
          window_start = CASE WHEN rate_counters.window_start > @expired THEN rate_counters.window_start ELSE @start END
        RETURNING "count"
        """;

    private readonly string _connectionString;
    private long _nextPruneMs;

    private SharedCounters(string connectionString) => _connectionString = connectionString;

    /// <summary>
    /// The counters of the database <paramref name="connection"/> names (as <c>--db</c>) when it can be shared by
    /// several nodes (PostgreSQL); null for a SQLite file, which only one node uses (its counters stay in memory).
    /// </summary>
    /// <exception cref="StoreException">A connection string that names no database the store can use.</exception>
    public static SharedCounters? ForDatabase(string? connection)
    {
        var target = ConnectionTarget.Resolve(connection);
        return target.Provider == StoreProvider.PostgreSql ? new SharedCounters(target.ConnectionString) : null;
    }

    /// <summary>
    /// Adds <paramref name="amount"/> to <paramref name="key"/>'s counter and answers its count in the window now open.
    /// A counter whose window (begun at its stored start, lasting <paramref name="window"/>) has ended by
    /// <paramref name="windowStart"/> starts again there: for fixed windows pass the start of the current window, for
    /// a window counted from the first event pass the current time.
    /// </summary>
    /// <exception cref="ArgumentException">An empty key, one longer than <see cref="MaximumKeyLength"/>, an amount below 1, or a window not in (0, <see cref="LongestWindow"/>].</exception>
    public async Task<int> IncrementAsync(string key, DateTimeOffset windowStart, TimeSpan window, int amount = 1, CancellationToken cancellation = default)
    {
        Check(key, window);
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, 1);
        var startMs = windowStart.ToUnixTimeMilliseconds();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellation);
        await PruneAsync(connection, startMs, cancellation);
        await using var command = new NpgsqlCommand(IncrementSql, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("key", key));
        command.Parameters.Add(new NpgsqlParameter<long>("start", startMs));
        command.Parameters.Add(new NpgsqlParameter<long>("expired", startMs - (long)window.TotalMilliseconds));
        command.Parameters.Add(new NpgsqlParameter<int>("amount", amount));
        return (int)(await command.ExecuteScalarAsync(cancellation))!;
    }

    /// <summary>The count of <paramref name="key"/> in a window still open at <paramref name="now"/>; 0 when none is.</summary>
    /// <exception cref="ArgumentException">An empty or too long key, or a window not in (0, <see cref="LongestWindow"/>].</exception>
    public async Task<int> ReadAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken cancellation = default)
    {
        Check(key, window);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand("""SELECT "count" FROM rate_counters WHERE "key" = @key AND window_start > @expired""", connection);
        command.Parameters.Add(new NpgsqlParameter<string>("key", key));
        command.Parameters.Add(new NpgsqlParameter<long>("expired", now.ToUnixTimeMilliseconds() - (long)window.TotalMilliseconds));
        return await command.ExecuteScalarAsync(cancellation) is int count ? count : 0;
    }

    /// <summary>Forgets <paramref name="key"/>'s counter.</summary>
    /// <exception cref="ArgumentException">An empty or too long key.</exception>
    public async Task ResetAsync(string key, CancellationToken cancellation = default)
    {
        Check(key, LongestWindow);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand("""DELETE FROM rate_counters WHERE "key" = @key""", connection);
        command.Parameters.Add(new NpgsqlParameter<string>("key", key));
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private async Task PruneAsync(NpgsqlConnection connection, long nowMs, CancellationToken cancellation)
    {
        var next = Interlocked.Read(ref _nextPruneMs);
        if (nowMs < next || Interlocked.CompareExchange(ref _nextPruneMs, nowMs + (long)_pruneEvery.TotalMilliseconds, next) != next)
        {
            return;
        }
        await using var command = new NpgsqlCommand("DELETE FROM rate_counters WHERE window_start < @cutoff", connection);
        command.Parameters.Add(new NpgsqlParameter<long>("cutoff", nowMs - (long)LongestWindow.TotalMilliseconds));
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private static void Check(string key, TimeSpan window)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaximumKeyLength)
        {
            throw new ArgumentException($"a counter's key has 1 to {MaximumKeyLength} characters; got {key?.Length ?? 0}", nameof(key));
        }
        if (window <= TimeSpan.Zero || window > LongestWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, $"a counter's window lasts more than 0 and at most {LongestWindow.TotalMinutes:0} minutes");
        }
    }
}
