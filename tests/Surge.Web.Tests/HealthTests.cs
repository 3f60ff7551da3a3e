namespace Surge.Web.Tests;

/// <summary>The liveness and readiness probes: fast, never rate limited, nothing personal in them.</summary>
public sealed class HealthTests : ServerTest
{
    [Fact]
    public async Task Healthz_Always_200()
    {
        var client = Factory.CreateClient();
        var json = await Visitor.JsonAsync(await client.GetAsync("/healthz"), HttpStatusCode.OK);
        Assert.Equal("alive", json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_MigratedDatabase_200()
    {
        var json = await Visitor.JsonAsync(await Factory.CreateClient().GetAsync("/readyz"), HttpStatusCode.OK);
        Assert.Equal("ready", json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_DatabaseGone_503AndHealthzStill200()
    {
        var client = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(Factory.DatabasePath);
        var json = await Visitor.JsonAsync(await client.GetAsync("/readyz"), HttpStatusCode.ServiceUnavailable);
        Assert.Equal("not ready", json.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Readyz_UnmigratedDatabase_503()
    {
        var client = Factory.CreateClient();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(Factory.DatabasePath);
        using (var empty = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Factory.DatabasePath}"))
        {
            empty.Open();
        }
        var json = await Visitor.JsonAsync(await client.GetAsync("/readyz"), HttpStatusCode.ServiceUnavailable);
        Assert.Contains("migration", json.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probes_ManyFromOneRemoteClient_NeverRateLimited()
    {
        Factory.Settings[SurgeWebApp.AccountRequestsPerMinuteKey] = "2";
        Factory.Settings[SurgeWebApp.SimulationsPerMinuteKey] = "2";
        var client = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFilter>())).CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, "203.0.113.7");
        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(i % 2 == 0 ? "/healthz" : "/readyz")).StatusCode);
        }
    }
}
