namespace Surge.Web.Tests;

/// <summary>
/// Registration and sign-in reveal nobody's account, and an outsider cannot shut a user out: wrong passwords are
/// counted per email and client address.
/// </summary>
public sealed class AccountPrivacyTests() : ServerTest(new ApiFactory { Settings = { [SurgeWebApp.AccountRequestsPerMinuteKey] = "1000" } })
{
    private HttpClient From(string address)
    {
        var client = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFilter>()))
            .CreateClient(new() { HandleCookies = false });
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, address);
        return client;
    }

    private static async Task<(HttpStatusCode Status, string Body, bool SignedIn)> AnswerAsync(HttpResponseMessage response) =>
        (response.StatusCode, WithoutTraceId(await response.Content.ReadAsStringAsync()),
         response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(SurgeWebApp.AuthCookie + "=", StringComparison.Ordinal)));

    /// <summary>The body without the problem's traceId, which differs for every request.</summary>
    private static string WithoutTraceId(string body) => System.Text.RegularExpressions.Regex.Replace(body, "\"traceId\":\"[^\"]*\"", "\"traceId\":\"…\"");

    [Fact]
    public async Task RegisterForm_ExistingEmail_AnswersExactlyAsANewOne()
    {
        await Visitor.JsonAsync(await Visitor.Of(Factory).RegisterAsync("taken@example.com"), HttpStatusCode.OK);

        var existing = await AnswerAsync(await Visitor.Of(Factory).SignUpAsync("taken@example.com", "some other passphrase"));
        var fresh = await AnswerAsync(await Visitor.Of(Factory).SignUpAsync("fresh@example.com", "some other passphrase"));

        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        Assert.Equal(fresh, existing);
        Assert.False(fresh.SignedIn);
        // The owner's password still signs in; the stranger's did not replace it.
        Assert.Equal(HttpStatusCode.OK, (await Visitor.Of(Factory).LoginAsync("taken@example.com")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Visitor.Of(Factory).LoginAsync("taken@example.com", "some other passphrase")).StatusCode);
    }

    [Fact]
    public async Task RegisterApi_ExistingEmail_AnswersExactlyAsANewOne()
    {
        var client = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/account/register", new { email = "api@example.com", password = "correct horse battery" })).StatusCode);

        var existing = await AnswerAsync(await client.PostAsJsonAsync("/api/account/register", new { email = "api@example.com", password = "some other passphrase" }));
        var fresh = await AnswerAsync(await client.PostAsJsonAsync("/api/account/register", new { email = "new-api@example.com", password = "some other passphrase" }));

        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        Assert.Equal(fresh, existing);
    }

    [Fact]
    public async Task Register_WeakPassword_SameRefusalForExistingAndNewEmail()
    {
        await Visitor.JsonAsync(await Visitor.Of(Factory).RegisterAsync("weak-known@example.com"), HttpStatusCode.OK);
        var existing = await AnswerAsync(await Visitor.Of(Factory).SignUpAsync("weak-known@example.com", "password12"));
        var fresh = await AnswerAsync(await Visitor.Of(Factory).SignUpAsync("weak-new@example.com", "password12"));
        Assert.Equal(HttpStatusCode.BadRequest, fresh.Status);
        Assert.Equal(fresh.Body, existing.Body);
    }

    [Fact]
    public async Task Login_OutsiderGuessesTooOften_OwnerStillSignsInFromElsewhere()
    {
        await Visitor.JsonAsync(await Visitor.Of(Factory).RegisterAsync("owner@example.com"), HttpStatusCode.OK);
        var outsider = From("203.0.113.66");
        for (var i = 0; i < SignInThrottle.MaximumFailures + 5; i++)
        {
            await outsider.PostAsJsonAsync("/api/account/login", new { email = "owner@example.com", password = $"guess number {i}" });
        }
        // The outsider's address is refused even with the right password...
        Assert.Equal(HttpStatusCode.Unauthorized, (await outsider.PostAsJsonAsync("/api/account/login", new { email = "owner@example.com", password = "correct horse battery" })).StatusCode);
        // ...but the owner, from their own address, signs in at once.
        var owner = From("198.51.100.7");
        var login = await owner.PostAsJsonAsync("/api/account/login", new { email = "owner@example.com", password = "correct horse battery" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task Login_Refusal_SameForExistingAndUnknownEmail()
    {
        await Visitor.JsonAsync(await Visitor.Of(Factory).RegisterAsync("real@example.com"), HttpStatusCode.OK);
        var guesser = From("203.0.113.99");
        async Task<List<(HttpStatusCode, string)>> Guesses(string email)
        {
            var answers = new List<(HttpStatusCode, string)>();
            for (var i = 0; i < SignInThrottle.MaximumFailures + 2; i++)
            {
                var response = await guesser.PostAsJsonAsync("/api/account/login", new { email, password = $"guess number {i}" });
                answers.Add((response.StatusCode, WithoutTraceId(await response.Content.ReadAsStringAsync())));
            }
            return answers;
        }
        var known = await Guesses("real@example.com");
        var unknown = await Guesses("nobody-here@example.com");
        Assert.Equal(unknown, known);
        Assert.NotEqual(known[0], known[^1]); // the refusal after too many guesses is visible, for every email alike
    }
}
