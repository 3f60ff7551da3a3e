using System.Net;
using System.Text;
using System.Text.Json;
using Surge.Catalogue;
using Surge.Files;
using Surge.Reports;
using Surge.Trials;

namespace Surge.Web.Tests;

/// <summary><c>POST /api/trial</c>: the CLI's trial object plus each subject's values, within the limits of the caller.</summary>
public sealed class TrialApiTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>A trial of 1 vs 3 sets of leg extensions over <paramref name="weeks"/> weeks.</summary>
    private static string TrialJson(int n, int weeks = 2, string design = "parallel", string? firstArm = null, int arms = 2)
    {
        string Arm(int sets) =>
            "{\"program\": {\"weeks\": " + weeks + ", \"week\": {\"mon\": {\"exercises\": [{\"exercise\": \"leg extension\", \"sets\": " + sets
            + ", \"reps\": 10, \"load\": \"10RM\", \"rest\": \"2 min\"}]}}}}";
        var armList = Enumerable.Range(1, arms).Select(a => $"\"arm_{a}\": {(a == 1 && firstArm is not null ? firstArm : Arm(a))}");
        return $$"""
            {"cohort": {"n": {{n}}, "athlete": {"sex": "male", "age": 25, "training_status": "untrained"}, "variability": "population"},
             "design": "{{design}}", "seed": 12,
             "arms": { {{string.Join(", ", armList)}} },
             "outcomes": [{"measure": "muscle_size", "group": "quadriceps"}, {"measure": "one_rm", "exercise": "leg extension"}]}
            """;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string json) =>
        client.PostAsync("/api/trial", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, string field)
    {
        var problem = await Visitor.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(field, problem.GetProperty("field").GetString());
        return problem;
    }

    [Fact]
    public async Task Post_small_trial_answers_the_cli_object_and_every_subject()
    {
        var json = TrialJson(n: 4);
        var response = await PostAsync(_factory.CreateClient(), json);
        var answer = await Visitor.JsonAsync(response, HttpStatusCode.OK);

        var parse = TrialFile.Parse(json, "request.json", ExerciseCatalogue.Default);
        var run = TrialRunner.Default.Run(parse.Trial!, 0, 1);
        var cli = JsonDocument.Parse(TrialOutput.Json(TrialResult.Compute(parse.Trial!, run.Observations))).RootElement;
        foreach (var property in cli.EnumerateObject())
        {
            Assert.Equal(property.Value.GetRawText().Replace(" ", "", StringComparison.Ordinal).ReplaceLineEndings(""),
                answer.GetProperty(property.Name).GetRawText().Replace(" ", "", StringComparison.Ordinal).ReplaceLineEndings(""));
        }
        var subjects = answer.GetProperty("subjects");
        Assert.Equal(8, subjects.GetArrayLength());
        Assert.Equal([1, 2, 3, 4, 1, 2, 3, 4], subjects.EnumerateArray().Select(s => s.GetProperty("subject").GetInt32()));
        Assert.Equal("arm_2", subjects[7].GetProperty("arm").GetString());
        Assert.True(subjects[0].GetProperty("values").GetProperty("muscle_size:quadriceps").GetDouble() > 0);
        var limits = answer.GetProperty("limits");
        Assert.False(limits.GetProperty("signed_in").GetBoolean());
        Assert.Equal(TrialLimits.Anonymous.SubjectsPerArm, limits.GetProperty("n_per_arm").GetInt32());
        Assert.Equal("%", answer.GetProperty("arms").GetProperty("arm_1").GetProperty("outcomes").GetProperty("muscle_size:quadriceps").GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Post_within_design_numbers_each_subject_once_for_every_arm_and_tests_paired()
    {
        var answer = await Visitor.JsonAsync(await PostAsync(_factory.CreateClient(), TrialJson(n: 3, design: "within")), HttpStatusCode.OK);

        Assert.Equal([1, 2, 3, 1, 2, 3], answer.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("subject").GetInt32()));
        Assert.Equal("paired", answer.GetProperty("contrasts")[0].GetProperty("test").GetString());
    }

    [Fact]
    public async Task Post_anonymous_over_50_per_arm_is_400_naming_cohort_n_and_the_signed_in_limit()
    {
        var problem = await ProblemAsync(await PostAsync(_factory.CreateClient(), TrialJson(n: 51)), "cohort.n");

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("at most 50 subjects per arm", detail, StringComparison.Ordinal);
        Assert.Contains("without an account", detail, StringComparison.Ordinal);
        Assert.Contains("got 51", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_anonymous_over_12_weeks_is_400_naming_the_arms_weeks()
    {
        var problem = await ProblemAsync(await PostAsync(_factory.CreateClient(), TrialJson(n: 2, weeks: 13)), "arms.arm_1.program.weeks");

        Assert.Contains("at most 12 weeks", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_anonymous_over_4_arms_is_400_naming_arms()
    {
        await ProblemAsync(await PostAsync(_factory.CreateClient(), TrialJson(n: 2, arms: 5)), "arms");
    }

    [Fact]
    public async Task Post_signed_in_runs_past_the_anonymous_limit_up_to_its_own()
    {
        var visitor = Visitor.Of(_factory);
        await Visitor.JsonAsync(await visitor.RegisterAsync("trial@example.com"), HttpStatusCode.OK);

        var answer = await Visitor.JsonAsync(await PostAsync(visitor.Client, TrialJson(n: 60, weeks: 1)), HttpStatusCode.OK);
        var problem = await ProblemAsync(await PostAsync(visitor.Client, TrialJson(n: TrialLimits.SignedIn.SubjectsPerArm + 1, weeks: 1)), "cohort.n");

        Assert.True(answer.GetProperty("limits").GetProperty("signed_in").GetBoolean());
        Assert.Equal(120, answer.GetProperty("subjects").GetArrayLength());
        Assert.Contains("for a signed-in user", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_limits_says_the_callers_limits_and_both_sets()
    {
        var visitor = Visitor.Of(_factory);
        var anonymous = await Visitor.JsonAsync(await visitor.Client.GetAsync("/api/trial/limits"), HttpStatusCode.OK);
        await Visitor.JsonAsync(await visitor.RegisterAsync("limits@example.com"), HttpStatusCode.OK);
        var signedIn = await Visitor.JsonAsync(await visitor.Client.GetAsync("/api/trial/limits"), HttpStatusCode.OK);

        Assert.False(anonymous.GetProperty("signed_in").GetBoolean());
        Assert.Equal(50, anonymous.GetProperty("n_per_arm").GetInt32());
        Assert.Equal(12, anonymous.GetProperty("weeks").GetInt32());
        Assert.True(signedIn.GetProperty("signed_in").GetBoolean());
        Assert.Equal(TrialLimits.SignedIn.SubjectsPerArm, signedIn.GetProperty("n_per_arm").GetInt32());
        Assert.Equal(TrialLimits.SignedIn.Weeks, signedIn.GetProperty("signed_in_limits").GetProperty("weeks").GetInt32());
    }

    [Fact]
    public async Task Post_arm_given_as_a_file_is_400_and_reads_nothing()
    {
        var problem = await ProblemAsync(await PostAsync(_factory.CreateClient(), TrialJson(n: 2, firstArm: "{\"program\": \"/etc/passwd\"}")), "arms.arm_1.program");

        Assert.Contains("inline program", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_bad_trial_is_400_naming_the_field()
    {
        var json = TrialJson(n: 2).Replace("\"parallel\"", "\"crossover\"", StringComparison.Ordinal);

        await ProblemAsync(await PostAsync(_factory.CreateClient(), json), "design");
    }

    [Theory]
    [InlineData("parallel")]
    [InlineData("within")]
    public async Task Post_download_json_and_csv_are_the_bytes_of_surge_trial_json_and_csv(string design)
    {
        var json = TrialJson(n: 3, design: design);
        var folder = Directory.CreateTempSubdirectory("surge-trial-download-");
        try
        {
            var file = Path.Combine(folder.FullName, "trial.json");
            var csvPath = Path.Combine(folder.FullName, "subjects.csv");
            File.WriteAllText(file, json);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Assert.Equal(0, Surge.Cli.Program.Run(["trial", file, "--json", "--csv", csvPath], stdout, stderr));
            var client = _factory.CreateClient();

            var jsonDownload = await client.PostAsync("/api/trial?download=json", new StringContent(json, Encoding.UTF8, "application/json"));
            var csvDownload = await client.PostAsync("/api/trial?download=CSV", new StringContent(json, Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.OK, jsonDownload.StatusCode);
            Assert.Equal("application/json", jsonDownload.Content.Headers.ContentType?.MediaType);
            Assert.Equal("trial.json", jsonDownload.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal(stdout.ToString(), await jsonDownload.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, csvDownload.StatusCode);
            Assert.Equal("text/csv", csvDownload.Content.Headers.ContentType?.MediaType);
            Assert.Equal("trial-subjects.csv", csvDownload.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal(await File.ReadAllBytesAsync(csvPath), await csvDownload.Content.ReadAsByteArrayAsync());
            Assert.StartsWith("subject,arm,outcome,value\n", await csvDownload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Post_download_of_an_unknown_kind_is_400_naming_download_before_running()
    {
        var response = await _factory.CreateClient().PostAsync("/api/trial?download=xlsx", new StringContent(TrialJson(n: 2), Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, "download");
        Assert.Contains("got 'xlsx'", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_download_keeps_the_limits()
    {
        var response = await _factory.CreateClient().PostAsync("/api/trial?download=csv", new StringContent(TrialJson(n: 51), Encoding.UTF8, "application/json"));

        await ProblemAsync(response, "cohort.n");
    }
}
