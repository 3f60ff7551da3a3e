namespace Surge.Web.Tests;

public sealed class ApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] _measures = ["total_testosterone", "free_testosterone", "growth_hormone", "cortisol", "lactate"];

    private readonly HttpClient _client = factory.CreateClient();

    private static async Task<JsonElement> ReadJson(HttpResponseMessage response, HttpStatusCode status, string mediaType = "application/json")
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {text}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static void AssertSimulation(JsonElement simulation)
    {
        Assert.True(simulation.TryGetProperty("session", out var session));
        Assert.True(session.GetProperty("sets").GetInt32() > 0);
        var measures = simulation.GetProperty("measures");
        Assert.Equal(_measures, measures.EnumerateObject().Select(p => p.Name).ToArray());
        foreach (var measure in measures.EnumerateObject())
        {
            Assert.True(measure.Value.GetProperty("series").GetArrayLength() > 1);
        }
        Assert.True(simulation.TryGetProperty("diagnostics", out _));
    }

    [Fact]
    public async Task Simulate_json_session_answers_the_simulate_object()
    {
        var response = await _client.PostAsync("/api/simulate", Api.Json(Api.Example("full-body.json")));
        AssertSimulation(await ReadJson(response, HttpStatusCode.OK));
    }

    [Fact]
    public async Task Simulate_yaml_session_is_byte_for_byte_the_cli_object()
    {
        var response = await _client.PostAsync("/api/simulate", Api.Yaml(Api.Example("leg-day.yaml")));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSimulation(JsonDocument.Parse(body).RootElement);

        var stdout = new StringWriter();
        var code = Surge.Cli.Program.Run(["simulate", Path.Combine(AppContext.BaseDirectory, "examples", "leg-day.yaml"), "--json"], stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Equal(stdout.ToString().TrimEnd(), body);
    }

    [Fact]
    public async Task Compare_answers_one_simulate_object_per_session()
    {
        var body = $$"""{ "sessions": [ {{Api.Example("full-body.json")}}, {{Api.Session(3)}} ] }""";
        var json = await ReadJson(await _client.PostAsync("/api/compare", Api.Json(body)), HttpStatusCode.OK);
        var sessions = json.GetProperty("sessions").EnumerateArray().ToArray();
        Assert.Equal(2, sessions.Length);
        foreach (var session in sessions)
        {
            AssertSimulation(session);
        }
        Assert.Equal(3, sessions[1].GetProperty("session").GetProperty("sets").GetInt32());
    }

    [Fact]
    public async Task Compare_needs_two_sessions()
    {
        var body = $$"""{ "sessions": [ {{Api.Session(3)}} ] }""";
        var problem = await ReadJson(await _client.PostAsync("/api/compare", Api.Json(body)), HttpStatusCode.BadRequest, "application/problem+json");
        Assert.Equal("sessions", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Compare_error_points_into_the_body()
    {
        var body = "{\n  \"sessions\": [\n" + Api.Session(3) + ",\n" + Api.Session(3, "no such lift") + "\n  ]\n}";
        var problem = await ReadJson(await _client.PostAsync("/api/compare", Api.Json(body)), HttpStatusCode.BadRequest, "application/problem+json");
        Assert.StartsWith("sessions[1].exercises[0]", problem.GetProperty("field").GetString());
        var lines = body.Split('\n');
        var line = problem.GetProperty("line").GetInt32();
        Assert.Contains("no such lift", lines[line - 1]);
    }

    [Fact]
    public async Task Train_answers_the_train_object_with_every_muscle()
    {
        var response = await _client.PostAsync("/api/train", Api.Yaml(Api.Example("program-beginner-full-body-12wk.yaml")));
        var json = await ReadJson(response, HttpStatusCode.OK);
        Assert.Equal(12, json.GetProperty("weeks").GetInt32());
        var muscles = json.GetProperty("muscles").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(MuscleGroups.AllIds, muscles);
    }

    [Fact]
    public async Task Train_json_program()
    {
        var json = await ReadJson(await _client.PostAsync("/api/train", Api.Json(Api.Program(4))), HttpStatusCode.OK);
        Assert.Equal(4, json.GetProperty("weeks").GetInt32());
    }

    [Fact]
    public async Task Exercises_lists_the_catalogue_and_search_filters()
    {
        var all = await ReadJson(await _client.GetAsync("/api/exercises"), HttpStatusCode.OK);
        var searched = await ReadJson(await _client.GetAsync("/api/exercises?search=squat"), HttpStatusCode.OK);
        var allCount = all.GetProperty("exercises").GetArrayLength();
        var names = searched.GetProperty("exercises").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(ExerciseCatalogue.Default.All.Count, allCount);
        Assert.NotEmpty(names);
        Assert.True(names.Length < allCount);
        Assert.Contains(names, n => n.Contains("squat", StringComparison.OrdinalIgnoreCase));
        var none = await ReadJson(await _client.GetAsync("/api/exercises?search=zzzzqqq"), HttpStatusCode.OK);
        Assert.Equal(0, none.GetProperty("exercises").GetArrayLength());
    }

    [Fact]
    public async Task Validation_answers_the_validate_object()
    {
        var json = await ReadJson(await _client.GetAsync("/api/validation"), HttpStatusCode.OK);
        Assert.True(json.GetProperty("cases").GetArrayLength() > 0);
        var total = json.GetProperty("passed").GetInt32() + json.GetProperty("near").GetInt32() + json.GetProperty("failed").GetInt32();
        Assert.Equal(json.GetProperty("cases").GetArrayLength(), total);
    }

    [Fact]
    public async Task Unknown_exercise_is_a_located_problem()
    {
        var response = await _client.PostAsync("/api/simulate", Api.Json(Api.Session(3, "no such lift")));
        var problem = await ReadJson(response, HttpStatusCode.BadRequest, "application/problem+json");
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.Contains("no such lift", problem.GetProperty("detail").GetString());
        Assert.StartsWith("exercises[0]", problem.GetProperty("field").GetString());
        Assert.Equal(4, problem.GetProperty("line").GetInt32());
        Assert.True(problem.GetProperty("column").GetInt32() > 0);
    }

    [Fact]
    public async Task Malformed_json_is_a_problem()
    {
        var response = await _client.PostAsync("/api/simulate", Api.Json("{ \"exercises\": [ { \"exercise\": "));
        var problem = await ReadJson(response, HttpStatusCode.BadRequest, "application/problem+json");
        Assert.DoesNotContain("   at ", problem.GetProperty("detail").GetString());
        Assert.True(problem.TryGetProperty("line", out _));
    }

    [Fact]
    public async Task Malformed_compare_body_is_a_problem()
    {
        var response = await _client.PostAsync("/api/compare", Api.Json("{ \"sessions\": [ {"));
        await ReadJson(response, HttpStatusCode.BadRequest, "application/problem+json");
    }

    [Fact]
    public async Task More_than_200_sets_is_a_problem()
    {
        var response = await _client.PostAsync("/api/simulate", Api.Json(Api.Session(201)));
        var problem = await ReadJson(response, HttpStatusCode.BadRequest, "application/problem+json");
        Assert.Contains("at most 200 sets per session", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task More_than_104_weeks_is_a_problem()
    {
        var response = await _client.PostAsync("/api/train", Api.Json(Api.Program(105)));
        var problem = await ReadJson(response, HttpStatusCode.BadRequest, "application/problem+json");
        Assert.Equal("weeks", problem.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("/api/simulate", "text/plain")]
    [InlineData("/api/train", "application/xml")]
    [InlineData("/api/compare", "application/yaml")]
    public async Task Wrong_content_type_is_415(string path, string mediaType)
    {
        var response = await _client.PostAsync(path, new StringContent("{}", System.Text.Encoding.UTF8, mediaType));
        await ReadJson(response, HttpStatusCode.UnsupportedMediaType, "application/problem+json");
    }

    [Fact]
    public async Task Body_over_10_MB_is_413()
    {
        var body = new string(' ', (int)SurgeApi.MaximumBodyBytes + 1);
        var response = await _client.PostAsync("/api/simulate", Api.Json(body));
        await ReadJson(response, HttpStatusCode.RequestEntityTooLarge, "application/problem+json");
    }

    [Fact]
    public async Task Body_over_10_MB_without_length_is_413()
    {
        var content = new StreamContent(new MemoryStream(new byte[SurgeApi.MaximumBodyBytes + 1]));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/train") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var response = await _client.SendAsync(request);
        await ReadJson(response, HttpStatusCode.RequestEntityTooLarge, "application/problem+json");
    }

    [Fact]
    public async Task Unknown_route_is_a_problem_404()
    {
        var response = await _client.GetAsync("/api/nothing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Simulate_answers_the_csv_table_and_the_figure_on_request()
    {
        var csv = await _client.PostAsync("/api/simulate?format=csv", Api.Yaml(Api.Example("leg-day.yaml")));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Surge.Reports.CsvOutput.Header, lines[0]);
        Assert.Contains(lines, l => l.Contains(",growth_hormone,", StringComparison.Ordinal));

        var png = await _client.PostAsync("/api/simulate?format=png", Api.Yaml(Api.Example("leg-day.yaml")));
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 10_000, $"{bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);

        var svg = await _client.PostAsync("/api/simulate?format=svg", Api.Yaml(Api.Example("leg-day.yaml")));
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var bad = await ReadJson(await _client.PostAsync("/api/simulate?format=gif", Api.Yaml(Api.Example("leg-day.yaml"))), HttpStatusCode.BadRequest, "application/problem+json");
        Assert.Equal("format", bad.GetProperty("field").GetString());
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var json = await ReadJson(await _client.GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[] { "/api/simulate", "/api/compare", "/api/train", "/api/exercises", "/api/model", "/api/validation", "/api/import", "/api/history", "/api/athletes", "/api/athletes/{id}", "/api/athletes/{id}/history", "/api/account", "/api/account/login", "/api/account/register", "/account/login", "/account/register", "/account/logout", "/api/antiforgery" })
        {
            Assert.Contains(path, paths);
        }
    }

    [Fact]
    public async Task On_request_each_measure_carries_the_day_without_the_session()
    {
        var plain = await ReadJson(await _client.PostAsync("/api/simulate", Api.Yaml(Api.Example("leg-day.yaml"))), HttpStatusCode.OK);
        Assert.False(plain.GetProperty("measures").GetProperty("growth_hormone").TryGetProperty("no_exercise_series", out _));

        var json = await ReadJson(await _client.PostAsync("/api/simulate?no_exercise=true", Api.Yaml(Api.Example("leg-day.yaml"))), HttpStatusCode.OK);
        foreach (var measure in json.GetProperty("measures").EnumerateObject())
        {
            var series = measure.Value.GetProperty("series").EnumerateArray().ToArray();
            var rest = measure.Value.GetProperty("no_exercise_series").EnumerateArray().ToArray();
            Assert.Equal(series.Length, rest.Length);
            Assert.Equal(measure.Value.GetProperty("baseline").GetDouble(), rest[0].GetProperty("value").GetDouble(), 3);
        }
        var gh = json.GetProperty("measures").GetProperty("growth_hormone");
        var restPeak = gh.GetProperty("no_exercise_series").EnumerateArray().Max(p => p.GetProperty("value").GetDouble());
        Assert.True(restPeak * 10 < gh.GetProperty("peak").GetDouble(), $"GH without the session peaks at {restPeak} ug/L");

        var body = $$"""{ "sessions": [ {{Api.Session(3)}}, {{Api.Session(4)}} ] }""";
        var compared = await ReadJson(await _client.PostAsync("/api/compare?no_exercise=true", Api.Json(body)), HttpStatusCode.OK);
        Assert.All(compared.GetProperty("sessions").EnumerateArray(), s => Assert.True(s.GetProperty("measures").GetProperty("lactate").TryGetProperty("no_exercise_series", out _)));
    }

    [Fact]
    public async Task Compare_takes_names_and_answers_the_overlay_figure_on_request()
    {
        var body = $$"""{ "sessions": [ {{Api.Example("full-body.json")}}, {{Api.Session(3)}} ], "names": ["Push/pull day", "Squats"] }""";
        var json = await ReadJson(await _client.PostAsync("/api/compare", Api.Json(body)), HttpStatusCode.OK);
        Assert.Equal(["Push/pull day", "Squats"], json.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("file").GetString()));

        var svg = await _client.PostAsync("/api/compare?format=svg", Api.Json(body));
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var text = await svg.Content.ReadAsStringAsync();
        Assert.Contains("Push/pull day", text, StringComparison.Ordinal);
        Assert.Contains("Squats", text, StringComparison.Ordinal);

        var png = await _client.PostAsync("/api/compare?format=png", Api.Json(body));
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);

        var mismatch = $$"""{ "sessions": [ {{Api.Session(2)}}, {{Api.Session(3)}} ], "names": ["only one"] }""";
        var problem = await ReadJson(await _client.PostAsync("/api/compare", Api.Json(mismatch)), HttpStatusCode.BadRequest, "application/problem+json");
        Assert.Equal("names", problem.GetProperty("field").GetString());
        var empty = $$"""{ "sessions": [ {{Api.Session(2)}}, {{Api.Session(3)}} ], "names": ["a", ""] }""";
        var blank = await ReadJson(await _client.PostAsync("/api/compare", Api.Json(empty)), HttpStatusCode.BadRequest, "application/problem+json");
        Assert.Equal("names[1]", blank.GetProperty("field").GetString());
    }
}
