using Microsoft.Playwright;

namespace Surge.E2E.Tests;

/// <summary>
/// Two programs side by side on the Program page in headless Chromium: "Compare with" overlays the other program's
/// size and 1RM curves (dashed), shows both in a table with the surge's share, and the link keeps the comparison.
/// </summary>
public sealed class ProgramCompareTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    public void Dispose()
    {
        lock (fixture.PageErrors)
        {
            var errors = fixture.PageErrors.ToArray();
            fixture.PageErrors.Clear();
            Assert.True(errors.Length == 0, "errors in the browser:\n" + string.Join("\n", errors));
        }
    }

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
}
