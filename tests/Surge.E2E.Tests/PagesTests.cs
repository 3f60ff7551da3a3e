using System.Diagnostics;
using Surge.Files;
using Xunit.Abstractions;

namespace Surge.E2E.Tests;

/// <summary>
/// The pages as a user meets them, in headless Chromium: the Session page's curves follow a slider, a comparison
/// overlays a second session, a downloaded session file reads back, an uploaded Strong export is seen by its owner
/// only, the Program and Validation pages draw. Set SURGE_SCREENSHOTS to a folder to save the pages as PNG.
/// </summary>
public sealed partial class PagesTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IDisposable
{
    /// <summary>Every test ends with no console error and no uncaught exception in any page it opened.</summary>
    public void Dispose() => fixture.AssertNoPageErrors();

    private static readonly string _export = Path.Combine(AppContext.BaseDirectory, "examples", "strong-8-weeks.csv");

    private static ILocator Id(IPage page, string testId) => page.GetByTestId(testId);

    /// <summary>Fills in and sends the History page's registration form.</summary>
    private static async Task RegisterAsync(IPage page, string email, string password = "correct horse battery")
    {
        await Id(page, "register-email").FillAsync(email);
        await Id(page, "register-password").FillAsync(password);
        await Id(page, "register-submit").ClickAsync();
    }

    /// <summary>Fills in and sends the History page's sign-in form.</summary>
    private static async Task SignInAsync(IPage page, string email, string password = "correct horse battery")
    {
        await Id(page, "signin-email").FillAsync(email);
        await Id(page, "signin-password").FillAsync(password);
        await Id(page, "signin-submit").ClickAsync();
    }

    private static Task IdleAsync(IPage page, string root) =>
        page.Locator($"[data-testid={root}][data-state=idle]").WaitForAsync();

    private static async Task<double> NumberAsync(IPage page, string testId)
    {
        var text = (await Id(page, testId).InnerTextAsync()).Trim().Replace("\u2212", "-", StringComparison.Ordinal).Replace("+", "", StringComparison.Ordinal);
        Assert.True(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value), $"{testId}: '{text}' is not a number");
        return value;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SURGE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = false });
        }
    }

    [BrowserFact]
    public async Task The_rest_slider_moves_the_growth_hormone_peak_and_a_comparison_overlays_a_second_session()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/session");
        await IdleAsync(page, "session-page");
        Assert.Equal("1", await Id(page, "charts").GetAttributeAsync("data-series"));
        var before = await NumberAsync(page, "peak-growth_hormone");
        Assert.True(before > 1, $"GH peak of the leg day {before} ug/L");

        // Longest rests: the growth-hormone peak falls (the model's P3), and the page follows within a fraction of a second.
        var clock = Stopwatch.StartNew();
        await Id(page, "rest-0").FillAsync("300");
        await page.WaitForFunctionAsync(
            "before => { const root = document.querySelector('[data-testid=session-page]'); const peak = document.querySelector('[data-testid=\"peak-growth_hormone\"]'); return root.dataset.state === 'idle' && parseFloat(peak.textContent) !== before; }",
            before);
        clock.Stop();
        var after = await NumberAsync(page, "peak-growth_hormone");
        output.WriteLine($"rest slider of row 0 to 300 s: GH peak {before} -> {after} ug/L, page updated {clock.ElapsedMilliseconds} ms after the change");
        Assert.True(after < before, $"GH peak {before} -> {after} ug/L with longer rest");

        await Id(page, "add-comparison").ClickAsync();
        await Id(page, "legend-session-2").WaitForAsync();
        await IdleAsync(page, "session-page");
        Assert.Equal("2", await Id(page, "charts").GetAttributeAsync("data-series"));
        var second = await NumberAsync(page, "peak-growth_hormone-2");
        Assert.True(second > 0);
        Assert.Equal(after, await NumberAsync(page, "peak-growth_hormone"));
        await ScreenshotAsync(page, "web-session.png");

        // The PNG of a comparison overlays both sessions.
        var png = await page.RunAndWaitForDownloadAsync(() => Id(page, "download-png").ClickAsync());
        Assert.Contains("-vs-", png.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(await png.PathAsync());
        Assert.Equal((byte)'P', bytes[1]);
    }

    [BrowserFact]
    public async Task The_downloaded_session_file_reads_back_as_the_session_on_the_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/session");
        await IdleAsync(page, "session-page");
        await Id(page, "sets-0").FillAsync("2");
        await IdleAsync(page, "session-page");

        var yaml = await page.RunAndWaitForDownloadAsync(() => Id(page, "download-yaml").ClickAsync());
        var text = await File.ReadAllTextAsync(await yaml.PathAsync());
        var parse = Surge.App.InputFiles.ParseSession(text, yaml.SuggestedFilename, ExerciseCatalogue.Default);
        Assert.True(parse.Success, parse.Error?.ToString());
        Assert.Equal(2, parse.Session!.Bouts[0].Sets.Count);

        var csv = await page.RunAndWaitForDownloadAsync(() => Id(page, "download-csv").ClickAsync());
        var lines = await File.ReadAllLinesAsync(await csv.PathAsync());
        Assert.Equal("t_min,measure,value,unit", lines[0]);

        var png = await page.RunAndWaitForDownloadAsync(() => Id(page, "download-png").ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await png.PathAsync());
        Assert.Equal((byte)'P', bytes[1]);
    }

    [BrowserFact]
    public async Task An_uploaded_Strong_export_shows_weekly_sets_to_its_owner_only()
    {
        var ada = await fixture.NewPageAsync();
        await ada.GotoAsync("/#/history");
        await RegisterAsync(ada, "ada@example.com");
        await Id(ada, "upload-form").WaitForAsync();

        await Id(ada, "upload-file").SetInputFilesAsync(_export);
        await Id(ada, "upload-format").SelectOptionAsync("strong");
        await Id(ada, "upload-unit").SelectOptionAsync("kg");
        await Id(ada, "upload-submit").ClickAsync();
        await Id(ada, "import-summary").WaitForAsync();
        Assert.Contains("24", await Id(ada, "import-workouts").InnerTextAsync(), StringComparison.Ordinal);
        await Id(ada, "weekly-sets").WaitForAsync();
        Assert.Equal("8", await Id(ada, "weekly-sets").GetAttributeAsync("data-count"));
        Assert.Equal(8, await Id(ada, "weekly-sets-week").CountAsync());
        await ScreenshotAsync(ada, "web-history.png");

        // On a phone the weekly table scrolls inside its own box; the page does not.
        await ada.SetViewportSizeAsync(390, 844);
        await ada.WaitForTimeoutAsync(150);
        var widths = await WidthsAsync(ada);
        var table = await ada.EvaluateAsync<int>("() => document.querySelector('[data-testid=weekly-sets]').scrollWidth");
        output.WriteLine($"history with 8 weeks at 390 px: page scrollWidth {widths.ScrollWidth}, innerWidth {widths.InnerWidth}; weekly table {table} px wide in its box");
        Assert.True(widths.ScrollWidth <= widths.InnerWidth, $"scrollWidth {widths.ScrollWidth} > {widths.InnerWidth}");
        await ScreenshotAsync(ada, "web-history-phone.png");
        await ada.SetViewportSizeAsync(1440, 1000);

        // Another user, in another browser, sees nothing of it.
        var bob = await fixture.NewPageAsync();
        await bob.GotoAsync("/#/history");
        await RegisterAsync(bob, "bob@example.com", "another long password");
        await Id(bob, "upload-form").WaitForAsync();
        await Id(bob, "empty-history").WaitForAsync();
        Assert.Equal("0", await Id(bob, "athlete-list").GetAttributeAsync("data-count"));
        Assert.Equal(0, await Id(bob, "weekly-sets").CountAsync());

        // Bob signs out and in again as himself: still nothing; Ada signs in again: her log is there.
        await Id(bob, "sign-out").ClickAsync();
        await SignInAsync(bob, "bob@example.com", "another long password");
        await Id(bob, "empty-history").WaitForAsync();

        await Id(ada, "sign-out").ClickAsync();
        await SignInAsync(ada, "ada@example.com");
        await Id(ada, "athlete-item").First.WaitForAsync();
        Assert.Equal("1", await Id(ada, "athlete-list").GetAttributeAsync("data-count"));
    }

    [BrowserFact]
    public async Task Closing_an_account_deletes_it_with_its_log()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/history");
        await RegisterAsync(page, "leaving@example.com");
        await Id(page, "upload-file").SetInputFilesAsync(_export);
        await Id(page, "upload-unit").SelectOptionAsync("kg");
        await Id(page, "upload-submit").ClickAsync();
        await Id(page, "import-summary").WaitForAsync();

        await Id(page, "close-account").ClickAsync();
        await Id(page, "close-account-confirm").ClickAsync();
        await Id(page, "register-form").WaitForAsync();

        await SignInAsync(page, "leaving@example.com");
        await Id(page, "signin-problem").WaitForAsync();

        // The address is free again, and the new account starts with nothing.
        await RegisterAsync(page, "leaving@example.com");
        await Id(page, "empty-history").WaitForAsync();
    }

    [BrowserFact]
    public async Task The_program_page_states_the_surge_share_and_the_validation_page_lists_every_case()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/program");
        await IdleAsync(page, "program-page");
        var share = await NumberAsync(page, "surge-share-pct");
        Assert.InRange(share, 0, 100);
        Assert.Contains("%", await Id(page, "surge-share").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid^=muscle-]").CountAsync() > 3);
        await ScreenshotAsync(page, "web-program.png");

        await page.GotoAsync("/#/validation");
        await IdleAsync(page, "validation-page");
        var totals = Id(page, "validation-totals");
        var cases = int.Parse(await totals.GetAttributeAsync("data-passed") ?? "0", CultureInfo.InvariantCulture)
            + int.Parse(await totals.GetAttributeAsync("data-near") ?? "0", CultureInfo.InvariantCulture)
            + int.Parse(await totals.GetAttributeAsync("data-failed") ?? "0", CultureInfo.InvariantCulture);
        Assert.True(cases > 100, $"{cases} validation cases");
        Assert.Equal(cases.ToString(CultureInfo.InvariantCulture), await Id(page, "validation-table").GetAttributeAsync("data-count"));
        await ScreenshotAsync(page, "web-validation.png");
    }
}
