namespace Surge.Web.Tests;

/// <summary>
/// The web API's JSON requests, <see cref="Fuzzer.InputsPerReader"/> (10,000 in CI) seeded mutations each, sent
/// through the whole server (body reader, parsers, limits, endpoint): every answer is 200 or the documented problem
/// (400, or 413 for a body too large) with a non-empty detail — never a 500, never over the per-input budget.
/// </summary>
public sealed class RequestFuzzTests : ServerTest
{
    private const string Session = """
        {"athlete": {"sex": "female", "age": 31, "body_mass": "60 kg"}, "start": "17:30", "record_until": "30 min",
         "exercises": [{"exercise": "leg press", "sets": 3, "reps": 10, "load": "10RM", "rest": 90},
                       {"exercise": "dumbbell curl", "side": "right", "sets": [{"reps": 8, "load": "10 kg", "rpe": 8}, {"reps": 6, "load": "12 kg", "to_failure": true}]}]}
        """;

    private const string Program = """
        {"athlete": {"sex": "male", "training_status": "untrained"}, "nutrition": {"protein": "1.6 g/kg/day", "energy_balance": "0 kcal/day"},
         "blocks": [{"weeks": 2, "week": {"mon": {"start": "17:00", "exercises": [{"exercise": "back squat", "sets": 3, "reps": 8, "load": "75 %1RM", "rest": "2 min"}]},
                                          "thu": {"exercises": [{"exercise": "biceps curl", "sets": 3, "reps": 10, "load": "10RM", "rest": 60}]}}},
                    {"weeks": 1, "week": {}}]}
        """;

    private const string Trial = """
        {"cohort": {"n": 2, "athlete": {"sex": "male", "age": 25, "training_status": "untrained"}, "variability": "none"},
         "design": "parallel", "seed": 3,
         "arms": {"one": {"program": {"weeks": 1, "week": {"mon": {"exercises": [{"exercise": "leg extension", "sets": 1, "reps": 10, "load": "10RM"}]}}}},
                  "three": {"program": {"weeks": 1, "week": {"mon": {"exercises": [{"exercise": "leg extension", "sets": 3, "reps": 10, "load": "10RM"}]}}}}},
         "outcomes": [{"measure": "muscle_size", "group": "quadriceps"}, {"measure": "one_rm", "exercise": "leg extension"}]}
        """;

    private const string Profile = """
        {"sex": "female", "age": 31, "body_mass": "61 kg", "body_fat": "24 %", "training_status": "trained", "resting_testosterone": "20 nmol/L"}
        """;

    private readonly ITestOutputHelper _output;

    public RequestFuzzTests(ITestOutputHelper output)
        : base(new ApiFactory
        {
            Settings =
            {
                ["Surge:RateLimit:SimulationsPerMinute"] = "100000000",
                ["Surge:RateLimit:AccountRequestsPerMinute"] = "100000000",
            },
        })
    {
        _output = output;
    }

    /// <summary>Sends one body; true for 200, false for the documented problem; throws for anything else.</summary>
    private static bool Answered(HttpClient client, Func<string, HttpRequestMessage> request, string body)
    {
        using var message = request(body);
        using var response = client.SendAsync(message).GetAwaiter().GetResult();
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge))
        {
            throw new InvalidOperationException($"answered {(int)response.StatusCode}: {text}");
        }
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        return false;
    }

    private static Func<string, HttpRequestMessage> Post(string path) =>
        body => new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private void Fuzz(string name, int seed, string[] examples, Func<string, HttpRequestMessage> request, HttpClient? client = null, int? count = null)
    {
        client ??= Factory.CreateClient();
        foreach (var example in examples)
        {
            Assert.True(Answered(client, request, example), $"{name}: the unmutated example is refused");
        }
        _output.WriteLine(Fuzzer.Run(name, seed, examples, Fuzzer.YamlTokens, body => Answered(client, request, body), count).ToString());
    }

    [Fact]
    public void Simulate_MutatedSessions_200OrProblem() => Fuzz("POST /api/simulate", 101, [Session], Post("/api/simulate"));

    [Fact]
    public void Compare_MutatedComparisons_200OrProblem() =>
        Fuzz("POST /api/compare", 102, [$$"""{"sessions": [{{Session}}, {"exercises": []}], "names": ["Legs", "Rest"]}"""], Post("/api/compare"));

    [Fact]
    public void Train_MutatedPrograms_200OrProblem() => Fuzz("POST /api/train", 103, [Program], Post("/api/train"));

    [Fact]
    public void Trial_MutatedTrials_200OrProblem() => Fuzz("POST /api/trial", 104, [Trial], Post("/api/trial"));

    /// <summary>
    /// The profile request's reader, alone (each request through the server also checks the cookie, the security stamp
    /// and the antiforgery token, ~3 ms: the full count goes to the reader, a tenth through the server below).
    /// </summary>
    [Fact]
    public void ProfileReader_MutatedProfiles_ChangesOrProblem() =>
        _output.WriteLine(Fuzzer.Run("profile request reader", 106, [Profile], Fuzzer.YamlTokens, json =>
        {
            // As the server reads a body: UTF-8 bytes decoded (a lone surrogate cannot arrive; it becomes U+FFFD).
            var (changes, problem) = LogApi.ParseProfile(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(json)));
            Assert.True(changes is null != (problem is null), "exactly one of changes and problem");
            if (problem is Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult { ProblemDetails: var details })
            {
                Assert.Equal(400, details.Status);
                Assert.False(string.IsNullOrWhiteSpace(details.Detail));
            }
            else
            {
                Assert.Null(problem);
            }
            return changes is not null;
        }).ToString());

    [Fact]
    public async Task Profile_MutatedProfiles_200OrProblem()
    {
        var visitor = await Visitor.SignedInAsync(Factory, "fuzz@example.com");
        var summary = await Visitor.JsonAsync(await visitor.ImportAsync(Api.StrongExport), HttpStatusCode.OK);
        var id = summary.GetProperty("athlete").GetProperty("id").GetInt64();
        var token = await visitor.TokenAsync();
        Fuzz("PUT /api/athletes/{id}/profile", 105, [Profile], body =>
        {
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/athletes/{id}/profile") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            put.Headers.Add(SurgeWebApp.AntiforgeryHeader, token);
            return put;
        }, visitor.Client, Math.Max(1, Fuzzer.InputsPerReader / 10));
    }
}
