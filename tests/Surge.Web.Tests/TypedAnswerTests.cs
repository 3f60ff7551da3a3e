namespace Surge.Web.Tests;

/// <summary>
/// The typed answers (src/Surge.Reports/Answers, docs/formats.md): the OpenAPI document shows their schemas, and the API
/// writes every shipped example byte for byte as the command line prints it.
/// </summary>
public sealed class TypedAnswerTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly string _examples = Path.Combine(AppContext.BaseDirectory, "examples");

    public static TheoryData<string> Sessions() => Examples(name => !name.StartsWith("program-", StringComparison.Ordinal) && !name.StartsWith("trial-", StringComparison.Ordinal));

    public static TheoryData<string> Programs() => Examples(name => name.StartsWith("program-", StringComparison.Ordinal));

    private static TheoryData<string> Examples(Func<string, bool> take) =>
        [.. Directory.GetFiles(_examples, "*.yaml").Select(Path.GetFileName).OfType<string>().Where(take).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("/api/simulate", "post", "session", "measures", "diagnostics", "warnings")]
    [InlineData("/api/compare", "post", "sessions")]
    [InlineData("/api/train", "post", "weeks", "muscles", "strength", "resting_testosterone_change_pct", "acute_surge_share_pct", "session_surge", "weekly", "warnings")]
    [InlineData("/api/model", "get", "muscles", "measures", "athlete_defaults", "session_defaults", "reps_to_fraction", "units", "limits", "volume_bands")]
    [InlineData("/api/exercises", "get", "exercises")]
    [InlineData("/api/trial", "post", "design", "n", "arms", "contrasts", "correlations", "subjects", "limits", "warnings")]
    [InlineData("/api/trial/limits", "get", "signed_in", "n_per_arm", "weeks", "arms", "power_replicates", "anonymous", "signed_in_limits")]
    [InlineData("/api/validation", "get", "cases", "passed", "near", "failed", "summary", "sets")]
    [InlineData("/api/history", "get", "workouts", "weeks", "sessions", "projection", "athlete", "readiness", "fitness_fatigue")]
    [InlineData("/api/history/demo", "get", "workouts", "weeks", "athlete", "demo")]
    [InlineData("/api/import", "post", "workouts", "sets", "added", "already_present", "skipped", "athlete", "warnings")]
    [InlineData("/api/athletes", "get", "athletes")]
    [InlineData("/api/athletes/{id}", "get", "id", "name", "workouts", "sets", "first", "last")]
    [InlineData("/api/athletes/{id}/profile", "get", "name", "sex", "age", "body_mass_kg", "training_status", "number")]
    public async Task OpenApi_answer_has_the_typed_schema_with_its_properties(string path, string method, params string[] properties)
    {
        var response = await _client.GetAsync("/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var schema = root.GetProperty("paths").GetProperty(path).GetProperty(method)
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.True(schema.TryGetProperty("$ref", out var reference), $"{path}: {schema}");
        var name = reference.GetString()!.Split('/')[^1];
        var component = root.GetProperty("components").GetProperty("schemas").GetProperty(name);
        var declared = component.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        foreach (var property in properties)
        {
            Assert.Contains(property, declared);
        }
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    public async Task Simulate_answer_is_byte_for_byte_the_cli_object(string example) =>
        Assert.Equal(Cli("simulate", example), await Answer("/api/simulate", example));

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task Train_answer_is_byte_for_byte_the_cli_object(string example) =>
        Assert.Equal(Cli("train", example), await Answer("/api/train", example));

    private async Task<string> Answer(string path, string example)
    {
        var response = await _client.PostAsync(path, Api.Yaml(Api.Example(example)));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    /// <summary>What <c>surge COMMAND EXAMPLE --json</c> prints, without the newline the console adds.</summary>
    private static string Cli(string command, string example)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Surge.Cli.Program.Run([command, Path.Combine(_examples, example), "--json"], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        return stdout.ToString().TrimEnd();
    }
}
