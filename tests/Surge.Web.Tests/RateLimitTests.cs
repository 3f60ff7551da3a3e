namespace Surge.Web.Tests;

/// <summary>Per-client rate limits: a remote client past its budget gets 429 with Retry-After; loopback is exempt.</summary>
public sealed class RateLimitTests : ServerTest
{
    public RateLimitTests()
    {
        Factory.Settings[SurgeWebApp.SimulationsPerMinuteKey] = "5";
        Factory.Settings[SurgeWebApp.AccountRequestsPerMinuteKey] = "3";
    }

    private HttpClient ClientAt(string address)
    {
        var client = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFilter>())).CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, address);
        return client;
    }

    [Fact]
    public async Task A_remote_client_past_its_simulations_per_minute_gets_429_while_others_are_served()
    {
        var abuser = ClientAt("203.0.113.7");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await abuser.PostAsync("/api/simulate", Api.Json(Api.Session(2)))).StatusCode);
        }
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));

        var refused = await abuser.PostAsync("/api/train", Api.Json(Api.Program(1)));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter is not null);

        // The catalogue is not a simulation, and another client has its own budget.
        Assert.Equal(HttpStatusCode.OK, (await abuser.GetAsync("/api/exercises")).StatusCode);
        var other = ClientAt("198.51.100.20");
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/api/simulate", Api.Json(Api.Session(2)))).StatusCode);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_budget_and_others_cannot_forge_one()
    {
        Factory.Settings[SurgeWebApp.TrustedProxiesKey] = "10.0.0.1";
        var proxy = ClientAt("10.0.0.1");
        async Task<HttpStatusCode> Via(HttpClient client, string? forwardedFor)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/simulate") { Content = Api.Json(Api.Session(2)) };
            if (forwardedFor is not null)
            {
                request.Headers.Add("X-Forwarded-For", forwardedFor);
            }
            return (await client.SendAsync(request)).StatusCode;
        }

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await Via(proxy, "203.0.113.50"));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, await Via(proxy, "203.0.113.50"));
        Assert.Equal(HttpStatusCode.OK, await Via(proxy, "203.0.113.51"));

        // A client that is not the proxy cannot choose its address with the header.
        var direct = ClientAt("198.51.100.9");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await Via(direct, $"192.0.2.{i}"));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, await Via(direct, "192.0.2.99"));
    }

    [Fact]
    public async Task Loopback_clients_are_not_limited()
    {
        var local = ClientAt("127.0.0.1");
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await local.PostAsync("/api/simulate", Api.Json(Api.Session(2)))).StatusCode);
        }
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_client()
    {
        var guesser = new Visitor(ClientAt("203.0.113.9"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            // Each attempt is one /account/login (the token request is not limited).
            statuses.Add((await guesser.LoginAsync("victim@example.com", $"guess {i}")).StatusCode);
        }
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }
}
