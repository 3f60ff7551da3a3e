namespace Surge.Web.Tests;

/// <summary>A comparison's answer is bounded: the sessions together simulate at most SurgeApi.MaximumComparedMinutes.</summary>
public sealed class CompareLimitTests(ApiFactory factory, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    private static string Session(int sets, string rest, string recordUntil) =>
        $$"""{ "record_until": "{{recordUntil}}", "exercises": [ { "exercise": "back squat", "sets": {{sets}}, "reps": 5, "load": "70 %1RM", "rest": "{{rest}}" } ] }""";

    private static string Comparison(string session, int count) =>
        $$"""{ "sessions": [{{string.Join(",", Enumerable.Repeat(session, count))}}] }""";

    [Fact]
    public async Task Compare_TenSessionsOfLongRests_400NamingSessionsAtOnce()
    {
        // The 9.3 KB request of issue 15 (10 sessions of 200 sets with 24 h rests) answered 298 MB of JSON.
        var body = Comparison(Session(200, "24 h", "48 h"), 10);
        var clock = Stopwatch.StartNew();
        var response = await factory.CreateClient().PostAsync("/api/compare?no_exercise=true", Api.Json(body));
        clock.Stop();
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("sessions", problem.GetProperty("field").GetString());
        Assert.Contains("at most 10000 min", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        output.WriteLine($"{body.Length} bytes in, refused in {clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"refused after {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Compare_ThreeSessionsOf47Hours_AnswersWithinItsBound()
    {
        var body = Comparison(Session(20, "90 s", "47 h"), 3);
        var response = await factory.CreateClient().PostAsync("/api/compare?no_exercise=true", Api.Json(body));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        output.WriteLine($"3 sessions of 47 h with no_exercise: {bytes.Length} bytes");
        Assert.True(bytes.Length < 10 * 1024 * 1024, $"{bytes.Length} bytes");
        var four = await factory.CreateClient().PostAsync("/api/compare", Api.Json(Comparison(Session(20, "90 s", "47 h"), 4)));
        Assert.Equal(HttpStatusCode.BadRequest, four.StatusCode);
    }
}
