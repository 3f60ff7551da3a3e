using System.Collections.Concurrent;
using System.Net;

namespace Surge.Web;

/// <summary>
/// Wrong passwords counted per email <em>and</em> client address: after <see cref="MaximumFailures"/> in
/// <see cref="Window"/>, sign-in with that email from that address is refused until the window ends, while the account's
/// owner still signs in from anywhere else. Replaces Identity's account-wide lockout, which let anyone shut a user out
/// with 10 requests. Unknown emails are counted exactly as known ones, so the refusal reveals nothing. Per process.
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
    private readonly TimeProvider _time;

    public SignInThrottle() : this(TimeProvider.System)
    {
    }

    internal SignInThrottle(TimeProvider time) => _time = time;

    private sealed record Failures(int Count, DateTimeOffset Since);

    /// <summary>Whether sign-in with <paramref name="account"/> from <paramref name="address"/> is refused for now.</summary>
    public bool IsBlocked(string account, IPAddress? address)
    {
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
    public void Failed(string account, IPAddress? address)
    {
        var now = _time.GetUtcNow();
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
    public void Succeeded(string account, IPAddress? address) => _failures.TryRemove(Key(account, address), out _);

    private static (string, string) Key(string account, IPAddress? address) =>
        (account.Trim().ToUpperInvariant(), address?.ToString() ?? "unknown");
}
