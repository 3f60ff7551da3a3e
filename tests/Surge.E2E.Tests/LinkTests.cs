namespace Surge.E2E.Tests;

/// <summary>
/// The Session and Program pages' state in the link (a new browser, a reload), reset and undo.
/// </summary>
public sealed partial class PagesTests
{
    private static async Task<string> ValueAsync(IPage page, string testId) => await Id(page, testId).InputValueAsync();

    [BrowserFact]
    public async Task A_changed_session_survives_its_link_and_a_reload_and_reset_and_undo_bring_back_earlier_states()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/session");
        await IdleAsync(page, "session-page");
        var presetRest = await ValueAsync(page, "rest-input-0");
        var presetSets = await ValueAsync(page, "sets-0");
        var presetPeak = await NumberAsync(page, "peak-growth_hormone");

        await Id(page, "rest-input-0").FillAsync("240");
        await IdleAsync(page, "session-page");
        var restPeak = await NumberAsync(page, "peak-growth_hormone");
        await Id(page, "sets-0").FillAsync("2");
        await IdleAsync(page, "session-page");
        var changedPeak = await NumberAsync(page, "peak-growth_hormone");
        Assert.NotEqual(presetPeak, changedPeak);
        var link = page.Url;
        output.WriteLine($"link of the changed leg day: {link.Length} characters");

        // Opened by someone else (a new browser context): the same session and the same curves.
        var other = await fixture.NewPageAsync(390, 844);
        await other.GotoAsync(link);
        await IdleAsync(other, "session-page");
        Assert.Equal("240", await ValueAsync(other, "rest-input-0"));
        Assert.Equal("2", await ValueAsync(other, "sets-0"));
        Assert.Equal(changedPeak, await NumberAsync(other, "peak-growth_hormone"));
        await other.Context.CloseAsync();

        // A reload keeps the edits.
        await page.ReloadAsync();
        await IdleAsync(page, "session-page");
        Assert.Equal("2", await ValueAsync(page, "sets-0"));
        Assert.Equal(changedPeak, await NumberAsync(page, "peak-growth_hormone"));

        // Undo: the last change (the sets) goes, the one before (the rest) stays; the link follows.
        await Id(page, "session-undo").ClickAsync();
        await IdleAsync(page, "session-page");
        Assert.Equal(presetSets, await ValueAsync(page, "sets-0"));
        Assert.Equal("240", await ValueAsync(page, "rest-input-0"));
        Assert.Equal(restPeak, await NumberAsync(page, "peak-growth_hormone"));
        Assert.NotEqual(link, page.Url);

        // Reset: the preset again; Ctrl+Z outside a text field undoes the reset.
        await Id(page, "session-reset").ClickAsync();
        await IdleAsync(page, "session-page");
        Assert.Equal(presetRest, await ValueAsync(page, "rest-input-0"));
        Assert.Equal(presetPeak, await NumberAsync(page, "peak-growth_hormone"));
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("Control+z");
        await IdleAsync(page, "session-page");
        Assert.Equal("240", await ValueAsync(page, "rest-input-0"));
        Assert.Equal(restPeak, await NumberAsync(page, "peak-growth_hormone"));
    }

    [BrowserFact]
    public async Task A_changed_program_survives_its_link_and_reset_brings_back_the_preset()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/program");
        await IdleAsync(page, "program-page");
        var presetWeeks = await ValueAsync(page, "program-weeks");
        await Id(page, "program-weeks").FillAsync("30");
        await Id(page, "program-protein").FillAsync("2.2");
        await IdleAsync(page, "program-page");
        var share = await NumberAsync(page, "surge-share-pct");
        var link = page.Url;

        var other = await fixture.NewPageAsync();
        await other.GotoAsync(link);
        await IdleAsync(other, "program-page");
        Assert.Equal("30", await ValueAsync(other, "program-weeks"));
        Assert.Equal("2.2", await ValueAsync(other, "program-protein"));
        Assert.Equal("30", (await Id(other, "train-weeks").InnerTextAsync()).Trim());
        Assert.Equal(share, await NumberAsync(other, "surge-share-pct"));
        await other.Context.CloseAsync();

        await Id(page, "program-reset").ClickAsync();
        await IdleAsync(page, "program-page");
        Assert.Equal(presetWeeks, await ValueAsync(page, "program-weeks"));
        await Id(page, "program-undo").ClickAsync();
        await IdleAsync(page, "program-page");
        Assert.Equal("30", await ValueAsync(page, "program-weeks"));
    }

    [BrowserFact]
    public async Task Dragging_a_slider_fast_keeps_the_link_up_to_date_without_flooding_the_browser_history()
    {
        var page = await fixture.NewPageAsync();
        var warnings = ConsoleWarningsAndErrors(page);
        await page.GotoAsync("/#/session");
        await IdleAsync(page, "session-page");
        var slider = Id(page, "start-slider");
        await slider.FocusAsync();
        var before = await ValueAsync(page, "start-time");
        // A fast drag: 300 input events within a few frames, then a last step by keyboard.
        await slider.EvaluateAsync(@"async el => {
            for (let i = 0; i < 300; i++) {
                el.value = String(Number(el.min) + (i * 7) % (Number(el.max) - Number(el.min)));
                el.dispatchEvent(new Event('input', { bubbles: true }));
                if (i % 30 === 0) await new Promise((r) => setTimeout(r, 16));
            }
        }");
        await page.Keyboard.PressAsync("ArrowRight");
        await IdleAsync(page, "session-page");
        var after = await ValueAsync(page, "start-time");
        Assert.NotEqual(before, after);

        // The link holds the last value; no "Throttling navigation" (or any other) warning.
        var other = await fixture.NewPageAsync();
        await other.GotoAsync(page.Url);
        await IdleAsync(other, "session-page");
        Assert.Equal(after, await ValueAsync(other, "start-time"));
        await other.Context.CloseAsync();
        output.WriteLine($"301 slider steps: start {before} -> {after}; {warnings.Count} console warnings");
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));

        // Ctrl+Z on the slider (not a text field) undoes the whole run of steps at once.
        await page.Keyboard.PressAsync("Control+z");
        await IdleAsync(page, "session-page");
        Assert.Equal(before, await ValueAsync(page, "start-time"));
    }

    /// <summary>Presses Tab until the element with the test id has the focus (at most 120 times); the number of presses.</summary>
    private static async Task<int> TabToAsync(IPage page, string testId)
    {
        for (var presses = 1; presses <= 120; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.dataset.testid") == testId)
            {
                return presses;
            }
        }
        throw new Xunit.Sdk.XunitException($"{testId} is not reachable with Tab");
    }

    [BrowserFact]
    public async Task A_set_is_edited_and_an_exercise_added_with_the_keyboard_only_and_the_link_follows()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/#/session");
        await IdleAsync(page, "session-page");
        var rows = await Id(page, "exercise-rows").GetAttributeAsync("data-count");
        var peak = await NumberAsync(page, "peak-growth_hormone");

        var toSets = await TabToAsync(page, "sets-0");
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync("6");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("reps-0", await page.EvaluateAsync<string?>("() => document.activeElement?.dataset.testid"));
        await IdleAsync(page, "session-page");
        Assert.Equal("6", await ValueAsync(page, "sets-0"));
        Assert.NotEqual(peak, await NumberAsync(page, "peak-growth_hormone"));

        // The exercise search: type, arrow down to an option, Enter adds the row.
        var toSearch = await TabToAsync(page, "exercise-search");
        await page.Keyboard.TypeAsync("bench");
        await Id(page, "exercise-option").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await IdleAsync(page, "session-page");
        var added = await Id(page, "exercise-rows").GetAttributeAsync("data-count");
        output.WriteLine($"keyboard only: {toSets} Tab presses to the first row's sets, {toSearch} more to the exercise search; rows {rows} -> {added}");
        Assert.Equal(int.Parse(rows!, CultureInfo.InvariantCulture) + 1, int.Parse(added!, CultureInfo.InvariantCulture));

        var other = await fixture.NewPageAsync();
        await other.GotoAsync(page.Url);
        await IdleAsync(other, "session-page");
        Assert.Equal(added, await Id(other, "exercise-rows").GetAttributeAsync("data-count"));
        Assert.Equal("6", await ValueAsync(other, "sets-0"));
        await other.Context.CloseAsync();

        // Ctrl+Z from the page (not a text field) takes the added row away again.
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("Control+z");
        await IdleAsync(page, "session-page");
        Assert.Equal(rows, await Id(page, "exercise-rows").GetAttributeAsync("data-count"));
        Assert.Equal("6", await ValueAsync(page, "sets-0"));
    }
}
