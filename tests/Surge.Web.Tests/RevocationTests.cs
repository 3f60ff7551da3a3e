namespace Surge.Web.Tests;

/// <summary>A password change revokes every credential issued before it: bearer tokens, refresh tokens and cookies.</summary>
public sealed class RevocationTests : ServerTest
{
    [Fact]
    public async Task PasswordChange_OldBearerRefreshAndCookie_401()
    {
        var visitor = await Visitor.SignedInAsync(Factory, "change@example.com");
        var anonymous = Factory.CreateClient(new() { HandleCookies = false });
        var login = await Visitor.JsonAsync(await anonymous.PostAsJsonAsync("/api/account/login", new { email = "change@example.com", password = "correct horse battery" }), HttpStatusCode.OK);
        var bearer = Factory.CreateClient(new() { HandleCookies = false });
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/account")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync("/api/account")).StatusCode);

        var changed = await bearer.PostAsJsonAsync("/api/account/manage/info", new { oldPassword = "correct horse battery", newPassword = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/athletes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.Client.GetAsync("/api/account")).StatusCode);
        var refresh = await anonymous.PostAsJsonAsync("/api/account/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);

        var again = await Visitor.JsonAsync(await anonymous.PostAsJsonAsync("/api/account/login", new { email = "change@example.com", password = "a brand new passphrase" }), HttpStatusCode.OK);
        var fresh = Factory.CreateClient(new() { HandleCookies = false });
        fresh.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", again.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/account")).StatusCode);
    }
}
