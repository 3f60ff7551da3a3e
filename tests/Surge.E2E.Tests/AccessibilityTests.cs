namespace Surge.E2E.Tests;

/// <summary>
/// Every chart has a text alternative (a summary as the label of an image, and the data as a table behind a
/// toggle); the pages follow the system's dark scheme; printing leaves the controls out.
/// </summary>
public sealed partial class PagesTests
{
    /// <summary>Checks every chart holder matching <paramref name="charts"/>: a labelled image with numbers in the label, and a data table.</summary>
    private async Task<int> TextAlternativesAsync(IPage page, string charts)
    {
        var holders = page.Locator(charts);
        var count = await holders.CountAsync();
        Assert.True(count > 0, $"no charts {charts}");
        for (var i = 0; i < count; i++)
        {
            var holder = holders.Nth(i);
            var name = await holder.GetAttributeAsync("data-testid");
            var image = holder.Locator("[role=img]");
            Assert.Equal(1, await image.CountAsync());
            var label = await image.GetAttributeAsync("aria-label") ?? "";
            Assert.Matches("[0-9]", label);
            await holder.Locator("details.chart-data > summary").ClickAsync();
            await holder.Locator("details.chart-data table tbody tr").First.WaitForAsync(); // drawn on the toggle event
            var rows = await holder.Locator("details.chart-data table tbody tr").CountAsync();
            output.WriteLine($"{name}: '{label}'; {rows} rows in its table");
            Assert.True(rows > 0, $"{name}: the data table is empty");
        }
        return count;
    }

    [BrowserFact]
    public async Task Every_chart_has_a_summary_and_its_data_as_a_table()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/session");
        await IdleAsync(page, "session-page");
        Assert.Equal(5, await TextAlternativesAsync(page, "[data-testid=charts] > [data-testid^=chart-]"));
        // The summary follows the curves: a session without its rests has another peak in its label.
        var label = await Id(page, "chart-growth_hormone").Locator("[role=img]").GetAttributeAsync("aria-label");
        await Id(page, "rest-input-0").FillAsync("300");
        await IdleAsync(page, "session-page");
        Assert.NotEqual(label, await Id(page, "chart-growth_hormone").Locator("[role=img]").GetAttributeAsync("aria-label"));

        await page.GotoAsync("/#/program");
        await IdleAsync(page, "program-page");
        Assert.True(await TextAlternativesAsync(page, "[data-testid=program-page] .results-col > [data-testid^=chart-]:not([hidden])") >= 2);

        await page.GotoAsync("/#/validation");
        await IdleAsync(page, "validation-page");
        Assert.True(await TextAlternativesAsync(page, "[data-testid=validation-charts] > [data-testid^=scatter-]") >= 3);
    }

    private static async Task<double> LuminanceAsync(IPage page, string selector) =>
        await page.EvaluateAsync<double>(@"selector => {
            const c = getComputedStyle(document.querySelector(selector)).backgroundColor.match(/[0-9.]+/g).map(Number);
            return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;
        }", selector);

    [BrowserFact]
    public async Task The_pages_follow_a_dark_system_scheme_and_print_without_their_controls()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/session");
        await IdleAsync(page, "session-page");
        var light = (await LuminanceAsync(page, "html"), await LuminanceAsync(page, "main .panel"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await page.WaitForTimeoutAsync(200);
        var dark = (await LuminanceAsync(page, "html"), await LuminanceAsync(page, "main .panel"));
        output.WriteLine($"luminance of the page and a panel: light {light.Item1:0.00}/{light.Item2:0.00}, dark {dark.Item1:0.00}/{dark.Item2:0.00}");
        Assert.True(light.Item1 > 0.8 && light.Item2 > 0.8, "light scheme");
        Assert.True(dark.Item1 < 0.15 && dark.Item2 < 0.15, "dark scheme");
        // The charts are redrawn in the dark scheme's colours (their axes light on dark), with their text alternatives.
        Assert.Equal(5, await page.Locator("[data-testid=charts] [role=img]").CountAsync());
        await ScreenshotAsync(page, "web-session-dark.png");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ColorScheme = ColorScheme.Light });
        var shown = await page.EvaluateAsync<JsonElement>(@"() => Object.fromEntries(['.topbar', '.toolbar', '[data-testid=charts]', '[data-testid=summary]']
            .map((s) => [s, getComputedStyle(document.querySelector(s)).display !== 'none']))");
        output.WriteLine($"printed: {shown}");
        Assert.False(shown.GetProperty(".topbar").GetBoolean());
        Assert.False(shown.GetProperty(".toolbar").GetBoolean());
        Assert.True(shown.GetProperty("[data-testid=charts]").GetBoolean());
        Assert.True(shown.GetProperty("[data-testid=summary]").GetBoolean());
        var pdf = await page.PdfAsync();
        Assert.True(pdf.Length > 10_000, $"PDF of {pdf.Length.ToString(CultureInfo.InvariantCulture)} bytes");
    }
}
