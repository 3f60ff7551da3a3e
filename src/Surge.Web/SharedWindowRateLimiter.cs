using System.Threading.RateLimiting;

namespace Surge.Web;

/// <summary>
/// A fixed one-minute window of <c>permitLimit</c> requests for one client, counted in the database
/// (<see cref="SharedCounters"/>), so that every node over one PostgreSQL database spends the same budget. One per
/// partition (policy and client address) of ASP.NET Core's rate-limiting middleware: its synchronous attempt always
/// defers to <see cref="AcquireAsyncCore"/>, which counts the request with one statement and grants it while the
/// window's count is within the limit (requests past it are counted too, as in a fixed window). A refusal carries
/// Retry-After: the time to the window's end.
/// </summary>
internal sealed class SharedWindowRateLimiter(SharedCounters counters, string key, int permitLimit, TimeProvider time) : RateLimiter
{
    /// <summary>The length of each window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private static readonly RateLimitLease _granted = new Lease(true, null);
    private static readonly RateLimitLease _deferred = new Lease(false, null);

    private long _lastUsed = time.GetTimestamp();

    public override TimeSpan? IdleDuration => time.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    // Counting needs the database: the middleware then calls AcquireAsync, which does.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => permitCount == 0 ? _granted : _deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0)
        {
            return _granted;
        }
        Interlocked.Exchange(ref _lastUsed, time.GetTimestamp());
        var now = time.GetUtcNow();
        var windowMs = (long)Window.TotalMilliseconds;
        var start = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds() / windowMs * windowMs);
        var count = await counters.IncrementAsync(key, start, Window, permitCount, cancellationToken);
        return count <= permitLimit ? _granted : new Lease(false, start + Window - now);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }
            metadata = null;
            return false;
        }
    }
}
