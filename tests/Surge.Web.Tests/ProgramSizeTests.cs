namespace Surge.Web.Tests;

/// <summary>Programs bounded by their total sets, not only their weeks (<c>POST /api/train</c> and the arms of <c>POST /api/trial</c>).</summary>
public sealed class ProgramSizeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>
    /// <paramref name="blocks"/> one-week blocks written once and repeated with a YAML alias (the 350-byte program of
    /// issue 15), each week seven days of <paramref name="setsPerDay"/> sets.
    /// </summary>
    public static string AnchoredBlocks(int blocks, int setsPerDay, int weeksPerBlock = 1)
    {
        var days = string.Join(", ", new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" }.Select(d =>
            $"{d}: {{ exercises: [ {{ exercise: back squat, sets: {setsPerDay}, reps: 10, load: 70 %1RM, rest: 60 s }} ] }}"));
        var text = new StringBuilder("blocks:\n").Append($"  - &b {{ weeks: {weeksPerBlock}, week: {{ {days} }} }}\n");
        for (var i = 1; i < blocks; i++)
        {
            text.Append("  - *b\n");
        }
        return text.ToString();
    }

    [Fact]
    public async Task Train_AnchoredBlocksOfManySets_Is400NamingTheLimitAndTheCount_BeforeAnySimulation()
    {
        var watch = Stopwatch.StartNew();
        var response = await _client.PostAsync("/api/train", Api.Yaml(AnchoredBlocks(104, 200)));
        watch.Stop();

        var problem = await Visitor.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("blocks", problem.GetProperty("field").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("145,600 sets in all", detail);
        Assert.Contains($"at most {ProgramSize.WebMaximumSets:N0} sets per program", detail);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1.5), $"took {watch.Elapsed.TotalMilliseconds:0} ms (it simulated?)");
    }

    [Fact]
    public async Task Train_OneWeekTemplateOverTheLimit_Is400NamingWeek()
    {
        var program = """{"weeks": 104, "week": {"mon": {"exercises": [{"exercise": "back squat", "sets": 200, "reps": 5, "load": "80 %1RM", "rest": "60 s"}]}}}""";

        var problem = await Visitor.JsonAsync(await _client.PostAsync("/api/train", Api.Json(program)), HttpStatusCode.BadRequest);

        Assert.Equal("week", problem.GetProperty("field").GetString());
        Assert.Contains("20,800 sets in all", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Train_AtTheLimit_IsSimulated()
    {
        // 100 weeks of one 200-set day: exactly 20,000 sets.
        var program = """{"weeks": 100, "week": {"mon": {"exercises": [{"exercise": "back squat", "sets": 200, "reps": 5, "load": "80 %1RM", "rest": "60 s"}]}}}""";

        var json = await Visitor.JsonAsync(await _client.PostAsync("/api/train", Api.Json(program)), HttpStatusCode.OK);

        Assert.Equal(100, json.GetProperty("weeks").GetInt32());
    }

    [Fact]
    public async Task Trial_AnArmProgramOverTheLimit_Is400NamingTheArm()
    {
        string Arm(int sets) =>
            "{\"program\": {\"weeks\": 12, \"week\": {" + string.Join(", ", new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" }.Select(d =>
                $"\"{d}\": {{\"exercises\": [{{\"exercise\": \"leg extension\", \"sets\": {sets}, \"reps\": 10, \"load\": \"10RM\", \"rest\": \"60 s\"}}]}}")) + "}}}";
        var trial = $$"""
            {"cohort": {"n": 4}, "seed": 1,
             "arms": { "light": {{Arm(1)}}, "heavy": {{Arm(300)}} },
             "outcomes": [{"measure": "muscle_size", "group": "quadriceps"}]}
            """;

        var response = await _client.PostAsync("/api/trial", new StringContent(trial, Encoding.UTF8, "application/json"));
        var problem = await Visitor.JsonAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal("arms.heavy.program.week", problem.GetProperty("field").GetString());
        Assert.Contains("25,200 sets in all", problem.GetProperty("detail").GetString());
    }
}
