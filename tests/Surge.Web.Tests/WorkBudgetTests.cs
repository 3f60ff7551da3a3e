namespace Surge.Web.Tests;

/// <summary>
/// Simulation requests stop when the client disconnects (<c>HttpContext.RequestAborted</c>) and when their time budget
/// (<c>Surge:Limits:RequestSeconds</c>) is spent: 503 with a problem saying so, and no more work done.
/// </summary>
public sealed class WorkBudgetTests
{
    /// <summary>Makes the budget check throw at unit <paramref name="units"/> + 1, as a spent budget of 30 s does.</summary>
    internal static void SpendBudgetAfter(WorkMeter meter, int units)
    {
        var done = 0;
        meter.AfterTrialUnit = () =>
        {
            if (Interlocked.Increment(ref done) > units)
            {
                throw new WorkBudgetExceededException(TimeSpan.FromSeconds(30));
            }
        };
    }

    /// <summary>
    /// The anonymous limit: 4 arms of 50 subjects over 12 weeks (200 units). The model runs them in about 0.1 s on two
    /// cores, faster on a larger machine; <see cref="SlowUnits"/> makes each take at least 20 ms more, so that the
    /// trial lasts long enough for a budget or a disconnect to stop it on any machine.
    /// </summary>
    private static string LargeTrial()
    {
        string Arm(int sets) =>
            "{\"program\": {\"weeks\": 12, \"week\": {\"mon\": {\"exercises\": [{\"exercise\": \"leg extension\", \"sets\": " + sets
            + ", \"reps\": 10, \"load\": \"10RM\"}]}, \"thu\": {\"exercises\": [{\"exercise\": \"back squat\", \"sets\": " + sets + ", \"reps\": 8, \"load\": \"75 %1RM\"}]}}}}";
        return $$"""
            {"cohort": {"n": 50, "athlete": {"sex": "male", "age": 25, "training_status": "untrained"}, "variability": "population"},
             "design": "parallel", "seed": 7,
             "arms": {"a": {{Arm(1)}}, "b": {{Arm(2)}}, "c": {{Arm(3)}}, "d": {{Arm(4)}}},
             "outcomes": [{"measure": "muscle_size", "group": "quadriceps"}, {"measure": "one_rm", "exercise": "leg extension"}]}
            """;
    }

    private const int LargeTrialUnits = 200;

    private static WorkMeter SlowUnits(ApiFactory factory)
    {
        var meter = factory.Services.GetRequiredService<WorkMeter>();
        meter.AfterTrialUnit = () => Thread.Sleep(20);
        return meter;
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Trial_OverItsBudget_Is503WithAProblem_AndStopsItsSubjects()
    {
        using var factory = new ApiFactory { Settings = { ["Surge:Limits:RequestSeconds"] = "0.05" } };
        var client = factory.CreateClient();
        var meter = SlowUnits(factory);

        var watch = Stopwatch.StartNew();
        var response = await client.PostAsync("/api/trial", Json(LargeTrial()));
        watch.Stop();

        var problem = await Visitor.JsonAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("more than its budget of 0.05 s", problem.GetProperty("detail").GetString());
        Assert.Contains("Surge:Limits:RequestSeconds", problem.GetProperty("detail").GetString());
        // Parallel.For lets the units already running finish: a few per core, never the whole trial.
        Assert.InRange(meter.TrialUnits, 1, LargeTrialUnits / 2);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Power_OverItsBudget_Is503WithTheTrialsProblem_AndStopsItsReplicates()
    {
        // Session arms: each unit is cheap, but a search to n = 50 with 100 replicates per n runs tens of thousands.
        using var factory = new ApiFactory { Settings = { ["Surge:Limits:RequestSeconds"] = "0.05" } };
        var client = factory.CreateClient();
        var meter = SlowUnits(factory);

        var watch = Stopwatch.StartNew();
        var response = await client.PostAsync("/api/trial?power=0.8", Json(TrialApiTests.SessionTrialJson(n: 4)));
        watch.Stop();

        var problem = await Visitor.JsonAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Over the time budget", problem.GetProperty("title").GetString());
        Assert.Contains("more than its budget of 0.05 s", problem.GetProperty("detail").GetString());
        Assert.Contains("make the request smaller", problem.GetProperty("detail").GetString());
        // The first n (2 per arm, 2 arms) of the first replicate alone is 4 units: the search stops within a few.
        Assert.InRange(meter.TrialUnits, 1, 20);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Power_Streamed_OverItsBudgetBeforeItsFirstTrial_IsThe503Problem()
    {
        // Every unit takes 100 ms more than the 50-ms budget: the first check stops the search before any trial is done.
        using var factory = new ApiFactory { Settings = { ["Surge:Limits:RequestSeconds"] = "0.05" } };
        var meter = factory.Services.GetRequiredService<WorkMeter>();
        meter.AfterTrialUnit = () => Thread.Sleep(100);

        var response = await factory.CreateClient().SendAsync(TrialApiTests.StreamedPower("power=0.8", TrialApiTests.SessionTrialJson(n: 4)));

        var problem = await Visitor.JsonAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Over the time budget", problem.GetProperty("title").GetString());
        Assert.Contains("more than its budget of 0.05 s", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Power_Streamed_StoppedAfterItBegan_EndsWithTheProblemLine()
    {
        // The budget check throws at the 41st unit, as a spent budget does: the first 10 trials (n = 2 per arm, 2 arms:
        // 4 units each) are done and streamed; the 11th (n = 3) stops.
        using var factory = new ApiFactory();
        var meter = factory.Services.GetRequiredService<WorkMeter>();
        WorkBudgetTests.SpendBudgetAfter(meter, units: 40);

        var lines = await TrialApiTests.NdjsonAsync(await factory.CreateClient().SendAsync(
            TrialApiTests.StreamedPower("power=0.8&replicates=10", TrialApiTests.SessionTrialJson(n: 4))));

        Assert.Equal(Enumerable.Range(1, 10), lines[..^1].Select(l => l.GetProperty("progress").GetProperty("trials_simulated").GetInt32()));
        var problem = lines[^1].GetProperty("problem");
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("Over the time budget", problem.GetProperty("title").GetString());
        Assert.Contains("more than its budget of 30 s", problem.GetProperty("detail").GetString());
        Assert.Contains("make the request smaller", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Trial_ClientDisconnects_TheSubjectsStop()
    {
        // A real socket on loopback: the in-memory test server does not tell the app that its client went away.
        using var factory = new ApiFactory();
        var address = factory.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = address };
        // Every unit waits at a gate after it is counted, so the trial cannot finish before the client goes away,
        // however fast the machine and however many threads the pool adds (sleeping units made it add enough to run
        // all 200 before the cancellation arrived on a loaded machine).
        var meter = factory.Services.GetRequiredService<WorkMeter>();
        using var gate = new ManualResetEventSlim(false);
        meter.AfterTrialUnit = () =>
        {
            gate.Wait(TimeSpan.FromSeconds(20));
            Thread.Sleep(20);
        };
        using var cancel = new CancellationTokenSource();

        var request = client.PostAsync("/api/trial", Json(LargeTrial()), cancel.Token);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (meter.TrialUnits < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        await AssertStopsAfterDisconnectAsync(meter, gate, 2, LargeTrialUnits - 1);
    }

    [Fact]
    public async Task Power_Streamed_SendsEachTrialAsItIsDone_AndStopsWhenTheClientDisconnects()
    {
        // A real socket on loopback, as above. The first simulated trial (n = 2 per arm, 2 arms: 4 units) runs; every
        // later unit waits at a gate, so its progress line can only have come while the search is still running.
        using var factory = new ApiFactory();
        var address = factory.StartOnLoopback();
        // No draining of the rest of the answer to reuse the connection: leaving the answer closes it, as a browser's abort does.
        using var client = new HttpClient(new SocketsHttpHandler { MaxResponseDrainSize = 0 }) { BaseAddress = address };
        var meter = factory.Services.GetRequiredService<WorkMeter>();
        using var gate = new ManualResetEventSlim(false);
        var units = 0;
        meter.AfterTrialUnit = () =>
        {
            if (Interlocked.Increment(ref units) > 4)
            {
                gate.Wait(TimeSpan.FromSeconds(20));
            }
        };
        // 10 trials at each n of 2, 3, 4, 6, 8, 12 per arm, 2 arms.
        const int AllUnits = 10 * (2 + 3 + 4 + 6 + 8 + 12) * 2;
        using var cancel = new CancellationTokenSource();

        var response = await client.SendAsync(TrialApiTests.StreamedPower("power=0.99&replicates=10&max_n=12", TrialApiTests.SessionTrialJson(n: 4)),
            HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal(TrialApi.ProgressType, response.Content.Headers.ContentType?.MediaType);
        using (var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token)))
        {
            var first = System.Text.Json.JsonDocument.Parse((await reader.ReadLineAsync(cancel.Token))!).RootElement.GetProperty("progress");
            Assert.Equal(1, first.GetProperty("trials_simulated").GetInt32());
            Assert.Equal(2, first.GetProperty("n").GetInt32());
            await cancel.CancelAsync();
        }
        response.Dispose();

        await AssertStopsAfterDisconnectAsync(meter, gate, 5, AllUnits - 1);
    }

    [Fact]
    public async Task Compare_OverItsBudget_Is503_BeforeSimulatingEverySession()
    {
        using var factory = new ApiFactory { Settings = { ["Surge:Limits:RequestSeconds"] = "0.000001" } };
        var client = factory.CreateClient();
        var meter = factory.Services.GetRequiredService<WorkMeter>();
        var session = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "full-body.json"));
        var body = "{\"sessions\": [" + string.Join(", ", Enumerable.Repeat(session, 10)) + "]}";

        var response = await client.PostAsync("/api/compare", Json(body));

        var problem = await Visitor.JsonAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("budget", problem.GetProperty("detail").GetString());
        Assert.InRange(meter.Simulations, 0, 1);
    }

    [Fact]
    public async Task SimulateAndTrain_WithinTheDefaultBudget_Answer200()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        var meter = factory.Services.GetRequiredService<WorkMeter>();

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/simulate", Json(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "full-body.json"))))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/train", Json(Api.Program(4)))).StatusCode);
        Assert.Equal(2, meter.Simulations);
    }

    /// <summary>
    /// Once the client has gone: time for the server to see the closed connection on loopback, then the units waiting at
    /// <paramref name="gate"/> go on; the count settles between <paramref name="min"/> and <paramref name="max"/> (the
    /// units running at the cancellation finish) and stays there (nothing more starts).
    /// </summary>
    private static async Task AssertStopsAfterDisconnectAsync(WorkMeter meter, ManualResetEventSlim gate, long min, long max)
    {
        await Task.Delay(500);
        gate.Set();

        var settled = await SettledAsync(meter);
        Assert.InRange(settled, min, max);
        await Task.Delay(500);
        Assert.Equal(settled, meter.TrialUnits);
    }

    private static async Task<long> SettledAsync(WorkMeter meter)
    {
        var last = meter.TrialUnits;
        for (var i = 0; i < 100; i++)
        {
            await Task.Delay(100);
            var now = meter.TrialUnits;
            if (now == last)
            {
                return now;
            }
            last = now;
        }
        return last;
    }
}
