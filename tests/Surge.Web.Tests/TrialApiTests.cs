using System.Text.Json.Nodes;
using Surge.Files;
using Surge.Trials;

namespace Surge.Web.Tests;

/// <summary><c>POST /api/trial</c>: the CLI's trial object plus each subject's values, within the limits of the caller.</summary>
public sealed class TrialApiTests : ServerTest
{
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

    /// <summary>A trial of two sessions (2 vs 8 sets of back squats) on the acute peaks of testosterone, GH and cortisol.</summary>
    internal static string SessionTrialJson(int n, string design = "parallel", string? extraOutcome = null) =>
        $$$"""
        {"cohort": {"n": {{{n}}}, "athlete": {"sex": "male", "age": 25, "training_status": "untrained"}, "variability": "population"},
         "design": "{{{design}}}", "seed": 5,
         "arms": {"two_sets": {"session": {{{Api.Session(2)}}}}, "eight_sets": {"session": {{{Api.Session(8)}}}}},
         "outcomes": [{"measure": "acute_peak_change_pct", "hormone": "total_testosterone"},
                      {"measure": "acute_peak_change_pct", "hormone": "growth_hormone"},
                      {"measure": "acute_peak_change_pct", "hormone": "cortisol"}{{{extraOutcome}}}]}
        """;

    /// <summary>The JSON <c>surge trial</c> prints for <paramref name="json"/> as a trial file with <paramref name="options"/>.</summary>
    private static JsonElement Cli(string json, params string[] options)
    {
        var folder = Directory.CreateTempSubdirectory("surge-trial-cli-");
        try
        {
            var file = Path.Combine(folder.FullName, "trial.json");
            File.WriteAllText(file, json);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Assert.Equal(0, Surge.Cli.Program.Run(["trial", file, "--json", .. options], stdout, stderr));
            return JsonDocument.Parse(stdout.ToString()).RootElement.Clone();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Compact(JsonElement element) =>
        element.GetRawText().Replace(" ", "", StringComparison.Ordinal).ReplaceLineEndings("");

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
        var response = await PostAsync(Factory.CreateClient(), json);
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
        var answer = await Visitor.JsonAsync(await PostAsync(Factory.CreateClient(), TrialJson(n: 3, design: "within")), HttpStatusCode.OK);

        Assert.Equal([1, 2, 3, 1, 2, 3], answer.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("subject").GetInt32()));
        Assert.Equal("paired", answer.GetProperty("contrasts")[0].GetProperty("test").GetString());
    }

    [Fact]
    public async Task Post_anonymous_over_50_per_arm_is_400_naming_cohort_n_and_the_signed_in_limit()
    {
        var problem = await ProblemAsync(await PostAsync(Factory.CreateClient(), TrialJson(n: 51)), "cohort.n");

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("at most 50 subjects per arm", detail, StringComparison.Ordinal);
        Assert.Contains("without an account", detail, StringComparison.Ordinal);
        Assert.Contains("got 51", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_anonymous_over_12_weeks_is_400_naming_the_arms_weeks()
    {
        var problem = await ProblemAsync(await PostAsync(Factory.CreateClient(), TrialJson(n: 2, weeks: 13)), "arms.arm_1.program.weeks");

        Assert.Contains("at most 12 weeks", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_anonymous_over_4_arms_is_400_naming_arms()
    {
        await ProblemAsync(await PostAsync(Factory.CreateClient(), TrialJson(n: 2, arms: 5)), "arms");
    }

    [Fact]
    public async Task Post_signed_in_runs_past_the_anonymous_limit_up_to_its_own()
    {
        var visitor = await Visitor.SignedInAsync(Factory, "trial@example.com");

        var answer = await Visitor.JsonAsync(await PostAsync(visitor.Client, TrialJson(n: 60, weeks: 1)), HttpStatusCode.OK);
        var problem = await ProblemAsync(await PostAsync(visitor.Client, TrialJson(n: TrialLimits.SignedIn.SubjectsPerArm + 1, weeks: 1)), "cohort.n");

        Assert.True(answer.GetProperty("limits").GetProperty("signed_in").GetBoolean());
        Assert.Equal(120, answer.GetProperty("subjects").GetArrayLength());
        Assert.Contains("for a signed-in user", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_limits_says_the_callers_limits_and_both_sets()
    {
        var visitor = Visitor.Of(Factory);
        var anonymous = await Visitor.JsonAsync(await visitor.Client.GetAsync("/api/trial/limits"), HttpStatusCode.OK);
        await Visitor.JsonAsync(await visitor.RegisterAsync("limits@example.com"), HttpStatusCode.OK);
        var signedIn = await Visitor.JsonAsync(await visitor.Client.GetAsync("/api/trial/limits"), HttpStatusCode.OK);

        Assert.False(anonymous.GetProperty("signed_in").GetBoolean());
        Assert.Equal(50, anonymous.GetProperty("n_per_arm").GetInt32());
        Assert.Equal(12, anonymous.GetProperty("weeks").GetInt32());
        Assert.True(signedIn.GetProperty("signed_in").GetBoolean());
        Assert.Equal(TrialLimits.SignedIn.SubjectsPerArm, signedIn.GetProperty("n_per_arm").GetInt32());
        Assert.Equal(TrialLimits.SignedIn.Weeks, signedIn.GetProperty("signed_in_limits").GetProperty("weeks").GetInt32());
        Assert.Equal(100, anonymous.GetProperty("power_replicates").GetInt32());
        Assert.Equal(TrialLimits.SignedIn.PowerReplicates, signedIn.GetProperty("power_replicates").GetInt32());
    }

    [Fact]
    public async Task Post_arm_given_as_a_file_is_400_and_reads_nothing()
    {
        var problem = await ProblemAsync(await PostAsync(Factory.CreateClient(), TrialJson(n: 2, firstArm: "{\"program\": \"/etc/passwd\"}")), "arms.arm_1.program");

        Assert.Contains("inline program", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_bad_trial_is_400_naming_the_field()
    {
        var json = TrialJson(n: 2).Replace("\"parallel\"", "\"crossover\"", StringComparison.Ordinal);

        await ProblemAsync(await PostAsync(Factory.CreateClient(), json), "design");
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
            var client = Factory.CreateClient();

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
        var response = await Factory.CreateClient().PostAsync("/api/trial?download=xlsx", new StringContent(TrialJson(n: 2), Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, "download");
        Assert.Contains("got 'xlsx'", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_download_keeps_the_limits()
    {
        var response = await Factory.CreateClient().PostAsync("/api/trial?download=csv", new StringContent(TrialJson(n: 51), Encoding.UTF8, "application/json"));

        await ProblemAsync(response, "cohort.n");
    }

    [Theory]
    [InlineData("parallel")]
    [InlineData("within")]
    public async Task Post_session_arms_answer_the_cli_object_with_each_subjects_hormone_peaks(string design)
    {
        var json = SessionTrialJson(n: 4, design: design);
        var answer = await Visitor.JsonAsync(await PostAsync(Factory.CreateClient(), json), HttpStatusCode.OK);

        foreach (var property in Cli(json).EnumerateObject())
        {
            Assert.Equal(Compact(property.Value), Compact(answer.GetProperty(property.Name)));
        }
        var subjects = answer.GetProperty("subjects");
        Assert.Equal(8, subjects.GetArrayLength());
        Assert.Equal("eight_sets", subjects[7].GetProperty("arm").GetString());
        var values = subjects[7].GetProperty("values");
        Assert.Equal(["acute_peak_change_pct:total_testosterone", "acute_peak_change_pct:growth_hormone", "acute_peak_change_pct:cortisol"],
            values.EnumerateObject().Select(v => v.Name));
        var growthHormone = answer.GetProperty("arms").GetProperty("eight_sets").GetProperty("outcomes").GetProperty("acute_peak_change_pct:growth_hormone");
        Assert.Equal("%", growthHormone.GetProperty("unit").GetString());
        Assert.True(growthHormone.GetProperty("mean").GetDouble() > 0);
        Assert.Equal(3, answer.GetProperty("contrasts").GetArrayLength());
    }

    [Fact]
    public async Task Post_session_arm_with_a_long_term_outcome_is_400_saying_every_arm_must_be_a_program()
    {
        var json = SessionTrialJson(n: 2, extraOutcome: ", {\"measure\": \"muscle_size\", \"group\": \"quadriceps\"}");
        var problem = await Visitor.JsonAsync(await PostAsync(Factory.CreateClient(), json), HttpStatusCode.BadRequest);

        Assert.StartsWith("outcomes", problem.GetProperty("field").GetString(), StringComparison.Ordinal);
        Assert.Contains("every arm must be a program", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_session_arm_over_200_sets_is_400_naming_its_exercises()
    {
        var json = SessionTrialJson(n: 2).Replace(Api.Session(8), Api.Session(201), StringComparison.Ordinal);

        await ProblemAsync(await PostAsync(Factory.CreateClient(), json), "arms.eight_sets.session.exercises");
    }

    [Theory]
    [InlineData("sessions")]
    [InlineData("programs")]
    public async Task Post_power_answers_what_surge_trial_power_json_prints_and_how_many_trials_were_simulated(string arms)
    {
        var json = arms == "sessions" ? SessionTrialJson(n: 4) : TrialJson(n: 4);
        var response = await Factory.CreateClient().PostAsync("/api/trial?power=0.8&replicates=10", Api.Json(json));
        var answer = await Visitor.JsonAsync(response, HttpStatusCode.OK);

        var cli = Cli(json, "--power", "0.8", "--replicates", "10", "--max-n", TrialLimits.Anonymous.SubjectsPerArm.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Compact(cli.GetProperty("power")), Compact(answer.GetProperty("power")));
        var results = answer.GetProperty("power").GetProperty("results");
        Assert.True(results.GetArrayLength() > 0);
        var tried = answer.GetProperty("n_tried").EnumerateArray().Select(n => n.GetInt32()).ToArray();
        Assert.Equal(TrialPower.Grid(TrialLimits.Anonymous.SubjectsPerArm).Take(tried.Length), tried);
        Assert.Equal(tried.Max(), results.EnumerateArray().Max(r => r.GetProperty("largest_n_tried").GetInt32()));
        Assert.Equal(tried.Length * 10, answer.GetProperty("trials_simulated").GetInt32());
        Assert.Equal(TrialLimits.Anonymous.SubjectsPerArm, answer.GetProperty("max_n").GetInt32());
        Assert.False(answer.GetProperty("limits").GetProperty("signed_in").GetBoolean());
    }

    /// <summary>The lines of a <c>application/x-ndjson</c> answer, each parsed.</summary>
    internal static async Task<JsonElement[]> NdjsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TrialApi.ProgressType, response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\n", text);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    /// <summary>A power search that asks for <c>Accept: application/x-ndjson</c>.</summary>
    internal static HttpRequestMessage StreamedPower(string query, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/trial?" + query) { Content = Api.Json(json) };
        request.Headers.Accept.ParseAdd(TrialApi.ProgressType);
        return request;
    }

    [Theory]
    [InlineData("sessions")]
    [InlineData("programs")]
    public async Task Post_power_streamed_progress_counts_advance_by_one_to_the_total_then_the_answer_without_streaming(string arms)
    {
        var json = arms == "sessions" ? SessionTrialJson(n: 4) : TrialJson(n: 4);
        const string Query = "power=0.8&replicates=10&max_n=12";
        var client = Factory.CreateClient();

        var lines = await NdjsonAsync(await client.SendAsync(StreamedPower(Query, json)));
        var plain = await Visitor.JsonAsync(await client.PostAsync("/api/trial?" + Query, Api.Json(json)), HttpStatusCode.OK);

        var progress = lines[..^1].Select(l => l.GetProperty("progress")).ToArray();
        var result = lines[^1].GetProperty("result");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(plain.GetRawText()), JsonNode.Parse(result.GetRawText())), $"streamed {result.GetRawText()}\nplain {plain.GetRawText()}");
        var tried = result.GetProperty("n_tried").EnumerateArray().Select(n => n.GetInt32()).ToArray();
        var total = result.GetProperty("trials_simulated").GetInt32();
        Assert.Equal(tried.Length * 10, total);
        // One line per simulated trial: the count goes 1, 2, … to the total; per n, 1 … 10 of 10, the n in the order tried.
        Assert.Equal(Enumerable.Range(1, total), progress.Select(p => p.GetProperty("trials_simulated").GetInt32()));
        Assert.Equal(tried.SelectMany(n => Enumerable.Repeat(n, 10)), progress.Select(p => p.GetProperty("n").GetInt32()));
        Assert.Equal(tried.SelectMany(_ => Enumerable.Range(1, 10)), progress.Select(p => p.GetProperty("replicates_done").GetInt32()));
        Assert.Equal(tried.Select((_, i) => i + 1).SelectMany(i => Enumerable.Repeat(i, 10)), progress.Select(p => p.GetProperty("n_index").GetInt32()));
        var grid = TrialPower.Grid(12).Count();
        Assert.All(progress, p =>
        {
            Assert.Equal(10, p.GetProperty("replicates").GetInt32());
            Assert.Equal(grid, p.GetProperty("n_count").GetInt32());
            Assert.Equal(grid * 10, p.GetProperty("trials_at_most").GetInt32());
        });
    }

    [Fact]
    public async Task Post_power_streamed_past_the_limits_is_the_same_400_before_running()
    {
        var response = await Factory.CreateClient().SendAsync(StreamedPower("power=0.8&replicates=101", SessionTrialJson(n: 4)));

        var problem = await ProblemAsync(response, "replicates");
        Assert.Contains("at most 100 simulated trials per n", problem.GetProperty("detail").GetString());
        Assert.Equal(0, Factory.Services.GetRequiredService<WorkMeter>().TrialUnits);
    }

    [Theory]
    [InlineData("power=0.8&max_n=51", "max_n", "at most 50 subjects per arm on the web without an account")]
    [InlineData("power=0.8&replicates=101", "replicates", "at most 100 simulated trials per n on the web without an account")]
    [InlineData("power=0.8&replicates=9", "replicates", "at least 10, got '9'")]
    [InlineData("power=0.8&max_n=1", "max_n", "at least 2, got '1'")]
    [InlineData("power=0.3", "power", "between 0.5 and 0.99 (e.g. 0.8), got '0.3'")]
    [InlineData("power=0,8", "power", "got '0,8'")]
    [InlineData("power=0.8&download=json", "power", "cannot be downloaded")]
    [InlineData("replicates=20", "replicates", "only with power=")]
    public async Task Post_power_past_the_limits_or_out_of_range_is_400_naming_the_parameter_before_running(string query, string field, string message)
    {
        var meter = Factory.Services.GetRequiredService<WorkMeter>();
        var problem = await ProblemAsync(await Factory.CreateClient().PostAsync($"/api/trial?{query}", Api.Json(SessionTrialJson(n: 4))), field);

        Assert.Contains(message, problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        Assert.Equal(0, meter.TrialUnits);
    }

    [Fact]
    public async Task Post_power_keeps_the_weeks_and_arms_limits()
    {
        var client = Factory.CreateClient();

        await ProblemAsync(await client.PostAsync("/api/trial?power=0.8", Api.Json(TrialJson(n: 2, weeks: 13))), "arms.arm_1.program.weeks");
        await ProblemAsync(await client.PostAsync("/api/trial?power=0.8", Api.Json(TrialJson(n: 2, arms: 5))), "arms");
    }

    [Fact]
    public async Task Post_power_signed_in_takes_the_signed_in_limits()
    {
        var visitor = await Visitor.SignedInAsync(Factory, "power@example.com");

        var answer = await Visitor.JsonAsync(await visitor.Client.PostAsync("/api/trial?power=0.8&replicates=10&max_n=60", Api.Json(SessionTrialJson(n: 4))), HttpStatusCode.OK);
        var problem = await ProblemAsync(await visitor.Client.PostAsync("/api/trial?power=0.8&replicates=1001", Api.Json(SessionTrialJson(n: 4))), "replicates");

        Assert.Equal(60, answer.GetProperty("max_n").GetInt32());
        Assert.True(answer.GetProperty("limits").GetProperty("signed_in").GetBoolean());
        Assert.Contains("for a signed-in user", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }
}
