namespace Surge.Web.Tests;

/// <summary>Accounts: registration, sign-in and out, antiforgery, bearer tokens, and 401 (never a redirect) without credentials.</summary>
public sealed class AccountTests : ServerTest
{
    [Fact]
    public async Task Register_signs_in_with_a_cookie_and_logout_signs_out()
    {
        var visitor = Visitor.Of(Factory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.Client.GetAsync("/api/account")).StatusCode);

        var registered = await Visitor.JsonAsync(await visitor.RegisterAsync("ada@example.com"), HttpStatusCode.OK);
        Assert.Equal("ada@example.com", registered.GetProperty("email").GetString());
        var me = await Visitor.JsonAsync(await visitor.Client.GetAsync("/api/account"), HttpStatusCode.OK);
        Assert.Equal("ada@example.com", me.GetProperty("email").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await visitor.PostFormAsync("/account/logout", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.Client.GetAsync("/api/account")).StatusCode);

        var again = await Visitor.JsonAsync(await visitor.LoginAsync("ada@example.com"), HttpStatusCode.OK);
        Assert.Equal("ada@example.com", again.GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync("/api/account")).StatusCode);
    }

    [Fact]
    public async Task Passwords_are_stored_hashed()
    {
        var visitor = await Visitor.SignedInAsync(Factory, "hash@example.com", "a very secret phrase");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(Factory.DatabasePath);
        var wal = Factory.DatabasePath + "-wal";
        var all = File.Exists(wal) ? [.. bytes, .. await File.ReadAllBytesAsync(wal)] : bytes;
        Assert.DoesNotContain("a very secret phrase", System.Text.Encoding.UTF8.GetString(all), StringComparison.Ordinal);
        Assert.Contains("hash@example.com", System.Text.Encoding.UTF8.GetString(all), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Wrong_password_is_401_problem_and_short_password_is_400_naming_the_field()
    {
        var visitor = Visitor.Of(Factory);
        var weak = await Visitor.JsonAsync(await visitor.RegisterAsync("bob@example.com", "short"), HttpStatusCode.BadRequest);
        Assert.True(weak.GetProperty("errors").TryGetProperty("password", out _));
        Assert.Contains("10", weak.GetProperty("detail").GetString());

        await Visitor.JsonAsync(await visitor.RegisterAsync("bob@example.com"), HttpStatusCode.OK);
        var duplicate = await Visitor.JsonAsync(await Visitor.Of(Factory).SignUpAsync("bob@example.com", "another long passphrase"), HttpStatusCode.OK);
        Assert.Equal("registered", duplicate.GetProperty("status").GetString());

        var stranger = Visitor.Of(Factory);
        var refused = await stranger.LoginAsync("bob@example.com", "not the password");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var unknown = await stranger.LoginAsync("nobody@example.com");
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);

        var empty = await Visitor.JsonAsync(await stranger.PostFormAsync("/account/login", [new("email", "")]), HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("email", out _));
        Assert.True(empty.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Forms_without_the_antiforgery_token_are_refused()
    {
        var visitor = Visitor.Of(Factory);
        var response = await visitor.PostFormAsync("/account/register", [new("email", "eve@example.com"), new("password", "correct horse battery")], withToken: false);
        var problem = await Visitor.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("antiforgery", problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.LoginAsync("eve@example.com")).StatusCode);

        // Signed in with a cookie: an upload without the token is refused too.
        await Visitor.JsonAsync(await visitor.RegisterAsync("eve@example.com"), HttpStatusCode.OK);
        var upload = await visitor.ImportAsync(Api.StrongExport, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        var athletes = await Visitor.JsonAsync(await visitor.Client.GetAsync("/api/athletes"), HttpStatusCode.OK);
        Assert.Equal(0, athletes.GetProperty("athletes").GetArrayLength());
    }

    [Fact]
    public async Task Api_clients_use_bearer_tokens_without_antiforgery()
    {
        var client = Factory.CreateClient();
        var register = await client.PostAsJsonAsync("/api/account/register", new { email = "api@example.com", password = "correct horse battery" });
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        var login = await Visitor.JsonAsync(await client.PostAsJsonAsync("/api/account/login", new { email = "api@example.com", password = "correct horse battery" }), HttpStatusCode.OK);
        Assert.Equal("Bearer", login.GetProperty("tokenType").GetString());

        var api = Factory.CreateClient(new() { HandleCookies = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        var me = await Visitor.JsonAsync(await api.GetAsync("/api/account"), HttpStatusCode.OK);
        Assert.Equal("api@example.com", me.GetProperty("email").GetString());

        var csv = await File.ReadAllTextAsync(Api.StrongExport);
        var imported = await Visitor.JsonAsync(await api.PostAsync("/api/import?format=strong&unit=kg", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv")), HttpStatusCode.OK);
        Assert.Equal(24, imported.GetProperty("workouts").GetInt32());

        var forged = Factory.CreateClient(new() { HandleCookies = false });
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/athletes")).StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/account")]
    [InlineData("GET", "/api/athletes")]
    [InlineData("GET", "/api/athletes/1")]
    [InlineData("GET", "/api/athletes/1/history")]
    [InlineData("GET", "/api/history")]
    [InlineData("DELETE", "/api/athletes/1")]
    [InlineData("POST", "/api/import?format=strong")]
    public async Task Personal_data_without_credentials_is_401_not_a_redirect(string method, string path)
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("x", System.Text.Encoding.UTF8, "text/csv") : null });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("Bearer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_forbid_framing_and_content_sniffing()
    {
        var response = await Factory.CreateClient().GetAsync("/api/exercises");
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulation_and_catalogue_work_without_an_account()
    {
        var client = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/exercises")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/simulate", Api.Json(Api.Session(3)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/train", Api.Json(Api.Program(2)))).StatusCode);
    }
}
