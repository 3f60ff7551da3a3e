using System.Text.RegularExpressions;

namespace Surge.E2E.Tests;

/// <summary>
/// The Trial page in headless Chromium: a small trial runs on the server and shows the per-arm table, the contrasts
/// and each subject's outcome per arm (paired lines for a within design); a trial past the anonymous limit is not
/// sent and the page says why; no horizontal scrolling at 390 px. Arms that are sessions show the hormone peaks, and
/// "How many subjects?" answers the n per arm with the simulated trials behind it.
/// </summary>
public sealed partial class TrialPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    /// <summary>Every test ends with no console error and no uncaught exception in any page it opened.</summary>
    public void Dispose() => fixture.AssertNoPageErrors();

    [GeneratedRegex(@"^[+\-]?\d+(\.\d+)? ± \d+(\.\d+)? % \(4\)$")]
    private static partial Regex MeanSdN();

    private static async Task<IPage> OpenAsync(BrowserFixture fixture, int width = 1440, int height = 1000)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync("/#/trial");
        await Assertions.Expect(page.GetByTestId("trial-limits")).ToContainTextAsync("50 subjects per arm");
        return page;
    }

    private static async Task SetAsync(IPage page, string testId, string value)
    {
        await page.GetByTestId(testId).FillAsync(value);
        await page.GetByTestId(testId).PressAsync("Tab");
    }

    private static async Task RunAsync(IPage page)
    {
        await page.GetByTestId("trial-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("trial-status")).ToContainTextAsync("subject-arm results", new() { Timeout = 60_000 });
    }

    [BrowserFact]
    public async Task A_small_parallel_trial_shows_the_table_the_contrasts_and_every_subject()
    {
        var page = await OpenAsync(fixture);
        await SetAsync(page, "trial-n", "4");
        await SetAsync(page, "trial-weeks", "2");
        Assert.Contains("t=", page.Url, StringComparison.Ordinal);

        await RunAsync(page);

        var rows = page.GetByTestId("trial-arm-table").Locator("tbody tr");
        Assert.Equal(2, await rows.CountAsync());
        foreach (var cell in await page.GetByTestId("trial-arm-table").Locator("td").AllInnerTextsAsync())
        {
            Assert.Matches(MeanSdN(), cell.Trim());
        }
        var contrasts = page.GetByTestId("trial-contrast-table").Locator("tbody tr");
        Assert.Equal(2, await contrasts.CountAsync());
        Assert.Contains("[", await contrasts.First.InnerTextAsync(), StringComparison.Ordinal);
        var plot = page.GetByTestId("trial-plot-muscle_size-quadriceps").Locator("svg");
        Assert.Equal(8, await plot.Locator("circle").CountAsync());
        Assert.Contains("mean", await plot.GetAttributeAsync("aria-label") ?? "", StringComparison.Ordinal);
        await page.GetByTestId("trial-plot-muscle_size-quadriceps-data").Locator("summary").ClickAsync();
        await Assertions.Expect(page.GetByTestId("trial-plot-muscle_size-quadriceps-data").Locator("tbody tr")).ToHaveCountAsync(4);
        if (Environment.GetEnvironmentVariable("SURGE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "web-trial.png"), FullPage = true });
        }
    }

    [BrowserFact]
    public async Task The_trial_shown_downloads_as_surge_trial_json_and_its_subjects_csv()
    {
        var page = await OpenAsync(fixture);
        await SetAsync(page, "trial-n", "4");
        await SetAsync(page, "trial-weeks", "2");
        await RunAsync(page);
        var arms = await page.GetByTestId("trial-arm-table").Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.arm)");
        await SetAsync(page, "trial-n", "5"); // an edit after the run: the downloads stay the trial shown

        var json = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("trial-download-json").ClickAsync());
        using var document = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(await json.PathAsync()));
        Assert.Equal("trial.json", json.SuggestedFilename);
        Assert.Equal(4, document.RootElement.GetProperty("n").GetInt32());
        Assert.Equal(arms, document.RootElement.GetProperty("arms").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.False(document.RootElement.TryGetProperty("subjects", out _), "the download is the command line's object, without the page's extras");

        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("trial-download-csv").ClickAsync());
        var lines = await File.ReadAllLinesAsync(await csv.PathAsync());
        Assert.Equal("trial-subjects.csv", csv.SuggestedFilename);
        Assert.Equal("subject,arm,outcome,value", lines[0]);
        Assert.Equal(1 + (2 * 4 * 2), lines.Length); // 2 arms × 4 subjects × 2 outcomes
    }

    [BrowserFact]
    public async Task A_within_trial_joins_each_subjects_arms_with_a_line()
    {
        var page = await OpenAsync(fixture);
        await page.GetByTestId("trial-design").SelectOptionAsync("within");
        await SetAsync(page, "trial-n", "5");
        await SetAsync(page, "trial-weeks", "1");

        await RunAsync(page);

        Assert.Equal(5, await page.GetByTestId("trial-plot-muscle_size-quadriceps").Locator("polyline").CountAsync());
        Assert.Contains("paired", await page.GetByTestId("trial-contrast-table").Locator("caption").InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Past_the_anonymous_limit_the_page_says_so_and_sends_nothing()
    {
        var page = await OpenAsync(fixture);
        var posted = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/api/trial", StringComparison.Ordinal))
            {
                posted++;
            }
        };
        await SetAsync(page, "trial-n", "51");

        await page.GetByTestId("trial-run").ClickAsync();

        await Assertions.Expect(page.GetByTestId("trial-problem")).ToContainTextAsync("at most 50 per arm without an account");
        Assert.Equal(0, posted);
    }

    [BrowserFact]
    public async Task At_390_px_the_page_does_not_scroll_sideways_after_a_run()
    {
        var page = await OpenAsync(fixture, 390, 844);
        await SetAsync(page, "trial-n", "3");
        await SetAsync(page, "trial-weeks", "1");

        await RunAsync(page);

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390);
        if (Environment.GetEnvironmentVariable("SURGE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "web-trial-results-phone.png"), FullPage = true });
        }
    }

    /// <summary>Both arms sessions (the leg day and the arm day): only the hormone peaks are outcomes.</summary>
    private static async Task SessionArmsAsync(IPage page)
    {
        await page.GetByTestId("trial-arm-kind-0").SelectOptionAsync("session");
        await page.GetByTestId("trial-arm-kind-1").SelectOptionAsync("session");
        await Assertions.Expect(page.GetByTestId("trial-arm-0")).ToHaveValueAsync("leg-day");
        await Assertions.Expect(page.GetByTestId("trial-arm-1")).ToHaveValueAsync("arm-day");
    }

    [BrowserFact]
    public async Task Session_arms_show_the_hormone_peaks_per_arm_and_every_subject()
    {
        var page = await OpenAsync(fixture);
        await SessionArmsAsync(page);
        await Assertions.Expect(page.GetByTestId("trial-outcomes-size").Locator("input")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("trial-outcomes-1rm").Locator("input")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("trial-outcomes-size")).ToContainTextAsync("need every arm to be a program");
        await Assertions.Expect(page.GetByTestId("trial-weeks")).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("outcome-acute_peak_change_pct:total_testosterone")).ToBeCheckedAsync();
        await page.GetByTestId("outcome-acute_peak_change_pct:growth_hormone").CheckAsync();
        await page.GetByTestId("outcome-acute_peak_change_pct:cortisol").CheckAsync();
        await SetAsync(page, "trial-n", "4");

        await RunAsync(page);

        var headings = await page.GetByTestId("trial-arm-table").Locator("thead th").AllInnerTextsAsync();
        Assert.Equal(["Arm", "Total T peak", "GH peak", "Cortisol peak"], headings.Select(t => t.Trim()));
        Assert.Equal(["Leg day", "Arm day"], await page.GetByTestId("trial-arm-table").Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.arm)"));
        foreach (var cell in await page.GetByTestId("trial-arm-table").Locator("td").AllInnerTextsAsync())
        {
            Assert.Matches(MeanSdN(), cell.Trim());
        }
        Assert.Equal(3, await page.GetByTestId("trial-contrast-table").Locator("tbody tr").CountAsync());
        Assert.Equal(8, await page.GetByTestId("trial-plot-acute_peak_change_pct-growth_hormone").Locator("svg circle").CountAsync());

        // The link keeps the session arms.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("trial-arm-kind-1")).ToHaveValueAsync("session");
        await Assertions.Expect(page.GetByTestId("trial-arm-1")).ToHaveValueAsync("arm-day");
    }

    [BrowserFact]
    public async Task How_many_subjects_answers_the_n_per_arm_with_the_simulated_trials_behind_it()
    {
        var page = await OpenAsync(fixture);
        await SessionArmsAsync(page);
        await SetAsync(page, "trial-power-replicates", "10");
        await SetAsync(page, "trial-power-max-n", "12");
        await Assertions.Expect(page.GetByTestId("trial-power-work")).ToContainTextAsync("n tried: 2, 3, 4, 6, 8, 12 subjects per arm");
        await Assertions.Expect(page.GetByTestId("trial-power-work")).ToContainTextAsync("at most 700 simulated subject-arms");
        string? posted = null;
        string? accept = null;
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/trial?", StringComparison.Ordinal))
            {
                posted = request.Url;
                accept = request.Headers.TryGetValue("accept", out var value) ? value : null;
            }
        };
        // Every text the status takes while the search runs (each progress line replaces it), recorded as it changes.
        await page.EvaluateAsync("""
            () => {
              window.powerTexts = [];
              const status = document.querySelector('[data-testid="trial-power-status"]');
              new MutationObserver((records) => {
                for (const r of records) for (const node of r.addedNodes) window.powerTexts.push(node.textContent);
              }).observe(status, { childList: true, characterData: true, subtree: true });
            }
            """);

        await page.GetByTestId("trial-power-run").ClickAsync();

        await Assertions.Expect(page.GetByTestId("trial-power-status")).ToContainTextAsync("simulated trials in", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("trial-power")).ToHaveAttributeAsync("data-state", "idle");
        Assert.EndsWith("/api/trial?power=0.8&replicates=10&max_n=12", posted, StringComparison.Ordinal);
        Assert.Contains("application/x-ndjson", accept, StringComparison.Ordinal);
        // The progress the server streamed: "n = 2 subjects per arm: 1 of 10 simulated trials (n 1 of at most 6, 1 simulated trial in all)", …
        var texts = await page.EvaluateAsync<string[]>("() => window.powerTexts");
        var progress = texts.Select(t => PowerProgress().Match(t)).Where(m => m.Success).ToArray();
        Assert.NotEmpty(progress);
        var done = progress.Select(m => int.Parse(m.Groups["all"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(done.Order().Distinct(), done.Distinct());
        var finalText = await page.GetByTestId("trial-power-status").InnerTextAsync();
        Assert.StartsWith($"{done.Max()} simulated trials in", finalText, StringComparison.Ordinal);
        Assert.All(progress, m => Assert.InRange(int.Parse(m.Groups["done"].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 10));
        await Assertions.Expect(page.GetByTestId("trial-power-progress")).ToBeHiddenAsync();
        var table = page.GetByTestId("trial-power-table");
        await Assertions.Expect(table.Locator("caption")).ToContainTextAsync("Subjects needed for 80 % power at p < 0.05 (parallel design; 10 simulated trials per n");
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
        Assert.Matches(PowerN(), (await page.GetByTestId("trial-power-n").InnerTextAsync()).Trim());
        Assert.Equal("acute_peak_change_pct:total_testosterone", await table.Locator("tbody tr").GetAttributeAsync("data-outcome"));
        if (Environment.GetEnvironmentVariable("SURGE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "web-trial-power.png"), FullPage = true });
        }
    }

    [GeneratedRegex(@"^(\d+ subjects per arm|more than \d+ subjects per arm \(not reached\))$")]
    private static partial Regex PowerN();

    [GeneratedRegex(@"^n = \d+ subjects per arm: (?<done>\d+) of 10 simulated trials \(n \d+ of at most 6, (?<all>\d+) simulated trials? in all\)")]
    private static partial Regex PowerProgress();

    [BrowserFact]
    public async Task A_power_search_past_the_anonymous_replicates_is_not_sent_and_the_page_says_why()
    {
        var page = await OpenAsync(fixture);
        var posted = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/trial", StringComparison.Ordinal) && request.Method == "POST")
            {
                posted++;
            }
        };
        await SetAsync(page, "trial-power-replicates", "101");

        await page.GetByTestId("trial-power-run").ClickAsync();

        await Assertions.Expect(page.GetByTestId("trial-power-problem")).ToContainTextAsync("from 10 to 100 without an account; got 101");
        Assert.Equal(0, posted);
    }

    [BrowserFact]
    public async Task The_session_being_edited_on_the_Session_page_is_an_arm_under_its_name()
    {
        var page = await fixture.NewPageAsync(1440, 1000);
        await page.GotoAsync("/#/session");
        await Assertions.Expect(page.GetByTestId("session-page")).ToHaveAttributeAsync("data-state", "idle", new() { Timeout = 30_000 });
        await page.GetByTestId("session-name").FillAsync("My squats");
        await page.GetByTestId("session-name").PressAsync("Tab");
        await page.GetByTestId("nav-trial").ClickAsync();
        await Assertions.Expect(page.GetByTestId("trial-limits")).ToContainTextAsync("50 subjects per arm");

        await page.GetByTestId("trial-arm-kind-0").SelectOptionAsync("session");
        await page.GetByTestId("trial-arm-kind-1").SelectOptionAsync("session");
        await page.GetByTestId("trial-arm-0").SelectOptionAsync("edited-session:0");
        await Assertions.Expect(page.GetByTestId("trial-arm-0").Locator("option:checked")).ToHaveTextAsync("Session editor: My squats");
        await SetAsync(page, "trial-n", "3");
        await RunAsync(page);

        Assert.Equal(["My squats", "Arm day"], await page.GetByTestId("trial-arm-table").Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.arm)"));
    }
}
