using System.Text.RegularExpressions;
using Surge.Trials;

namespace Surge.Web.Tests;

/// <summary>
/// The exact bytes of the small JSON answers and lines the web API writes outside the CLI's answers (the power search's
/// NDJSON progress and problem lines, the account, antiforgery and health answers): property names and order, number
/// formatting, escaping, line ends and content type. Pinned so that writing them through typed records changes nothing on
/// the wire. The account and health answers have always had ASP.NET's relaxed escaping (<c>+</c> as it is).
/// </summary>
public sealed partial class WireBytesTests : ServerTest
{
    private const string JsonContentType = "application/json; charset=utf-8";

    [Fact]
    public async Task Power_streamed_progress_lines_are_compact_in_their_order_and_end_in_a_newline()
    {
        var response = await Factory.CreateClient().SendAsync(TrialApiTests.StreamedPower("power=0.8&replicates=10&max_n=12", TrialApiTests.SessionTrialJson(n: 4)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TrialApi.ProgressType + "; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("}\n", text);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        var lines = text[..^1].Split('\n');
        var grid = TrialPower.Grid(12).Count();
        var tried = new List<int>();
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var n = JsonDocument.Parse(lines[i]).RootElement.GetProperty("progress").GetProperty("n").GetInt32();
            if (tried.Count == 0 || tried[^1] != n)
            {
                tried.Add(n);
            }
            var expected = $"{{\"progress\":{{\"n\":{n},\"replicates_done\":{(i % 10) + 1},\"replicates\":10,\"n_index\":{tried.Count},\"n_count\":{grid},\"trials_simulated\":{i + 1},\"trials_at_most\":{grid * 10}}}}}";
            Assert.Equal(expected, lines[i]);
        }
        Assert.Equal(tried.Count * 10, lines.Length - 1);
        Assert.StartsWith("{\"result\":{\"power\":", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Power_streamed_problem_line_is_compact_status_title_detail()
    {
        using var factory = new ApiFactory();
        var meter = factory.Services.GetRequiredService<WorkMeter>();
        WorkBudgetTests.SpendBudgetAfter(meter, units: 40);
        var response = await factory.CreateClient().SendAsync(TrialApiTests.StreamedPower("power=0.8&replicates=10", TrialApiTests.SessionTrialJson(n: 4)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\n", text);
        var last = text[..^1].Split('\n')[^1];
        Assert.Equal(
            "{\"problem\":{\"status\":503,\"title\":\"Over the time budget\",\"detail\":\"the request needed more than its budget of 30 s of computing (the setting Surge:Limits:RequestSeconds); the server stopped it: make the request smaller (fewer sessions, weeks, subjects or arms)\"}}",
            last);
    }

    [Fact]
    public async Task Health_answers_are_their_exact_bytes()
    {
        var client = Factory.CreateClient();
        await AssertBytes(await client.GetAsync("/healthz"), HttpStatusCode.OK, "{\"status\":\"alive\"}");
        await AssertBytes(await client.GetAsync("/readyz"), HttpStatusCode.OK, "{\"status\":\"ready\"}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(Factory.DatabasePath);
        using (var empty = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Factory.DatabasePath}"))
        {
            empty.Open();
        }
        var notReady = await client.GetAsync("/readyz");
        var text = await notReady.Content.ReadAsStringAsync();
        Assert.Matches(MigrationsNotApplied(), text);
        await AssertBytes(notReady, HttpStatusCode.ServiceUnavailable, text);
    }

    [GeneratedRegex("""^\{"status":"not ready","reason":"[0-9]+ database migration\(s\) not applied"\}$""")]
    private static partial Regex MigrationsNotApplied();

    [Fact]
    public async Task Account_answers_are_their_exact_bytes_with_the_relaxed_escaping()
    {
        var visitor = Visitor.Of(Factory);
        var antiforgery = await visitor.Client.GetAsync("/api/antiforgery");
        var token = (await Visitor.JsonAsync(antiforgery, HttpStatusCode.OK)).GetProperty("token").GetString()!;
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        await AssertBytes(antiforgery, HttpStatusCode.OK,
            $"{{\"token\":\"{token}\",\"field\":\"{SurgeWebApp.AntiforgeryField}\",\"header\":\"{SurgeWebApp.AntiforgeryHeader}\"}}");

        await AssertBytes(await visitor.SignUpAsync("ada+pin@example.com"), HttpStatusCode.OK,
            "{\"status\":\"registered\",\"detail\":\"sign in with this email and password (POST /account/login); if the email had an account already, it is unchanged and its own password signs in\"}");
        await AssertBytes(await visitor.LoginAsync("ada+pin@example.com"), HttpStatusCode.OK, "{\"email\":\"ada+pin@example.com\"}");
        await AssertBytes(await visitor.Client.GetAsync("/api/account"), HttpStatusCode.OK, "{\"email\":\"ada+pin@example.com\"}");
    }

    private static async Task AssertBytes(HttpResponseMessage response, HttpStatusCode status, string expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal(JsonContentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(expected, text);
    }
}
