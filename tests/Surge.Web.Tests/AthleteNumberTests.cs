namespace Surge.Web.Tests;

/// <summary>
/// Athletes are numbered within their owner (1, 2, …): a user's first athlete is 1 whoever else has imported, so an
/// id reveals nothing about other users; another user's number still answers 404.
/// </summary>
public sealed class AthleteNumberTests
{
    [Fact]
    public async Task Import_TwoUsers_EachSeeAthlete1_AndNotTheOthers()
    {
        using var factory = new ApiFactory();
        await TwoUsersEachSeeAthlete1(factory);
    }

    [PostgresFact]
    public async Task Import_TwoUsers_EachSeeAthlete1_AndNotTheOthers_OnPostgreSQL()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.Connection);
        var admin = builder.ConnectionString;
        builder.Database = "surge_web_" + Guid.NewGuid().ToString("N")[..16];
        try
        {
            using var factory = new ApiFactory { Connection = builder.ConnectionString };
            await TwoUsersEachSeeAthlete1(factory);
        }
        finally
        {
            PostgresTestDatabase.Drop(admin, builder.Database);
        }
    }

    private static async Task TwoUsersEachSeeAthlete1(ApiFactory factory)
    {
        var ada = await Visitor.SignedInAsync(factory, "ada@example.com");
        var adas = await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport), HttpStatusCode.OK);
        Assert.Equal(1, adas.GetProperty("athlete").GetProperty("id").GetInt64());
        var second = await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport, athlete: "partner"), HttpStatusCode.OK);
        Assert.Equal(2, second.GetProperty("athlete").GetProperty("id").GetInt64());

        var bob = await Visitor.SignedInAsync(factory, "bob@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Client.GetAsync("/api/athletes/2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Client.GetAsync("/api/athletes/1/history")).StatusCode);
        var bobs = await Visitor.JsonAsync(await bob.ImportAsync(Api.StrongExport, athlete: "bob"), HttpStatusCode.OK);
        Assert.Equal(1, bobs.GetProperty("athlete").GetProperty("id").GetInt64());

        // Each sees their own athlete 1; Ada's athlete 2 is not Bob's.
        var listed = await Visitor.JsonAsync(await bob.Client.GetAsync("/api/athletes"), HttpStatusCode.OK);
        var only = Assert.Single(listed.GetProperty("athletes").EnumerateArray());
        Assert.Equal(1, only.GetProperty("id").GetInt64());
        Assert.Equal("bob", only.GetProperty("name").GetString());
        Assert.Equal("bob", (await Visitor.JsonAsync(await bob.Client.GetAsync("/api/athletes/1"), HttpStatusCode.OK)).GetProperty("name").GetString());
        Assert.Equal("default", (await Visitor.JsonAsync(await ada.Client.GetAsync("/api/athletes/1"), HttpStatusCode.OK)).GetProperty("name").GetString());
        Assert.Equal(8, (await Visitor.JsonAsync(await bob.Client.GetAsync("/api/athletes/1/history"), HttpStatusCode.OK)).GetProperty("weeks").GetArrayLength());
        // The profile and the history's athlete carry the same number (the surge athlete --json field).
        Assert.Equal(2, (await Visitor.JsonAsync(await ada.Client.GetAsync("/api/athletes/2/profile"), HttpStatusCode.OK)).GetProperty("number").GetInt64());
        Assert.Equal(2, (await Visitor.JsonAsync(await ada.Client.GetAsync("/api/athletes/2/history"), HttpStatusCode.OK)).GetProperty("athlete").GetProperty("number").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Client.GetAsync("/api/athletes/2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Client.GetAsync("/api/athletes/2/profile")).StatusCode);

        // Bob deleting his athlete 1 leaves Ada's athlete 1 alone.
        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/athletes/1");
        delete.Headers.Add(SurgeWebApp.AntiforgeryHeader, await bob.TokenAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await bob.Client.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Client.GetAsync("/api/athletes/1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ada.Client.GetAsync("/api/athletes/1")).StatusCode);
        Assert.Equal(2, (await Visitor.JsonAsync(await ada.Client.GetAsync("/api/athletes"), HttpStatusCode.OK)).GetProperty("athletes").GetArrayLength());
    }
}
