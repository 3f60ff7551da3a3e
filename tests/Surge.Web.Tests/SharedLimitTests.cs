namespace Surge.Web.Tests;

/// <summary>
/// Two nodes over one PostgreSQL database spend one budget: the rate limits and the sign-in throttle count in the
/// database, so a client that spreads its requests over both nodes gets what one node would give it. Both nodes read
/// one stopped clock, so no window ends during a test.
/// </summary>
public sealed class SharedLimitTests() : PostgresNodesTest("surge_limits_")
{
    private readonly StoppedClock _clock = new(DateTimeOffset.UtcNow);

    [PostgresFact]
    public async Task Simulations_ClientSpreadOverTwoNodes_SharesOneBudget()
    {
        var (first, second) = Nodes(new() { [SurgeWebApp.SimulationsPerMinuteKey] = "5" });
        var onFirst = ClientAt(first, "203.0.113.7");
        var onSecond = ClientAt(second, "203.0.113.7");
        async Task<HttpStatusCode> Simulate(HttpClient client) => (await client.PostAsync("/api/simulate", Api.Json(Api.Session(2)))).StatusCode;

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await Simulate(onFirst));
        }
        Assert.Equal(HttpStatusCode.OK, await Simulate(onSecond));
        Assert.Equal(HttpStatusCode.OK, await Simulate(onSecond));
        // The sixth request of the minute, on the second node, is past the shared budget of 5.
        var refused = await onSecond.PostAsync("/api/simulate", Api.Json(Api.Session(2)));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Simulate(onFirst));

        // Another client, and the same client's history budget (another policy), are not spent.
        Assert.Equal(HttpStatusCode.OK, await Simulate(ClientAt(second, "198.51.100.20")));
        Assert.Equal(HttpStatusCode.OK, (await onFirst.GetAsync("/api/history/demo")).StatusCode);
    }

    [PostgresFact]
    public async Task Simulations_NextWindow_BudgetRenewedOnEveryNode()
    {
        var (first, second) = Nodes(new() { [SurgeWebApp.SimulationsPerMinuteKey] = "2" });
        var onFirst = ClientAt(first, "203.0.113.8");
        var onSecond = ClientAt(second, "203.0.113.8");
        async Task<HttpStatusCode> Simulate(HttpClient client) => (await client.PostAsync("/api/simulate", Api.Json(Api.Session(2)))).StatusCode;
        Assert.Equal(HttpStatusCode.OK, await Simulate(onFirst));
        Assert.Equal(HttpStatusCode.OK, await Simulate(onSecond));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Simulate(onFirst));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, await Simulate(onSecond));
        Assert.Equal(HttpStatusCode.OK, await Simulate(onFirst));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Simulate(onSecond));
    }

    [PostgresFact]
    public async Task SignIn_WrongPasswordsSplitOverTwoNodes_LockThePairAfterTenInAll()
    {
        var settings = new Dictionary<string, string?>
        {
            [SurgeWebApp.AccountRequestsPerMinuteKey] = "1000",
            [UniformSignInManager.MinimumMillisecondsKey] = "0",
        };
        var (first, second) = Nodes(settings);
        await Visitor.JsonAsync(await new Visitor(ClientAt(first, "198.51.100.7")).RegisterAsync("owner@example.com"), HttpStatusCode.OK);
        var guesserOnFirst = new Visitor(ClientAt(first, "203.0.113.66"));
        var guesserOnSecond = new Visitor(ClientAt(second, "203.0.113.66"));

        for (var i = 0; i < SignInThrottle.MaximumFailures; i++)
        {
            // Alternating nodes: each sees 5 of the 10.
            var guesser = i % 2 == 0 ? guesserOnFirst : guesserOnSecond;
            var answer = await guesser.LoginAsync("owner@example.com", $"guess number {i}");
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.Contains("wrong email or password", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // Past 10 in all, the pair is refused on both nodes, even with the right password.
        foreach (var guesser in new[] { guesserOnFirst, guesserOnSecond })
        {
            var refused = await guesser.LoginAsync("owner@example.com");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Contains("too many wrong passwords", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // The owner, from another address, signs in on either node.
        Assert.Equal(HttpStatusCode.OK, (await new Visitor(ClientAt(second, "198.51.100.7")).LoginAsync("owner@example.com")).StatusCode);

        // Five minutes after the first failure the pair may try again.
        _clock.Advance(SignInThrottle.Window);
        Assert.Equal(HttpStatusCode.OK, (await guesserOnSecond.LoginAsync("owner@example.com")).StatusCode);
    }

    /// <summary>Two nodes over the test's database, each taking a request's client address from X-Test-Client, on the test's clock.</summary>
    private (WebApplicationFactory<Program> First, WebApplicationFactory<Program> Second) Nodes(Dictionary<string, string?> settings)
    {
        WebApplicationFactory<Program> Node(string name)
        {
            var node = new ApiFactory { Connection = Connection, ContentRoot = Directory.CreateDirectory(Path.Combine(Folder, name)).FullName };
            foreach (var (key, value) in settings)
            {
                node.Settings[key] = value;
            }
            Started.Add(node);
            return node.WithWebHostBuilder(b => b.ConfigureServices(s =>
            {
                s.AddSingleton<IStartupFilter, ClientAddressFilter>();
                s.AddSingleton<TimeProvider>(_clock);
            }));
        }
        return (Node("node-a"), Node("node-b"));
    }

    /// <summary>A client of <paramref name="node"/> whose requests come from <paramref name="address"/>.</summary>
    private static HttpClient ClientAt(WebApplicationFactory<Program> node, string address)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, address);
        return client;
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class StoppedClock(DateTimeOffset start) : TimeProvider
    {
        private long _ticks = start.UtcTicks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
