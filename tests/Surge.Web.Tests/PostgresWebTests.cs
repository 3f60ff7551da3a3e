namespace Surge.Web.Tests;

/// <summary>The accounts and logs of the web app on PostgreSQL: a new database per test, dropped afterwards.</summary>
public sealed class PostgresWebTests : IDisposable
{
    private readonly string? _admin;
    private readonly string _name = "surge_web_" + Guid.NewGuid().ToString("N")[..16];
    private readonly ApiFactory? _factory;

    public PostgresWebTests()
    {
        if (PostgresFactAttribute.Connection is not { } connection)
        {
            return;
        }
        var builder = new NpgsqlConnectionStringBuilder(connection);
        _admin = builder.ConnectionString;
        builder.Database = _name;
        _factory = new ApiFactory { Connection = builder.ConnectionString };
    }

    public void Dispose()
    {
        _factory?.Dispose();
        if (_admin is not null)
        {
            PostgresTestDatabase.Drop(_admin, _name);
        }
    }

    [PostgresFact]
    public async Task Accounts_uploads_isolation_and_closing_work_on_PostgreSQL()
    {
        var ada = Visitor.Of(_factory!);
        await Visitor.JsonAsync(await ada.RegisterAsync("ada@example.com"), HttpStatusCode.OK);
        var summary = await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport), HttpStatusCode.OK);
        Assert.Equal(24, summary.GetProperty("added").GetInt32());
        var id = summary.GetProperty("athlete").GetProperty("id").GetInt64();
        var history = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/history"), HttpStatusCode.OK);
        Assert.Equal(8, history.GetProperty("weeks").GetArrayLength());

        var client = _factory!.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/account/register", Api.Json("""{"email":"bob@example.com","password":"correct horse battery"}"""))).StatusCode);
        var login = await Visitor.JsonAsync(await client.PostAsync("/api/account/login", Api.Json("""{"email":"bob@example.com","password":"correct horse battery"}""")), HttpStatusCode.OK);
        var bob = _factory.CreateClient(new() { HandleCookies = false });
        bob.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/api/athletes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.DeleteAsync($"/api/athletes/{id}")).StatusCode);
        var none = await Visitor.JsonAsync(await bob.GetAsync("/api/athletes"), HttpStatusCode.OK);
        Assert.Equal(0, none.GetProperty("athletes").GetArrayLength());

        var close = new HttpRequestMessage(HttpMethod.Delete, "/api/account");
        close.Headers.Add(SurgeWebApp.AntiforgeryHeader, await ada.TokenAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await ada.Client.SendAsync(close)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ada.LoginAsync("ada@example.com")).StatusCode);
    }
}
