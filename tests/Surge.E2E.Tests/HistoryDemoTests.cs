namespace Surge.E2E.Tests;

/// <summary>Signed out, the History page's demo: the shipped 8-week log as charts (with text alternatives) and tables.</summary>
public sealed partial class PagesTests
{
    [BrowserFact]
    public async Task Signed_out_the_demo_log_shows_the_history_charts_and_tables_without_an_account()
    {
        var page = await fixture.NewPageAsync(390, 844);
        var seen = ConsoleWarningsAndErrors(page);
        await page.GotoAsync("/#/history");
        await Id(page, "demo-log").ClickAsync();

        await Assertions.Expect(Id(page, "demo-note")).ToContainTextAsync("24 workouts", new() { Timeout = 30_000 });
        var weekly = Id(page, "chart-weekly-sets").Locator("[role=img]");
        await Assertions.Expect(weekly).ToHaveCountAsync(1);
        var summary = await weekly.GetAttributeAsync("aria-label") ?? "";
        Assert.Contains("week of 2026-09-28 to 2026-11-16", summary, StringComparison.Ordinal);
        Assert.Contains("quadriceps", summary, StringComparison.Ordinal);
        var e1rm = await Id(page, "chart-e1rm").Locator("[role=img]").GetAttributeAsync("aria-label") ?? "";
        Assert.Contains("Estimated 1RM", e1rm, StringComparison.Ordinal);
        Assert.Contains(" kg", e1rm, StringComparison.Ordinal);
        foreach (var chart in new[] { "chart-session-t", "chart-session-gh", "chart-session-lactate" })
        {
            await Assertions.Expect(Id(page, chart).Locator("[role=img]")).ToHaveCountAsync(1);
        }
        var form = await Id(page, "chart-fitness-fatigue").Locator("[role=img]").GetAttributeAsync("aria-label") ?? "";
        Assert.Contains("Fitness, fatigue and form per day", form, StringComparison.Ordinal);
        Assert.Contains("hard sets/day", form, StringComparison.Ordinal);
        Assert.Contains("day 2026-09-28 to 2026-11-21", form, StringComparison.Ordinal);
        await Id(page, "chart-session-gh-data").Locator("summary").ClickAsync();
        await Assertions.Expect(Id(page, "chart-session-gh-data").Locator("tbody tr")).ToHaveCountAsync(24);
        Assert.Contains("GH peak (µg/L)", await Id(page, "chart-session-gh-data").Locator("thead").InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(Id(page, "weekly-sets").Locator("tbody tr")).ToHaveCountAsync(8);
        Assert.Equal(0, await Id(page, "delete-athlete").CountAsync());

        // Drawn again (the demo once more, then the other colour scheme): each chart once, the previous drawing's charts
        // destroyed (their scheme rebuilders gone), no console errors.
        await Id(page, "demo-log").ClickAsync();
        await Assertions.Expect(Id(page, "demo-note")).ToContainTextAsync("24 workouts", new() { Timeout = 30_000 });
        await Assertions.Expect(Id(page, "chart-fitness-fatigue").Locator("[role=img]")).ToHaveCountAsync(1);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var charts = await page.Locator(".history-charts > .chart").CountAsync();
        Assert.Equal(6, charts);
        await Assertions.Expect(page.Locator(".uplot")).ToHaveCountAsync(charts);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        output.WriteLine($"history demo at 390 px: scrollWidth {widths[0]}, innerWidth {widths[1]}");
        Assert.True(widths[0] <= widths[1], $"scrollWidth {widths[0]} > innerWidth {widths[1]}");
        Assert.True(seen.Count == 0, string.Join("\n", seen));
        if (Environment.GetEnvironmentVariable("SURGE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "web-history-demo-phone.png"), FullPage = true });
        }
    }
}
