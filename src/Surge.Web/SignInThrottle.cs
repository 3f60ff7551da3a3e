using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;

namespace Surge.Web;

/// <summary>
/// Wrong passwords counted per email <em>and</em> client address: after <see cref="MaximumFailures"/> in
/// <see cref="Window"/>, sign-in with that email from that address is refused until the window ends, while the account's
/// owner still signs in from anywhere else. Replaces Identity's account-wide lockout, which let anyone shut a user out
/// with 10 requests. Unknown emails are counted exactly as known ones, so the refusal reveals nothing. Counted in the
/// process's memory, or, given <see cref="SharedCounters"/> (PostgreSQL, which several nodes may share), in the database
/// under a hash of the email and address (no email is stored there), so wrong passwords sent to different nodes add up.
/// </summary>
public sealed class SignInThrottle
{
    /// <summary>Wrong passwords for one email from one address before sign-in is refused.</summary>
    public const int MaximumFailures = 10;

    /// <summary>How long failures are remembered, counted from the first one.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>Most email-and-address pairs remembered; expired ones are dropped when it is reached.</summary>
    public const int MaximumTracked = 100_000;

    private readonly ConcurrentDictionary<(string Account, string Address), Failures> _failures = new();
    private readonly SharedCounters? _shared;
    private readonly TimeProvider _time;

    /// <summary>A throttle counting in this process's memory.</summary>
    public SignInThrottle() : this(null, TimeProvider.System)
    {
    }

    /// <summary>A throttle counting in <paramref name="shared"/> (every node over that database), or in memory when null.</summary>
    public SignInThrottle(SharedCounters? shared) : this(shared, TimeProvider.System)
    {
    }

    internal SignInThrottle(SharedCounters? shared, TimeProvider time)
    {
        _shared = shared;
        _time = time;
    }

    private sealed record Failures(int Count, DateTimeOffset Since);

    /// <summary>Whether sign-in with <paramref name="account"/> from <paramref name="address"/> is refused for now.</summary>
    public async ValueTask<bool> IsBlockedAsync(string account, IPAddress? address, CancellationToken cancellation = default)
    {
        if (_shared is not null)
        {
            return await _shared.ReadAsync(SharedKey(account, address), _time.GetUtcNow(), Window, cancellation) >= MaximumFailures;
        }
        var key = Key(account, address);
        if (!_failures.TryGetValue(key, out var failures))
        {
            return false;
        }
        if (_time.GetUtcNow() - failures.Since >= Window)
        {
            _failures.TryRemove(key, out _);
            return false;
        }
        return failures.Count >= MaximumFailures;
    }

    /// <summary>Counts a wrong password (or unknown email).</summary>
    public async ValueTask FailedAsync(string account, IPAddress? address, CancellationToken cancellation = default)
    {
        var now = _time.GetUtcNow();
        if (_shared is not null)
        {
            // The window is counted from the first failure, as in memory: a counter older than the window starts again.
            await _shared.IncrementAsync(SharedKey(account, address), now, Window, cancellation: cancellation);
            return;
        }
        if (_failures.Count >= MaximumTracked)
        {
            foreach (var (key, failures) in _failures)
            {
                if (now - failures.Since >= Window)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
        _failures.AddOrUpdate(
            Key(account, address),
            _ => new Failures(1, now),
            (_, failures) => now - failures.Since >= Window ? new Failures(1, now) : failures with { Count = failures.Count + 1 });
    }

    /// <summary>Forgets the failures after a successful sign-in.</summary>
    public async ValueTask SucceededAsync(string account, IPAddress? address, CancellationToken cancellation = default)
    {
        if (_shared is not null)
        {
            await _shared.ResetAsync(SharedKey(account, address), cancellation);
            return;
        }
        _failures.TryRemove(Key(account, address), out _);
    }

    private static (string, string) Key(string account, IPAddress? address) =>
        (account.Trim().ToUpperInvariant(), address?.ToString() ?? "unknown");

    /// <summary>The database's key: a SHA-256 of the normalized email and the address (any length of email fits).</summary>
    private static string SharedKey(string account, IPAddress? address)
    {
        var (name, client) = Key(account, address);
        return "signin|" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name + "\n" + client)));
    }
}
