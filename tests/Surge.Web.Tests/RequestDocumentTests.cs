using System.Text.Json.Serialization.Metadata;
using Surge.Files;

namespace Surge.Web.Tests;

/// <summary>
/// The typed request documents (src/Surge.Reports/Answers/RequestDocuments.cs) only describe the bodies the located
/// readers read: each record's JSON property names are the keys its reader accepts (the reader's own list), and the
/// OpenAPI document shows their schemas (and the YAML alternative where there is one) for every request body.
/// </summary>
public sealed class RequestDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, Type, string[]> Documents() => new()
    {
        { "session", typeof(SessionDocument), [.. DocumentKeys.Session] },
        { "athlete", typeof(AthleteDocument), [.. DocumentKeys.Athlete] },
        { "exercise", typeof(ExerciseDocument), [.. DocumentKeys.Exercise] },
        { "set", typeof(SetDocument), [.. DocumentKeys.Set] },
        { "program", typeof(ProgramDocument), [.. DocumentKeys.Program] },
        { "nutrition", typeof(NutritionDocument), [.. DocumentKeys.Nutrition] },
        { "block", typeof(ProgramBlockDocument), [.. DocumentKeys.Block] },
        { "day", typeof(ProgramDayDocument), [.. DocumentKeys.Day] },
        { "trial", typeof(TrialDocument), [.. DocumentKeys.Trial] },
        { "cohort", typeof(TrialCohortDocument), [.. DocumentKeys.Cohort] },
        { "arm", typeof(TrialArmDocument), [.. DocumentKeys.Arm] },
        { "outcome", typeof(TrialOutcomeDocument), [.. DocumentKeys.Outcome] },
        { "compare", typeof(CompareRequestDocument), [.. CompareRequest.Fields] },
        { "profile", typeof(AthleteDocument), [.. LogApi.ProfileFields] },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_properties_are_the_keys_its_reader_accepts(string document, Type type, string[] keys)
    {
        var properties = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }.GetTypeInfo(type).Properties.Select(p => p.Name);
        Assert.True(keys.Length > 0, document);
        Assert.Equal(keys.Order(StringComparer.Ordinal), properties.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/simulate", "post", "application/yaml", "athlete", "start", "exercises")]
    [InlineData("/api/compare", "post", null, "sessions", "names")]
    [InlineData("/api/train", "post", "application/yaml", "athlete", "weeks", "week", "blocks")]
    [InlineData("/api/trial", "post", "application/yaml", "cohort", "design", "arms", "outcomes")]
    [InlineData("/api/athletes/{id}/profile", "put", null, "sex", "age", "body_mass", "body_fat", "training_status", "resting_testosterone")]
    public async Task OpenApi_request_body_has_the_typed_schema(string path, string method, string? otherType, params string[] properties)
    {
        var response = await _client.GetAsync("/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var openApi = JsonDocument.Parse(text);
        var root = openApi.RootElement;
        var content = root.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("requestBody").GetProperty("content");
        var types = content.EnumerateObject().Select(c => c.Name).ToArray();
        Assert.Equal(otherType is null ? ["application/json"] : ["application/json", otherType], types);
        var schema = content.GetProperty("application/json").GetProperty("schema");
        Assert.True(schema.TryGetProperty("$ref", out var reference), $"{path}: {schema}");
        var component = root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        var declared = component.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(properties.Order(StringComparer.Ordinal), declared.Intersect(properties).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/simulate", "SimulateAnswer", "text/csv", "image/png", "image/svg+xml")]
    [InlineData("/api/compare", "CompareAnswer", "image/png", "image/svg+xml")]
    [InlineData("/api/trial", "TrialRunAnswer", "text/csv")]
    [InlineData("/api/train", "TrainAnswer")]
    public async Task OpenApi_answer_is_the_typed_json_or_a_file_of_bytes(string path, string answer, params string[] files)
    {
        var response = await _client.GetAsync("/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var openApi = JsonDocument.Parse(text);
        var content = openApi.RootElement.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("responses").GetProperty("200").GetProperty("content");

        Assert.Equal(["application/json", .. files], content.EnumerateObject().Select(c => c.Name).ToArray());
        Assert.Equal("#/components/schemas/" + answer, content.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        foreach (var file in files)
        {
            var schema = content.GetProperty(file).GetProperty("schema");
            Assert.False(schema.TryGetProperty("$ref", out _), $"{path} {file}: {schema}");
            Assert.Equal("string", schema.GetProperty("type").GetString());
            Assert.Equal("binary", schema.GetProperty("format").GetString());
        }
    }

    [Theory]
    [InlineData("/api/account", "get", "200", "email")]
    [InlineData("/account/login", "post", "200", "email")]
    [InlineData("/account/register", "post", "200", "status", "detail")]
    [InlineData("/api/antiforgery", "get", "200", "token", "field", "header")]
    [InlineData("/healthz", "get", "200", "status", "reason")]
    [InlineData("/readyz", "get", "200", "status", "reason")]
    [InlineData("/readyz", "get", "503", "status", "reason")]
    public async Task OpenApi_account_and_health_answers_have_their_typed_schemas(string path, string method, string status, params string[] properties)
    {
        var response = await _client.GetAsync("/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();
        using var openApi = JsonDocument.Parse(text);
        var root = openApi.RootElement;
        var schema = root.GetProperty("paths").GetProperty(path).GetProperty(method)
            .GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.True(schema.TryGetProperty("$ref", out var reference), $"{path}: {schema}");
        var component = root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        Assert.Equal(properties, component.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }
}
