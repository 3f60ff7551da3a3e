using Surge.Logs;

namespace Surge.Web.Tests;

/// <summary>A history request analyses at most the latest Surge:Limits:HistorySets sets of its range, and is rate limited.</summary>
public sealed class HistoryLimitTests(ITestOutputHelper output) : ServerTest
{
    /// <summary>Registers <paramref name="email"/> and stores <paramref name="workouts"/> generated workouts of 25 sets for them.</summary>
    private async Task<(Visitor Visitor, long Athlete)> AthleteWithLogAsync(string email, int workouts)
    {
        var visitor = await Visitor.SignedInAsync(Factory, email);
        string owner;
        using (var scope = Factory.Services.CreateScope())
        {
            owner = (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))!.Id;
        }
        using var store = SurgeStore.Open(Factory.DatabasePath, owner);
        var log = new WorkoutLog(LogFormat.Strong, "generated", GeneratedLogs.Split(workouts, 25), [], [], []);
        store.Import(log, "generated.csv");
        return (visitor, store.Athletes().Single().Number);
    }

    [Fact]
    public async Task History_LargeLog_AnalysesTheLatestSetsWithinTheLimit()
    {
        var (visitor, athlete) = await AthleteWithLogAsync("big@example.com", 8_000); // 200,000 sets over 38 years
        var clock = Stopwatch.StartNew();
        var json = await Visitor.JsonAsync(await visitor.Client.GetAsync($"/api/athletes/{athlete}/history"), HttpStatusCode.OK);
        clock.Stop();
        output.WriteLine($"history of an athlete with 200,000 stored sets: {clock.Elapsed.TotalMilliseconds:0} ms");

        var truncated = json.GetProperty("truncated");
        Assert.Equal(200_000, truncated.GetProperty("sets_in_range").GetInt64());
        Assert.Equal(8_000, truncated.GetProperty("workouts_in_range").GetInt32());
        Assert.Equal(SurgeWebApp.DefaultHistorySets, truncated.GetProperty("sets_analysed").GetInt64());
        Assert.Equal(2_000, truncated.GetProperty("workouts_analysed").GetInt32());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"history of 200,000 stored sets took {clock.Elapsed.TotalSeconds:0.0} s");

        // The rest, page by page: ?to= the day before the first analysed.
        var first = DateOnly.Parse(truncated.GetProperty("first_analysed").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        clock.Restart();
        var earlier = await Visitor.JsonAsync(await visitor.Client.GetAsync($"/api/athletes/{athlete}/history?to={first.AddDays(-1):yyyy-MM-dd}"), HttpStatusCode.OK);
        output.WriteLine($"the page before it: {clock.Elapsed.TotalMilliseconds:0} ms");
        clock.Restart();
        await visitor.Client.GetAsync($"/api/athletes/{athlete}/history");
        output.WriteLine($"the latest page again: {clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(150_000, earlier.GetProperty("truncated").GetProperty("sets_in_range").GetInt64());
    }

    [Fact]
    public async Task History_WithinTheLimit_HasNoTruncatedField()
    {
        var (visitor, athlete) = await AthleteWithLogAsync("small@example.com", 40);
        var json = await Visitor.JsonAsync(await visitor.Client.GetAsync($"/api/athletes/{athlete}/history"), HttpStatusCode.OK);
        Assert.False(json.TryGetProperty("truncated", out _));
    }

    [Fact]
    public async Task History_ManyFromOneClient_429()
    {
        Factory.Settings[SurgeWebApp.HistoriesPerMinuteKey] = "2";
        var (_, athlete) = await AthleteWithLogAsync("often@example.com", 4);
        var client = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFilter>())).CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, "203.0.113.21");
        var visitor = new Visitor(client);
        await Visitor.JsonAsync(await visitor.LoginAsync("often@example.com"), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/athletes/{athlete}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/history")).StatusCode);
        var refused = await client.GetAsync($"/api/athletes/{athlete}/history");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
    }
}
