namespace Surge.E2E.Tests;

/// <summary>
/// Two programs side by side on the Program page in headless Chromium: "Compare with" overlays the other program's
/// size and 1RM curves (dashed), shows both in a table with the surge's share, and the link keeps the comparison.
/// </summary>
public sealed class ProgramCompareTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    /// <summary>Every test ends with no console error and no uncaught exception in any page it opened.</summary>
    public void Dispose() => fixture.AssertNoPageErrors();

    [BrowserFact]
    public async Task Compare_with_an_example_overlays_its_curves_and_the_link_keeps_it()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/program");
        await page.Locator("[data-testid=program-page][data-state=idle]").WaitForAsync();
        var alone = await page.GetByTestId("chart-muscles").Locator(".u-legend .u-series").CountAsync();

        await page.GetByTestId("program-compare-select").SelectOptionAsync("program-west-arms-then-legs");

        await page.GetByTestId("compare-share").WaitForAsync();
        var cells = await page.GetByTestId("compare-share").Locator("td.num").AllInnerTextsAsync();
        Assert.Equal(2, cells.Count);
        Assert.All(cells, c => Assert.True(double.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out _), c));
        Assert.True(await page.GetByTestId("chart-muscles").Locator(".u-legend .u-series").CountAsync() > alone);
        Assert.Contains("West 2010: arms then legs", await page.GetByTestId("chart-muscles").InnerTextAsync(), StringComparison.Ordinal);
        await page.WaitForTimeoutAsync(300);
        var link = page.Url;

        var second = await fixture.NewPageAsync();
        await second.GotoAsync(link);
        await second.GetByTestId("compare-share").WaitForAsync();
        Assert.Equal("program-west-arms-then-legs", await second.GetByTestId("program-compare-select").InputValueAsync());
        Assert.Equal(cells, await second.GetByTestId("compare-share").Locator("td.num").AllInnerTextsAsync());
    }

    [BrowserFact]
    public async Task Compare_with_a_second_edited_program_edits_each_and_the_link_keeps_both()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/program");
        await page.Locator("[data-testid=program-page][data-state=idle]").WaitForAsync();
        var weeksA = await page.GetByTestId("program-weeks").InputValueAsync();

        await page.GetByTestId("program-compare-select").SelectOptionAsync("edited");
        await Assertions.Expect(page.GetByTestId("program-editing-b")).ToHaveAttributeAsync("aria-selected", "true");
        await page.Locator("[data-testid=program-page][data-compare=idle]").WaitForAsync();
        var weeks = page.GetByTestId("compare-weeks").Locator("td.num");
        Assert.Equal([weeksA, weeksA], await weeks.AllInnerTextsAsync()); // a copy to begin with

        var weeksB = weeksA == "4" ? "5" : "4";
        await page.GetByTestId("program-weeks").FillAsync(weeksB);
        await page.GetByTestId("program-weeks").PressAsync("Tab");
        await Assertions.Expect(weeks.Nth(1)).ToHaveTextAsync(weeksB);
        Assert.Equal(weeksA, await weeks.Nth(0).InnerTextAsync());
        Assert.Contains("(copy)", await page.GetByTestId("chart-muscles").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByTestId("program-editing-a").ClickAsync();
        Assert.Equal(weeksA, await page.GetByTestId("program-weeks").InputValueAsync());
        await page.GetByTestId("program-editing-b").ClickAsync();
        Assert.Equal(weeksB, await page.GetByTestId("program-weeks").InputValueAsync());
        await page.WaitForTimeoutAsync(300);
        var link = page.Url;

        var second = await fixture.NewPageAsync();
        await second.GotoAsync(link);
        await second.Locator("[data-testid=program-page][data-compare=idle]").WaitForAsync();
        Assert.Equal("edited", await second.GetByTestId("program-compare-select").InputValueAsync());
        await Assertions.Expect(second.GetByTestId("compare-weeks").Locator("td.num").Nth(1)).ToHaveTextAsync(weeksB);
        Assert.Equal(weeksA, await second.GetByTestId("compare-weeks").Locator("td.num").Nth(0).InnerTextAsync());
        Assert.Equal(weeksA, await second.GetByTestId("program-weeks").InputValueAsync()); // a link opens on this program
        await second.GetByTestId("program-editing-b").ClickAsync();
        Assert.Equal(weeksB, await second.GetByTestId("program-weeks").InputValueAsync());

        await page.GetByTestId("program-undo").ClickAsync();
        await Assertions.Expect(weeks.Nth(1)).ToHaveTextAsync(weeksA);
        Assert.Equal(weeksA, await page.GetByTestId("program-weeks").InputValueAsync());
    }
}
